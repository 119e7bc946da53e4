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
  const batches = new Map<string, Batch>();
  const perMessage = jobs.map((job) => {
    const result: MessageDeliveries = { job, delivered: [] };
    // One promise per callback, in the callbacks' order, so cbStatus lists them in a stable order.
    const ordered: Promise<Delivered>[] = [];
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
      const parameters = uplinkParameters(context, cb.callbackSubtype, cb.payloadConfig);
      if (cb.channel === 'BATCH_URL') {
        ordered.push(joinBatch(batches, cb, job.message.time, parameters));
        continue;
      }
      const hook = cb.callbackSubtype === BIDIR && cb.downlinkHook && job.ack && job.callbackDownlink;
      ordered.push(
        deliverOne(cb, parameters, job.message.time * 1000, options, hook).then((outcome) => {
          if (hook && isSuccess(outcome.cbStatus.status)) honourDownlink(result, outcome);
          return { outcome, parameters };
        }),
      );
    }
    return { result, ordered };
  });
  for (const batch of batches.values()) {
    const params = batch.items.map((i) => i.parameters);
    void deliverBatch(batch.cb, params, batch.timeSec * 1000, options).then((outcome) => {
      for (const item of batch.items) item.resolve({ outcome, parameters: item.parameters });
    });
  }
  return Promise.all(
    perMessage.map(async ({ result, ordered }) => {
      result.delivered = await Promise.all(ordered);
      return result;
    }),
  );
}

/** The messages of one tick for one BATCH_URL callback; sent once all are known. */
interface Batch {
  cb: CallbackDefinition;
  /** Seconds: the latest message of the batch. */
  timeSec: number;
  items: { parameters: Parameters; resolve: (delivered: Delivered) => void }[];
}

function joinBatch(
  batches: Map<string, Batch>,
  cb: CallbackDefinition,
  timeSec: number,
  parameters: Parameters,
) {
  const batch = batches.get(cb.id) ?? { cb, timeSec, items: [] };
  batch.timeSec = Math.max(batch.timeSec, timeSec);
  batches.set(cb.id, batch);
  return new Promise<Delivered>((resolve) => {
    batch.items.push({ parameters, resolve });
  });
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
