import { sendHttp } from './http-send.ts';
import { renderBatchLine, renderBatchRequest, renderEmail, renderUrlCallback } from './render.ts';
import type {
  CallbackDefinition,
  CallbackStatus,
  DeliveryOptions,
  DeliveryOutcome,
  Parameters,
  RenderedCallback,
} from './types.ts';
import { templateValues } from './variables.ts';
import type { SimCallbackErrorTarget } from '../../world/types.ts';

/** `[METHOD] urlPattern` as the reference's cbStatus shows it; EMAIL has no method, so its recipient. */
export function callbackDefinitionLabel(cb: CallbackDefinition): string {
  if (cb.channel === 'EMAIL') return `[EMAIL] ${cb.recipient ?? ''}`;
  const method = cb.channel === 'BATCH_URL' ? 'POST' : (cb.httpMethod ?? 'GET');
  return `[${method}] ${cb.urlPattern ?? ''}`;
}

/** The request as the callback error list shows it (reference, "Messages not sent this month"). */
export function targetOf(rendered: RenderedCallback): SimCallbackErrorTarget {
  if (rendered.kind === 'email') return { subject: rendered.subject, message: rendered.message };
  const target: SimCallbackErrorTarget = { url: rendered.url, method: rendered.method };
  if (Object.keys(rendered.headers).length > 0) target.headers = rendered.headers;
  if (rendered.body !== undefined) target.body = rendered.body;
  if (rendered.contentType !== undefined) target.contentType = rendered.contentType;
  return target;
}

/**
 * Delivers one URL or EMAIL callback for one message or event. `readAnswer` keeps the
 * response body (a BIDIR downlink hook); other bodies are discarded unread.
 */
export async function deliverOne(
  cb: CallbackDefinition,
  params: Parameters,
  timeMs: number,
  options: DeliveryOptions,
  readAnswer = false,
): Promise<DeliveryOutcome> {
  const values = templateValues(params);
  const cbDef = callbackDefinitionLabel(cb);
  const time = Math.floor(timeMs / 1000);
  if (cb.channel === 'EMAIL') {
    // No mail server exists offline: the email is recorded in the local outbox and counts as sent.
    const rendered = renderEmail(cb, values);
    const email = { callbackId: cb.id, ...rendered, time: timeMs };
    const cbStatus: CallbackStatus = { status: 200, info: 'Sent to the local outbox', cbDef, time };
    return { callbackId: cb.id, cbStatus, rendered, target: targetOf(rendered), email };
  }
  const rendered =
    cb.channel === 'BATCH_URL'
      ? renderBatchRequest(cb, [renderBatchLine(cb, values)])
      : renderUrlCallback(cb, values);
  const result = await sendHttp(rendered, options, readAnswer);
  const outcome: DeliveryOutcome = {
    callbackId: cb.id,
    cbStatus: { status: result.status, info: result.info, cbDef, time },
    rendered,
    target: targetOf(rendered),
  };
  if (result.body !== undefined) outcome.responseBody = result.body;
  return outcome;
}

/**
 * Delivers a BATCH_URL callback for the messages of one clock tick: one POST, one line
 * per message; every message of the batch records the same result.
 */
export async function deliverBatch(
  cb: CallbackDefinition,
  paramsList: readonly Parameters[],
  timeMs: number,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const lines = paramsList.map((p) => renderBatchLine(cb, templateValues(p)));
  const rendered = renderBatchRequest(cb, lines);
  const result = await sendHttp(rendered, options, false);
  return {
    callbackId: cb.id,
    cbStatus: {
      status: result.status,
      info: result.info,
      cbDef: callbackDefinitionLabel(cb),
      time: Math.floor(timeMs / 1000),
    },
    rendered,
    target: targetOf(rendered),
  };
}
