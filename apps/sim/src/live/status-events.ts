import type { Rng, SimStatusEvent } from '../world/types.ts';
import type { EventJob } from './jobs.ts';
import type { LiveStore } from './store.ts';

/** The reference's WARN event text ("Warning status events sent for a list of devices"). */
export const NETWORK_ISSUE_MESSAGE =
  'Sigfox network experiencing issues that could cause message loss or delay for some devices.';

/** `2013-10-08 15:36:21`, as the reference's ERROR event message shows it (UTC here). */
export function formatSince(sec: number): string {
  return new Date(sec * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Devices silent past their type's keepAlive (keepAlive > 0) get one ERROR event,
 * dated when the keepAlive ran out, and go to state 1 (KO); the state guard makes it
 * once per silence, and their next message sets them back to OK.
 */
export function raiseCommunicationTimeouts(store: LiveStore, toSec: number): EventJob[] {
  const jobs: EventJob[] = [];
  for (const d of store.overdueDevices(toSec)) {
    const event: SimStatusEvent = {
      deviceId: d.id,
      deviceTypeId: d.typeId,
      time: (d.last + d.keepAlive) * 1000,
      message: `No message received since ${formatSince(d.last)}`,
      severity: 'ERROR',
    };
    jobs.push({ eventId: store.insertStatusEvent(event), event });
    store.setState([d.id], 1);
  }
  return jobs;
}

export interface NetworkIssueOptions {
  /** Mean WARN events per simulated day over the whole network; 0 turns them off. */
  perDay: number;
  /** Most devices one WARN event names. */
  maxDevices: number;
}

const DAY_SEC = 86_400;

/**
 * Occasional network issues: a Poisson draw over the tick's length picks whether one
 * happens; it names recently active devices of one device type, which go to state 4.
 */
export function raiseNetworkIssues(
  store: LiveStore,
  rng: Rng,
  options: NetworkIssueOptions,
  fromMs: number,
  toMs: number,
): EventJob[] {
  if (options.perDay <= 0 || toMs <= fromMs) return [];
  const p = 1 - Math.exp((-(toMs - fromMs) / 1000 / DAY_SEC) * options.perDay);
  if (!rng.chance(p)) return [];
  const sinceSec = Math.floor(toMs / 1000) - DAY_SEC;
  const types = store.activeDeviceTypes(sinceSec);
  if (types.length === 0) return [];
  const typeId = rng.pick(types);
  const deviceIds = store.activeDevicesOfType(typeId, sinceSec, options.maxDevices);
  if (deviceIds.length === 0) return [];
  const event: SimStatusEvent = {
    deviceIds,
    deviceTypeId: typeId,
    time: toMs,
    message: NETWORK_ISSUE_MESSAGE,
    severity: 'WARN',
  };
  store.setState(deviceIds, 4);
  return [{ eventId: store.insertStatusEvent(event), event }];
}
