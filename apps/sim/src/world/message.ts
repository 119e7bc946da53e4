import type { DeviceModel } from './models.ts';
import { payloadHex } from './payload.ts';
import { offsetKm, positionAt } from './position.ts';
import { receive } from './reception.ts';
import type { ComputedLocation, Rng, SimDevice, SimMessage, StationLink } from './types.ts';

export interface MessageInput {
  device: SimDevice;
  model: DeviceModel;
  /** Per-device constant hash (payload generators, tracker paths). */
  key: number;
  links: readonly StationLink[];
  timeSec: number;
  seqNumber: number;
  /** The device's contract has the Spot'it geolocation option. */
  spotit: boolean;
  downlink: boolean;
  rng: Rng;
  degraded?: (tap: string) => boolean;
}

/**
 * One uplink as the backend records it, or undefined when no station heard it.
 * computedLocation (reference, "Messages sent by a device"): GPS for the
 * Geolocation payload type (radius = the fix accuracy), else Spot'it for contracts
 * with that option, whose radius shrinks as more stations hear the message.
 */
export function buildMessage(input: MessageInput): SimMessage | undefined {
  const { device, model, rng, timeSec } = input;
  const received = receive(input.links, rng, input.degraded);
  if (!received) return undefined;
  const pos = positionAt(device.homeLat, device.homeLng, input.key, timeSec, model.moving);
  const accuracyM = rng.int(3, 40);
  const ctx = { key: input.key, timeSec, lat: pos.lat, lng: pos.lng, accuracyM, rng };
  const message: SimMessage = {
    device: device.id,
    time: timeSec,
    seqNumber: input.seqNumber,
    data: payloadHex(model, ctx, input.seqNumber),
    snr: received.snr,
    rinfos: received.rinfos,
    linkQuality: received.linkQuality,
  };
  let location: ComputedLocation | undefined;
  if (model.payloadType === 'Geolocation') {
    // The fix the device reported: the payload's lat/lng and its `acc` byte.
    location = { lat: pos.lat, lng: pos.lng, radius: accuracyM };
  } else if (input.spotit) {
    const n = received.rinfos.length;
    const radius = n >= 3 ? rng.int(500, 3000) : n === 2 ? rng.int(3000, 8000) : rng.int(8000, 20000);
    const off = offsetKm(
      pos.lat,
      pos.lng,
      (Math.abs(rng.normal(0, 0.5)) * radius) / 1000,
      rng.float(0, 6.2832),
    );
    location = { lat: off.lat, lng: off.lng, radius };
  }
  if (location) message.computedLocation = location;
  if (input.downlink) message.downlink = true;
  return message;
}
