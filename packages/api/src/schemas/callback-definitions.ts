import { findTemplateProblems } from '@sfc/payload';
import { z } from 'zod';
import {
  CallbackContentType,
  CallbackHeaders,
  CallbackHttpMethod,
  CallbackUrl,
  DEFAULT_CALLBACK_CONTENT_TYPE,
} from './callback-fields.ts';
import { CallbackSubtype, CallbackType, subtypeProblem } from './callback-types.ts';
import { PayloadConfig } from './payload-config.ts';

/** Fields common to the three channels (reference: Callback creation, "The common fields"). */
const common = {
  callbackType: CallbackType,
  callbackSubtype: CallbackSubtype.optional(),
  enabled: z.boolean().default(true),
  sendDuplicate: z.boolean().default(false),
  /** Defines `{customData#name}` variables; DATA callbacks only (reference: Callback list, payloadConfig). */
  payloadConfig: PayloadConfig.optional(),
};

const template = (max: number) =>
  z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A URL callback: one HTTP request per message. */
export const UrlCallbackDefinition = z.strictObject({
  channel: z.literal('URL'),
  ...common,
  url: CallbackUrl,
  httpMethod: CallbackHttpMethod,
  sendSni: z.boolean().optional(),
  /** Only for POST and PUT. */
  bodyTemplate: template(5000).optional(),
  contentType: CallbackContentType.default(DEFAULT_CALLBACK_CONTENT_TYPE),
  headers: CallbackHeaders.optional(),
});

/** A BATCH_URL callback: messages grouped, one `linePattern` line each. */
export const BatchUrlCallbackDefinition = z.strictObject({
  channel: z.literal('BATCH_URL'),
  ...common,
  url: CallbackUrl,
  linePattern: template(1000),
  sendSni: z.boolean().optional(),
});

/** An EMAIL callback. */
export const EmailCallbackDefinition = z.strictObject({
  channel: z.literal('EMAIL'),
  ...common,
  subject: template(200),
  recipient: z.email('must be a valid email address'),
  message: template(5000),
});

type Problem = { path: PropertyKey[]; message: string };
type ParsedDefinition = z.output<typeof ChannelDefinition>;

const ChannelDefinition = z.discriminatedUnion('channel', [
  UrlCallbackDefinition,
  BatchUrlCallbackDefinition,
  EmailCallbackDefinition,
]);

/** The reference's cross-field rules (Callback creation, Fields). */
function ruleProblems(def: ParsedDefinition): Problem[] {
  const problems: Problem[] = [];
  const subtype = subtypeProblem(def.callbackType, def.callbackSubtype);
  if (subtype !== null) problems.push({ path: ['callbackSubtype'], message: subtype });
  if (def.channel === 'URL' && def.bodyTemplate !== undefined && def.httpMethod === 'GET') {
    problems.push({ path: ['bodyTemplate'], message: 'is only allowed when httpMethod is POST or PUT' });
  }
  if (def.payloadConfig !== undefined && def.callbackType !== 0) {
    problems.push({ path: ['payloadConfig'], message: 'is only allowed on DATA callbacks' });
  }
  return problems;
}

/**
 * Template variables checked by @sfc/payload (domain notes, Callback template
 * variables): unknown variables for the type/subtype, custom variables the
 * payloadConfig does not define, JSON bodies that are not JSON once rendered.
 * Its `field` is dotted; a header name may itself hold dots, so it stays one key.
 */
function templateProblems(def: ParsedDefinition): Problem[] {
  return findTemplateProblems(def).map(({ field, message }) => ({
    path: field.startsWith('headers.') ? ['headers', field.slice('headers.'.length)] : field.split('.'),
    message,
  }));
}

/**
 * One callback definition of the creation body, a union on `channel`. Once its fields
 * are valid, the reference's cross-field rules apply (the subtype valid against the
 * type, `bodyTemplate` only with POST or PUT, `payloadConfig` only on DATA callbacks),
 * and once those hold, the template variables of every templated field.
 */
export const CallbackDefinition = ChannelDefinition.superRefine(
  (def, ctx) => {
    const rules = ruleProblems(def);
    for (const { path, message } of rules.length > 0 ? rules : templateProblems(def)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  },
  // Only on a definition whose fields are valid on their own: @sfc/payload re-checks
  // payloadConfig and header names, which would report those problems twice.
  { when: (payload) => payload.issues.length === 0 },
);
/** One callback definition, as a caller writes it. */
export type CallbackDefinition = z.input<typeof CallbackDefinition>;
/** One callback definition after validation (defaults applied). */
export type ValidCallbackDefinition = z.output<typeof CallbackDefinition>;

/** Body of the callback creation: an array of definitions (reference: Callback creation). */
export const CallbackCreation = z
  .array(CallbackDefinition)
  .min(1, 'must hold at least one callback definition');
/** Body of the callback creation, as a caller writes it. */
export type CallbackCreation = z.input<typeof CallbackCreation>;
