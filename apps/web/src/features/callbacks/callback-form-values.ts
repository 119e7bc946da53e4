import {
  CallbackDefinition,
  type CallbackContentType,
  type CallbackHttpMethod,
  type CallbackType,
  DEFAULT_CALLBACK_CONTENT_TYPE,
} from '@sfc/api';
import { findTemplateProblems } from '@sfc/payload';
import type { FieldErrors, Path, Resolver } from 'react-hook-form';

export interface HeaderRow {
  name: string;
  value: string;
}

/** The create form as inputs hold it; `toDefinition` turns it into one shared-schema definition. */
export interface CallbackFormValues {
  channel: 'URL' | 'BATCH_URL' | 'EMAIL';
  callbackType: `${CallbackType}`;
  /** '' for ERROR, which has no subtype. */
  callbackSubtype: string;
  enabled: boolean;
  sendDuplicate: boolean;
  payloadConfig: string;
  url: string;
  httpMethod: CallbackHttpMethod;
  headers: HeaderRow[];
  contentType: CallbackContentType;
  bodyTemplate: string;
  sendSni: boolean;
  linePattern: string;
  recipient: string;
  subject: string;
  message: string;
}

export const defaultCallbackValues: CallbackFormValues = {
  channel: 'URL',
  callbackType: '0',
  callbackSubtype: '2',
  enabled: true,
  sendDuplicate: false,
  payloadConfig: '',
  url: '',
  httpMethod: 'GET',
  headers: [],
  contentType: DEFAULT_CALLBACK_CONTENT_TYPE,
  bodyTemplate: '',
  sendSni: false,
  linePattern: '',
  recipient: '',
  subject: '',
  message: '',
};

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** One callback definition (reference: Callback creation), only the fields of the chosen channel. */
export function toDefinition(v: CallbackFormValues): CallbackDefinition {
  const callbackType = Number(v.callbackType) as CallbackType;
  const common = {
    callbackType,
    callbackSubtype: v.callbackSubtype === '' ? undefined : Number(v.callbackSubtype),
    enabled: v.enabled,
    sendDuplicate: v.sendDuplicate,
    // Custom variables exist only on DATA callbacks.
    payloadConfig: callbackType === 0 ? optional(v.payloadConfig) : undefined,
  };
  if (v.channel === 'EMAIL') {
    return {
      channel: 'EMAIL',
      ...common,
      recipient: v.recipient.trim(),
      subject: v.subject,
      message: v.message,
    };
  }
  if (v.channel === 'BATCH_URL') {
    return {
      channel: 'BATCH_URL',
      ...common,
      url: v.url.trim(),
      linePattern: v.linePattern,
      sendSni: v.sendSni,
    };
  }
  const rows = v.headers.filter((h) => h.name !== '' || h.value !== '');
  const withBody = v.httpMethod !== 'GET';
  return {
    channel: 'URL',
    ...common,
    url: v.url.trim(),
    httpMethod: v.httpMethod,
    sendSni: v.sendSni,
    headers: rows.length > 0 ? Object.fromEntries(rows.map((h) => [h.name, h.value])) : undefined,
    bodyTemplate: withBody ? optional(v.bodyTemplate) : undefined,
    contentType: withBody ? v.contentType : undefined,
  };
}

type ErrorMap = FieldErrors<CallbackFormValues>;
type TopField = Exclude<keyof CallbackFormValues, 'headers'>;

interface RowError {
  name?: { type: string; message: string };
  value?: { type: string; message: string };
}

/** A problem on header row `index`, on its name or its value input. */
function setHeaderError(errors: ErrorMap, index: number, message: string, onName: boolean) {
  errors.headers ??= [];
  const list = errors.headers as (RowError | undefined)[];
  const row = list[index] ?? {};
  list[index] = row;
  row[onName ? 'name' : 'value'] ??= { type: 'template', message };
}

/** Puts a `{ field, message }` problem on the form; `headers.X` lands on row X. Returns false when no field fits. */
export function placeProblem(
  errors: ErrorMap,
  v: CallbackFormValues,
  field: string,
  message: string,
): boolean {
  if (field.startsWith('headers.')) {
    const index = v.headers.findIndex((h) => h.name === field.slice('headers.'.length));
    if (index >= 0) setHeaderError(errors, index, message, /name/.test(message));
    return index >= 0;
  }
  const top = field.split('.')[0] as TopField;
  if (!(top in defaultCallbackValues)) return false;
  errors[top] ??= { type: 'template', message };
  return true;
}

/** The form path a server `{ field, message }` error belongs to (`headers.X` → that row), if any. */
export function problemPath(
  v: CallbackFormValues,
  field: string,
  message: string,
): Path<CallbackFormValues> | undefined {
  if (field.startsWith('headers.')) {
    const index = v.headers.findIndex((h) => h.name === field.slice('headers.'.length));
    return index < 0 ? undefined : `headers.${index}.${/name/.test(message) ? 'name' : 'value'}`;
  }
  const top = field.split('.')[0] as TopField;
  return top in defaultCallbackValues ? top : undefined;
}

/**
 * Validates with the shared `CallbackDefinition` schema, then with @sfc/payload's
 * template checks: unknown variables for the type/subtype, variables in header
 * names, `{customData#x}` without such a field, a JSON body that is not JSON.
 */
export const callbackResolver: Resolver<CallbackFormValues> = async (values) => {
  const errors: ErrorMap = {};
  values.headers.forEach((h, i) => {
    if (h.name === '' && h.value !== '') setHeaderError(errors, i, 'enter a header name', true);
    const first = values.headers.findIndex((other) => other.name === h.name);
    if (h.name !== '' && first !== i) setHeaderError(errors, i, `header "${h.name}" is listed twice`, true);
  });
  const definition = toDefinition(values);
  const parsed = CallbackDefinition.safeParse(definition);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path.map(String);
      const field = first === 'headers' && second !== undefined ? `headers.${second}` : (first ?? 'url');
      placeProblem(errors, values, field, issue.message);
    }
  }
  for (const problem of findTemplateProblems(definition))
    placeProblem(errors, values, problem.field, problem.message);
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};
