import type { SimCallbackError, SimMessage } from '../../world/types.ts';
import { type DeliveryOutcome, type EventCallbackResult, isSuccess, type Parameters } from './types.ts';

/**
 * The `/api/callbacks/messages/error` record of a failed message delivery (reference,
 * "Messages not sent this month"); undefined when the callback answered 2xx.
 */
export function callbackErrorOf(
  outcome: DeliveryOutcome,
  message: SimMessage,
  deviceTypeId: string,
  parameters: Parameters,
): SimCallbackError | undefined {
  const { status, info } = outcome.cbStatus;
  if (isSuccess(status)) return undefined;
  return {
    device: message.device,
    deviceType: deviceTypeId,
    time: message.time,
    data: message.data,
    snr: message.snr,
    status,
    message: info,
    callback: outcome.target,
    parameters,
    callbackId: outcome.callbackId,
  };
}

/** One entry of a status event's `callbacks` list (reference, "Error status events"). */
export function eventCallbackOf(outcome: DeliveryOutcome): EventCallbackResult {
  const { status, info } = outcome.cbStatus;
  if (outcome.rendered.kind === 'email') {
    return { subject: outcome.rendered.subject, message: outcome.rendered.message, status };
  }
  return { url: outcome.rendered.url, status, info };
}
