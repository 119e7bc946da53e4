import { z } from 'zod';

/*
 * Fields shared by callback definitions (creation) and listed callbacks
 * (reference: Callback creation, Fields; Callback list).
 */

/** The three delivery channels. The reference's "BATCH URL" is a rendering of `BATCH_URL`. */
export const CallbackChannel = z.enum(['URL', 'BATCH_URL', 'EMAIL']);
/** A callback channel. */
export type CallbackChannel = z.infer<typeof CallbackChannel>;

/** HTTP method of a URL callback: "GET, POST or PUT". */
export const CallbackHttpMethod = z.enum(['GET', 'POST', 'PUT'], { error: 'must be GET, POST or PUT' });
/** HTTP method of a URL callback. */
export type CallbackHttpMethod = z.infer<typeof CallbackHttpMethod>;

/** Content type of a URL callback body; form encoding is the default. */
export const CallbackContentType = z.enum(
  ['application/x-www-form-urlencoded', 'application/json', 'text/plain'],
  {
    error: 'must be application/x-www-form-urlencoded, application/json or text/plain',
  },
);
/** Content type of a URL callback body. */
export type CallbackContentType = z.infer<typeof CallbackContentType>;

/** Default content type ("application/x-www-form-urlencoded, last but not least, the default one"). */
export const DEFAULT_CALLBACK_CONTENT_TYPE: CallbackContentType = 'application/x-www-form-urlencoded';

/**
 * A callback URL: absolute http(s). It may hold `{variables}` (domain notes, Callback
 * template variables); those are checked against the callback type by @sfc/payload.
 */
export const CallbackUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http or https URL' });

/** An HTTP header name (RFC 9110 token). Template variables are not allowed in names. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A header value: visible characters and spaces, no line breaks. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\uffff]*$/;

/** Headers of a URL callback: header name to value; values may hold template variables. */
export const CallbackHeaders = z.record(z.string(), z.string()).superRefine((headers, ctx) => {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `header name "${name}" is not a valid HTTP header name (variables are not allowed in names)`,
      });
    } else if (!HEADER_VALUE.test(value) || value.length > 1000) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: 'must be at most 1000 characters without line breaks or control characters',
      });
    }
  }
});
