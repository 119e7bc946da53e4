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

/**
 * One callback definition of the creation body, a union on `channel`, with the
 * reference's cross-field rules: the subtype valid against the type, `bodyTemplate`
 * only with POST or PUT, `payloadConfig` only on DATA callbacks.
 */
export const CallbackDefinition = z
  .discriminatedUnion('channel', [UrlCallbackDefinition, BatchUrlCallbackDefinition, EmailCallbackDefinition])
  .superRefine((def, ctx) => {
    const problem = subtypeProblem(def.callbackType, def.callbackSubtype);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['callbackSubtype'], message: problem });
    if (def.channel === 'URL' && def.bodyTemplate !== undefined && def.httpMethod === 'GET') {
      ctx.addIssue({
        code: 'custom',
        path: ['bodyTemplate'],
        message: 'is only allowed when httpMethod is POST or PUT',
      });
    }
    if (def.payloadConfig !== undefined && def.callbackType !== 0) {
      ctx.addIssue({ code: 'custom', path: ['payloadConfig'], message: 'is only allowed on DATA callbacks' });
    }
  });
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
