import { deliverBatch, deliverOne } from './delivery/deliver.ts';
import { type DownlinkAnswer, parseDownlinkAnswer } from './delivery/downlink.ts';
import type { CallbackDefinition, DeliveryOptions, DeliveryOutcome, Parameters } from './delivery/types.ts';
import { isSuccess } from './delivery/types.ts';
import { eventParameters, uplinkParameters } from './delivery/variables.ts';
import type { EventJob, MessageJob } from './jobs.ts';

const DATA = 0;
const ERROR = 2;
const UPLINK = 2;
const BIDIR = 3;

export interface Delivered {
  outcome: DeliveryOutcome;
  parameters: Parameters;
}

export interface MessageDeliveries {
  job: MessageJob;
  delivered: Delivered[];
  downlink?: DownlinkAnswer;
}

export interface EventDeliveries {
  job: EventJob;
  delivered: Delivered[];
}

export type CallbacksOf = (typeId: string) => readonly CallbackDefinition[];

/**
 * Runs the enabled DATA callbacks (UPLINK and BIDIR) of each message concurrently.
 * BATCH_URL callbacks gather the tick's messages into one request. Only the downlink
 * hook of a device type in callback mode, for a message that asked for a downlink,
 * has its answer read and honoured (domain-notes, "Callback template variables").
 */
export async function deliverMessages(
  jobs: readonly MessageJob[],
  callbacksOf: CallbacksOf,
  options: DeliveryOptions,
): Promise<MessageDeliveries[]> {
  const results = jobs.map((job): MessageDeliveries => ({ job, delivered: [] }));
  const pending: Promise<void>[] = [];
  const batches = new Map<
    string,
    { cb: CallbackDefinition; items: { result: MessageDeliveries; params: Parameters }[] }
  >();
  for (const result of results) {
    const { job } = result;
    const timeMs = job.message.time * 1000;
    for (const cb of callbacksOf(job.typeId)) {
      if (cb.callbackType !== DATA || (cb.callbackSubtype !== UPLINK && cb.callbackSubtype !== BIDIR))
        continue;
      if (job.message.duplicate && !cb.sendDuplicate) continue;
      const context = {
        message: job.message,
        deviceTypeId: job.typeId,
        avgSnr: job.avgSnr,
        ack: job.ack,
        longPolling: false,
      };
      const params = uplinkParameters(context, cb.callbackSubtype, cb.payloadConfig);
      if (cb.channel === 'BATCH_URL') {
        const batch = batches.get(cb.id) ?? { cb, items: [] };
        batch.items.push({ result, params });
        batches.set(cb.id, batch);
        continue;
      }
      const hook = cb.callbackSubtype === BIDIR && cb.downlinkHook && job.ack && job.callbackDownlink;
      pending.push(
        deliverOne(cb, params, timeMs, options, hook).then((outcome) => {
          result.delivered.push({ outcome, parameters: params });
          if (hook && isSuccess(outcome.cbStatus.status)) honourDownlink(result, outcome);
        }),
      );
    }
  }
  for (const { cb, items } of batches.values()) {
    const timeMs = Math.max(...items.map((i) => i.result.job.message.time)) * 1000;
    pending.push(
      deliverBatch(
        cb,
        items.map((i) => i.params),
        timeMs,
        options,
      ).then((outcome) => {
        for (const { result, params } of items) result.delivered.push({ outcome, parameters: params });
      }),
    );
  }
  await Promise.all(pending);
  return results;
}

function honourDownlink(result: MessageDeliveries, outcome: DeliveryOutcome): void {
  const answer = parseDownlinkAnswer(
    result.job.message.device,
    outcome.cbStatus.status,
    outcome.responseBody,
  );
  result.downlink = answer;
  if (answer.kind === 'data') {
    result.job.message.downlink = true;
    outcome.cbStatus.info = `${outcome.cbStatus.info} - downlink data ${answer.data}`;
  }
  if (answer.kind === 'invalid')
    outcome.cbStatus.info = `${outcome.cbStatus.info} - no downlink: ${answer.info}`;
}

/** Runs the enabled ERROR callbacks of each event's device type, once per device the event names. */
export async function deliverEvents(
  jobs: readonly EventJob[],
  callbacksOf: CallbacksOf,
  options: DeliveryOptions,
): Promise<EventDeliveries[]> {
  return Promise.all(
    jobs.map(async (job): Promise<EventDeliveries> => {
      const { event } = job;
      const devices = event.deviceIds ?? (event.deviceId === undefined ? [] : [event.deviceId]);
      const callbacks = callbacksOf(event.deviceTypeId).filter((cb) => cb.callbackType === ERROR);
      const work = devices.flatMap((device) =>
        callbacks.map(async (cb): Promise<Delivered> => {
          const context = {
            device,
            deviceTypeId: event.deviceTypeId,
            timeMs: event.time,
            info: event.message,
            severity: event.severity,
          };
          const parameters = eventParameters(context);
          return { outcome: await deliverOne(cb, parameters, event.time, options), parameters };
        }),
      );
      return { job, delivered: await Promise.all(work) };
    }),
  );
}
