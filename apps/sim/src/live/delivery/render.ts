import { renderTemplate } from '@sfc/payload';
import type { CallbackDefinition, RenderedEmail, RenderedHttp } from './types.ts';

/** The reference's default content type for URL callbacks ("Callback creation"). */
export const FORM = 'application/x-www-form-urlencoded';

type Values = Record<string, string>;

function encoded(values: Values): Values {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encodeURIComponent(v)]));
}

/**
 * A URL callback: variables are URL-encoded in the URL and in form bodies, substituted
 * as text in JSON and text/plain bodies and in header values (never header names,
 * domain-notes). A body only goes with POST and PUT.
 */
export function renderUrlCallback(cb: CallbackDefinition, values: Values): RenderedHttp {
  const method = cb.httpMethod ?? 'GET';
  const urlValues = encoded(values);
  const headers: Record<string, string> = {};
  for (const [name, template] of Object.entries(cb.headers ?? {}))
    headers[name] = renderTemplate(template, values);
  const rendered: RenderedHttp = {
    kind: 'http',
    method,
    url: renderTemplate(cb.urlPattern ?? '', urlValues),
    headers,
  };
  if (method === 'GET') return rendered;
  const contentType = cb.contentType || FORM;
  const bodyValues = contentType.startsWith(FORM) ? urlValues : values;
  return { ...rendered, contentType, body: renderTemplate(cb.bodyTemplate ?? '', bodyValues) };
}

/** One BATCH_URL line per message (the linePattern), values as text. */
export function renderBatchLine(cb: CallbackDefinition, values: Values): string {
  return renderTemplate(cb.linePattern ?? '', values);
}

/**
 * A BATCH_URL request: the lines of one clock tick in one POST, newline separated,
 * as text/plain. The URL is shared by the batch, so it carries no per-message values.
 */
export function renderBatchRequest(cb: CallbackDefinition, lines: readonly string[]): RenderedHttp {
  return {
    kind: 'http',
    method: 'POST',
    url: cb.urlPattern ?? '',
    headers: {},
    contentType: 'text/plain',
    body: lines.join('\n'),
  };
}

export function renderEmail(cb: CallbackDefinition, values: Values): RenderedEmail {
  return {
    kind: 'email',
    recipient: cb.recipient ?? '',
    subject: renderTemplate(cb.subject ?? '', values),
    message: renderTemplate(cb.message ?? '', values),
  };
}
