import type { SimMessage } from '../world/types.ts';
import type { MessageJob } from './jobs.ts';
import type { MessageSource } from './source.ts';
import type { LiveDevice, LiveStore } from './store.ts';

/** Averages cover the last 25 messages (reference, "Device information"). */
const AVERAGE_OVER = 25;

export interface UplinkOptions {
  /** Hex payload replacing the generated one (control API). */
  data?: string;
  /** Forces the downlink request flag; otherwise the radio model's `downlink` draw decides. */
  ack?: boolean;
}

/** Sequence numbers are 12-bit and wrap at 4096 (domain-notes, "Device and token states"). */
export function nextSeqNumber(live: LiveDevice): number {
  return live.seqNumber === null ? live.device.firstSeqNumber % 4096 : (live.seqNumber + 1) % 4096;
}

/**
 * Records one uplink inside the tick's transaction: the message row, then the
 * device's last, sequence number, averages and state.
 * Mutates `live` so a second message in the same tick follows on. Returns undefined
 * when the device's type no longer exists.
 */
export function recordUplink(
  store: LiveStore,
  source: MessageSource,
  live: LiveDevice,
  timeSec: number,
  options: UplinkOptions = {},
): MessageJob | undefined {
  const type = store.deviceType(live.device.type);
  if (type === undefined) return undefined;
  const seqNumber = nextSeqNumber(live);
  const generated = source.next(live.device, seqNumber, timeSec);
  // The world marks the messages that get a downlink (about 4 a day, domain-notes "Radio facts"):
  // live traffic reads that as the device's request ({ack}); whether one is answered is decided here.
  const ack = options.ack ?? generated.downlink === true;
  const { downlink: _requested, ...heard } = generated;
  const message: SimMessage = { ...heard, seqNumber, time: timeSec };
  if (options.data !== undefined) message.data = options.data.toLowerCase();
  // Direct mode: the backend answers from the device type's downlinkDataString, no callback involved.
  if (ack && type.downlinkMode === 0 && type.downlinkDataString) message.downlink = true;
  const messageId = store.insertMessage(message, type.id);
  // A message ends KO (1) and WARN (4); off contract (2) and disabled (3) are not the radio's to change.
  const state = live.device.state === 1 || live.device.state === 4 ? 0 : live.device.state;
  const stats = source.stats(store.recentMessages(live.device.id, AVERAGE_OVER));
  store.updateDevice(live.device.id, {
    last: timeSec,
    seqNumber,
    averageSnr: stats.averageSnr,
    averageRssi: stats.averageRssi,
    state,
    computedLocation: message.computedLocation,
  });
  live.last = timeSec;
  live.seqNumber = seqNumber;
  live.device.state = state;
  return {
    messageId,
    message,
    typeId: type.id,
    groupId: type.groupId,
    avgSnr: stats.averageSnr,
    ack,
    callbackDownlink: type.downlinkMode === 1,
  };
}
