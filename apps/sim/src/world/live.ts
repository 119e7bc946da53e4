import { deviceKey, deviceLinks, worldContext } from './context.ts';
import { buildMessage } from './message.ts';
import { SENSITIVITY_DBM } from './path-loss.ts';
import type { DeviceRadioState, DeviceStats, Rng, SimDevice, SimMessage, World } from './types.ts';

/** The radio state of a device for live traffic; `seqNumber` is the one its next message carries. */
export function radioState(world: World, device: SimDevice, seqNumber: number): DeviceRadioState {
  return { seqNumber: seqNumber & 0xfff, links: deviceLinks(world, device) };
}

/**
 * The next message of a device, for live traffic: the same radio and payload
 * model as history; the sequence number advances and wraps at 4096
 * (domain-notes.md). A live caller asked for a message, so when fading hides it
 * from every station the strongest one is taken as having just heard it.
 */
export function nextMessage(
  world: World,
  device: SimDevice,
  state: DeviceRadioState,
  timeSec: number,
  rng: Rng,
): SimMessage {
  const ctx = worldContext(world);
  const model = ctx.modelByType.get(device.type);
  if (!model) throw new Error(`device ${device.id} has an unknown device type ${device.type}`);
  const seqNumber = state.seqNumber;
  state.seqNumber = (seqNumber + 1) & 0xfff;
  const input = {
    device,
    model,
    key: deviceKey(device),
    timeSec,
    seqNumber,
    spotit: ctx.spotitContracts.has(device.contractId ?? ''),
    downlink: model.downlink && rng.chance(device.messageIntervalSec / 86400),
    rng,
  };
  const heard = buildMessage({ ...input, links: state.links });
  if (heard) return heard;
  const best = state.links[0];
  const links = best
    ? [{ station: best.station, meanRssi: Math.max(best.meanRssi, SENSITIVITY_DBM + 8) }]
    : [];
  const forced = buildMessage({ ...input, links });
  if (forced) return forced;
  return { device: device.id, time: timeSec, seqNumber, data: '', snr: 0, rinfos: [], linkQuality: 'LIMIT' };
}

/** averageSnr and averageRssi (best station) over the 25 most recent messages (reference, "Device information"). */
export function deviceStats(messages: readonly SimMessage[]): DeviceStats {
  const recent = [...messages].sort((a, b) => b.time - a.time).slice(0, 25);
  if (recent.length === 0) return { averageSnr: 0, averageRssi: 0 };
  let snr = 0;
  let rssi = 0;
  let heard = 0;
  for (const m of recent) {
    snr += m.snr;
    // A message with no reception has no RSSI: it must not drag the average to -Infinity.
    if (m.rinfos.length === 0) continue;
    rssi += m.rinfos.reduce((best, r) => Math.max(best, r.rssi), Number.NEGATIVE_INFINITY);
    heard++;
  }
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    averageSnr: round3(snr / recent.length),
    averageRssi: heard === 0 ? 0 : round3(rssi / heard),
  };
}
