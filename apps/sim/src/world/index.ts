import type {
  BaseStation,
  CoverageMode,
  DeviceRadioState,
  DeviceStats,
  HistoryItem,
  LinkQuality,
  Rng,
  SimDevice,
  SimMessage,
  World,
  WorldOptions,
} from './types.ts';

export type * from './types.ts';

const pending = (): never => {
  throw new Error('pending');
};

/** Everything except history; fast even at 100k devices. */
export function createWorld(_opts: WorldOptions): World {
  return pending();
}

/** Messages, status events and callback errors, streamed; time-ascending per device. */
export function history(_world: World, _opts: WorldOptions): Iterable<HistoryItem> {
  return pending();
}

/** The radio state of a device for live traffic: `seqNumber` is the next one to send. */
export function radioState(_world: World, _device: SimDevice, _seqNumber: number): DeviceRadioState {
  return pending();
}

/** The next message of a device (live traffic); advances `state.seqNumber`, wrapping at 4096. */
export function nextMessage(
  _world: World,
  _device: SimDevice,
  _state: DeviceRadioState,
  _timeSec: number,
  _rng: Rng,
): SimMessage {
  return pending();
}

export function redundancy(
  _stations: readonly BaseStation[],
  _lat: number,
  _lng: number,
  _mode: CoverageMode,
): 0 | 1 | 2 | 3 {
  return pending();
}

export function linkQuality(_bestRssi: number, _stationCount: number): LinkQuality {
  return pending();
}

export function createRng(_seed: number): Rng {
  return pending();
}

/** averageSnr/averageRssi over the last 25 messages (pass them in any order with their times). */
export function deviceStats(_messages: readonly SimMessage[]): DeviceStats {
  return pending();
}
