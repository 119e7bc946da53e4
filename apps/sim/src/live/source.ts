import { deviceStats, nextMessage, radioState } from '../world/index.ts';
import type { DeviceStats, Rng, SimDevice, SimMessage, StationLink, World } from '../world/types.ts';

/**
 * Where live messages come from. The world's radio model in production
 * (`worldSource`); tests pass a small deterministic one.
 */
export interface MessageSource {
  /**
   * The message the device sends at `timeSec` with this sequence number. Always a
   * message: the world takes the strongest station as having heard a live message.
   */
  next(device: SimDevice, seqNumber: number, timeSec: number): SimMessage;
  /** averageSnr/averageRssi over the given (last 25) messages. */
  stats(messages: readonly SimMessage[]): DeviceStats;
}

/** The world's radio model; the station links of each device are computed once and kept. */
export function worldSource(world: World, rng: Rng): MessageSource {
  const links = new Map<string, StationLink[]>();
  // The database has no coverage mode column: seeded devices keep the world's, others the default.
  const modes = new Map(world.devices.map((d) => [d.id, d.mode]));
  return {
    next(stored, seqNumber, timeSec) {
      const device = { ...stored, mode: modes.get(stored.id) ?? stored.mode };
      let known = links.get(device.id);
      if (known === undefined) {
        known = radioState(world, device, seqNumber).links;
        links.set(device.id, known);
      }
      const message: SimMessage | undefined = nextMessage(
        world,
        device,
        { seqNumber, links: known },
        timeSec,
        rng,
      );
      return message;
    },
    stats: deviceStats,
  };
}
