import { parse } from '../parse.ts';
import type { ParsedConfig } from '../types.ts';
import { CUSTOM_DATA_PREFIX, callbackKindName, callbackVariables } from './callback-variables.ts';
import { renderTemplate, templateVariables } from './render-template.ts';
import { sampleVariables } from './sample-variables.ts';

/** A problem in a callback definition's templates; `field` names where, e.g. `url`, `headers.X-Token`. */
export interface TemplateProblem {
  field: string;
  message: string;
}

/** The parts of a callback definition whose templates are checked. */
export interface CallbackTemplates {
  callbackType: number;
  /** Absent for ERROR callbacks, which have no subtype. */
  callbackSubtype?: number;
  channel: 'URL' | 'BATCH_URL' | 'EMAIL';
  url?: string;
  headers?: Record<string, string>;
  bodyTemplate?: string;
  contentType?: string;
  linePattern?: string;
  subject?: string;
  message?: string;
  payloadConfig?: string;
}

interface Context {
  known: ReadonlySet<string>;
  kind: string;
  isData: boolean;
  /** Field names of a valid payloadConfig; undefined when there is none or it is broken. */
  custom: ReadonlySet<string> | undefined;
  configBroken: boolean;
}

/**
 * Checks a callback definition's templates (domain-notes "Callback template variables"): unknown
 * variables for its type/subtype, `{customData#x}` outside DATA callbacks or naming no field of the
 * payloadConfig, a payloadConfig that does not parse (with its column), variables in header names or
 * in a BATCH_URL url (one request carries many messages), and an `application/json` body that is not
 * valid JSON once every variable is replaced by a representative sample ({@link sampleVariables}).
 * Returns an empty list when all is well.
 */
export function findTemplateProblems(def: CallbackTemplates): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const names = callbackVariables(def.callbackType, def.callbackSubtype);
  if (names === undefined) {
    const message = `no callback kind for type ${def.callbackType} with subtype ${def.callbackSubtype ?? '(none)'}`;
    return [{ field: 'callbackSubtype', message }];
  }
  const isData = def.callbackType === 0;
  const config = checkPayloadConfig(def, isData, problems);
  const context: Context = {
    known: new Set(names),
    kind: callbackKindName(def.callbackType, def.callbackSubtype),
    isData,
    custom: config ? new Set(config.fields.map((field) => field.name)) : undefined,
    configBroken: config === null,
  };
  const check = (field: string, text: string | undefined) => {
    if (text !== undefined) problems.push(...variableProblems(field, text, context));
  };
  if (def.channel === 'URL') {
    check('url', def.url);
    for (const [name, value] of Object.entries(def.headers ?? {})) {
      if (templateVariables(name).length > 0) {
        problems.push({ field: `headers.${name}`, message: 'variables are not allowed in header names' });
      }
      check(`headers.${name}`, value);
    }
    check('bodyTemplate', def.bodyTemplate);
    if (def.bodyTemplate !== undefined && isJson(def.contentType) && config !== null) {
      const problem = jsonProblem(def, config);
      if (problem) problems.push(problem);
    }
  } else if (def.channel === 'BATCH_URL') {
    if (def.url !== undefined && templateVariables(def.url).length > 0) {
      const message =
        'variables are not substituted in a BATCH_URL url (one request carries many messages); use linePattern';
      problems.push({ field: 'url', message });
    }
    check('linePattern', def.linePattern);
  } else {
    check('subject', def.subject);
    check('message', def.message);
  }
  return problems;
}

/** The parsed payloadConfig, undefined when absent, null when broken (the problem is recorded). */
function checkPayloadConfig(
  def: CallbackTemplates,
  isData: boolean,
  problems: TemplateProblem[],
): ParsedConfig | null | undefined {
  if (def.payloadConfig === undefined || def.payloadConfig.trim() === '') return undefined;
  if (!isData) {
    problems.push({ field: 'payloadConfig', message: 'payloadConfig is only used by DATA callbacks' });
    return undefined;
  }
  const result = parse(def.payloadConfig);
  if (result.ok) return result.config;
  problems.push({ field: 'payloadConfig', message: result.error.message });
  return null;
}

function variableProblems(field: string, text: string, context: Context): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const { name } of templateVariables(text)) {
    const message = variableProblem(name, context);
    if (message) problems.push({ field, message });
  }
  return problems;
}

function variableProblem(name: string, context: Context): string | undefined {
  if (!name.startsWith(CUSTOM_DATA_PREFIX)) {
    return context.known.has(name) ? undefined : `unknown variable {${name}} for ${context.kind} callbacks`;
  }
  if (!context.isData) return `{${name}}: custom variables exist only in DATA callbacks`;
  if (context.configBroken) return undefined; // already reported on payloadConfig
  const fieldName = name.slice(CUSTOM_DATA_PREFIX.length);
  if (context.custom === undefined) return `{${name}}: there is no payloadConfig to define custom variables`;
  return context.custom.has(fieldName)
    ? undefined
    : `{${name}}: the payloadConfig has no field "${fieldName}"`;
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Variables are substituted textually, so validity is checked on the body rendered with samples. */
function jsonProblem(def: CallbackTemplates, config: ParsedConfig | undefined): TemplateProblem | undefined {
  const samples = sampleVariables(def.callbackType, def.callbackSubtype, config) ?? {};
  const rendered = renderTemplate(def.bodyTemplate ?? '', samples);
  try {
    JSON.parse(rendered);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      field: 'bodyTemplate',
      message: `not valid JSON once variables are replaced by sample values (${reason}); rendered: ${rendered}`,
    };
  }
}
