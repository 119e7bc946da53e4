import type { SimCallbackError, SimDevice, SimMessage, SimStatusEvent } from '../world/types.ts';
import type { CallbackDefinition, CallbackStatus, EventCallbackResult } from './delivery/types.ts';
import type { Schedulable } from './schedule.ts';

/** A device as live traffic sees it: the world's record plus what history left in the database. */
export interface LiveDevice {
  device: SimDevice;
  /** Seconds; 0 before the first message. */
  last: number;
  /** The last sequence number received; null before the first message. */
  seqNumber: number | null;
}

export interface LiveDeviceType {
  id: string;
  groupId: string;
  /** Seconds; 0 disables the communication timeout. */
  keepAlive: number;
  downlinkMode: 0 | 1;
  downlinkDataString?: string;
}

/** What a new message changes on its device. */
export interface DeviceUpdate {
  last: number;
  seqNumber: number;
  averageSnr: number;
  averageRssi: number;
  state: SimDevice['state'];
  computedLocation?: SimMessage['computedLocation'];
}

/** A device whose last message is older than its type's keepAlive. */
export interface OverdueDevice {
  id: string;
  typeId: string;
  last: number;
  keepAlive: number;
}

/**
 * The reads and writes of live traffic. One implementation speaks SQL against
 * apps/sim/src/db/schema.ts (sqlite-store.ts); the interface keeps traffic logic
 * readable and names exactly what live traffic touches.
 */
export interface LiveStore {
  transaction<T>(fn: () => T): T;
  /**
   * Devices that may send by `toSec` (their last message at least `minIntervalFactor`
   * intervals old), not silenced, not off contract or disabled: only the schedule's inputs.
   */
  sendingCandidates(minIntervalFactor: number, toSec: number): Schedulable[];
  device(id: string): LiveDevice | undefined;
  deviceType(id: string): LiveDeviceType | undefined;
  /** Enabled callbacks of a device type, in creation order. */
  enabledCallbacks(typeId: string): CallbackDefinition[];
  /** The device's most recent messages, newest first. */
  recentMessages(deviceId: string, limit: number): SimMessage[];
  insertMessage(message: SimMessage, typeId: string): number;
  updateDevice(id: string, update: DeviceUpdate): void;
  /** Devices in state OK or WARN silent past their keepAlive at `atSec`. */
  overdueDevices(atSec: number): OverdueDevice[];
  /** Devices of one type in state OK that sent since `sinceSec`. */
  activeDevicesOfType(typeId: string, sinceSec: number, limit: number): string[];
  /** Device types with devices in state OK that sent since `sinceSec`. */
  activeDeviceTypes(sinceSec: number): string[];
  setState(ids: readonly string[], state: SimDevice['state']): void;
  insertStatusEvent(event: SimStatusEvent): number;
  /** Sets or clears silent_since; false when the device does not exist. */
  setSilentSince(id: string, sinceSec: number | null): boolean;
  setCbStatus(messageId: number, statuses: readonly CallbackStatus[]): void;
  markDownlink(messageId: number): void;
  setEventCallbacks(eventId: number, results: readonly EventCallbackResult[]): void;
  insertCallbackError(error: SimCallbackError, groupId: string): void;
  /** The reference's `dead` flag: true when the last use of the callback failed. */
  setCallbackDead(id: string, dead: boolean): void;
}
