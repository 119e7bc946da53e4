/**
 * Records of the simulated world. Their shapes mirror the Sigfox API v1 JSON
 * (sigfox-backend-api-v1.md) so the server mostly serialises them as they are;
 * fields marked "internal" drive the simulation and are never part of a response.
 * Times follow the API: message time in seconds, event time in milliseconds,
 * activationTime/tokenEnd in milliseconds (domain-notes.md, "The API itself").
 */

export interface WorldOptions {
  seed: number;
  devices: number;
  /** Days of history before `now`; 30 by default. */
  historyDays: number;
  /** Epoch milliseconds: the end of history. */
  now: number;
}

export type PayloadType = 'None' | 'String' | 'Custom' | 'Geolocation';
export type CoverageMode = 'OUTDOOR' | 'INDOOR' | 'UNDERGROUND';
export type LinkQuality = 'EXCELLENT' | 'GOOD' | 'AVERAGE' | 'LIMIT';
export type Environment = 'urban' | 'suburban' | 'open';
/** Device state (reference, "Device information"): 0 OK, 1 KO, 2 off contract, 3 disabled, 4 warn. */
export type DeviceState = 0 | 1 | 2 | 3 | 4;

export interface SimGroup {
  id: string;
  name: string;
  nameCI: string;
  description: string;
  /** Ancestor ids, root first; empty for the root. */
  path: string[];
  billable: boolean;
  bssId?: string;
}

export interface SimContract {
  id: string;
  name: string;
  /** Spot'it geolocation option: messages of its devices carry a computedLocation. */
  geolocation: boolean;
}

export interface SimDeviceType {
  id: string;
  name: string;
  group: string;
  description: string;
  /** Seconds: 0 (inactive) or >= 1800 (reference, "Device type edition"). */
  keepAlive: number;
  payloadType: PayloadType;
  payloadConfig?: string;
  geolocPayloadConfigId?: string;
  alertEmail?: string;
  downlinkMode: 0 | 1;
  downlinkDataString?: string;
  contract: string;
  /** Internal: the device model (models.ts) that produces this type's payloads and cadence. */
  model: string;
}

export interface SimDevice {
  /** Uppercase hex, up to 8 digits, unique. */
  id: string;
  name: string;
  /** Device type id. */
  type: string;
  /** Provided position. */
  lat?: number;
  lng?: number;
  /** 16 hex digits. */
  pac: string;
  activationTime?: number;
  tokenType?: 'CONTRACT' | 'FREE';
  contractId?: string;
  tokenEnd?: number;
  freeMessages?: number;
  preventRenewal: boolean;
  /** Internal: the state the device ends history in. */
  state: DeviceState;
  /** Internal: mean seconds between two uplinks. */
  messageIntervalSec: number;
  /** Internal: seconds; the device sends nothing from this time on (state KO). */
  silentSince?: number;
  /** Internal: the sequence number of the device's first message in history. */
  firstSeqNumber: number;
  /** Internal: the true position (trackers move around it); equals lat/lng when provided. */
  homeLat: number;
  homeLng: number;
  /** Internal: where the device is installed, hence its penetration loss. */
  mode: CoverageMode;
  /** Internal: the station that hears the device best (network incidents target it). */
  bestTap?: string;
}

export interface BaseStation {
  /** 4 hex digits, the `tap` of reception info. */
  id: string;
  lat: number;
  lng: number;
  heightM: number;
  environment: Environment;
}

export interface SimReception {
  tap: string;
  /** Station position, integer-rounded as in the reference's rinfos. */
  lat: number;
  lng: number;
  snr: number;
  rssi: number;
}

export interface ComputedLocation {
  lat: number;
  lng: number;
  /** Metres. */
  radius: number;
}

export interface SimMessage {
  device: string;
  /** Seconds. */
  time: number;
  seqNumber: number;
  data: string;
  /** Best SNR in dB (the API renders it as a string). */
  snr: number;
  rinfos: SimReception[];
  linkQuality: LinkQuality;
  computedLocation?: ComputedLocation;
  duplicate?: boolean;
  /** Internal: a downlink was answered to this uplink (counts in consumptions' downlinkFrameCount). */
  downlink?: boolean;
}

export interface SimStatusEvent {
  /** ERROR events name one device, WARN events a list. */
  deviceId?: string;
  deviceIds?: string[];
  deviceTypeId: string;
  /** Milliseconds. */
  time: number;
  message: string;
  severity: 'ERROR' | 'WARN';
  /** ERROR callbacks of the device type fired for this event, with their outcome. */
  callbacks?: SimEventCallback[];
}

export type SimEventCallback =
  | { url: string; status: number; info?: string }
  | { subject: string; message: string; status: number };

/** Internal: a base station degraded over [from, to) seconds; its devices get WARN events. */
export interface NetworkIncident {
  station: string;
  from: number;
  to: number;
}

export type CallbackChannel = 'URL' | 'BATCH_URL' | 'EMAIL';

/** Internal: why deliveries of a callback fail, and when (seconds, [from, to) windows). */
export interface CallbackFailure {
  status: number;
  message: string;
  windows: [number, number][];
}

export interface SimCallback {
  id: string;
  deviceType: string;
  channel: CallbackChannel;
  /** 0 DATA, 1 SERVICE, 2 ERROR. */
  callbackType: 0 | 1 | 2;
  /** DATA: 2 UPLINK, 3 BIDIR; SERVICE: 0 STATUS, 4 ACKNOWLEDGE, 5 REPEATER; ERROR: 0 here, omitted by the API (ERROR has no subtype). */
  callbackSubtype: number;
  urlPattern?: string;
  httpMethod?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  bodyTemplate?: string;
  contentType?: string;
  linePattern?: string;
  subject?: string;
  recipient?: string;
  message?: string;
  payloadConfig?: string;
  enabled: boolean;
  sendDuplicate: boolean;
  sendSni: boolean;
  dead: boolean;
  downlinkHook: boolean;
  failure?: CallbackFailure;
}

export interface SimCallbackErrorTarget {
  url?: string;
  headers?: Record<string, string>;
  body?: string;
  contentType?: string;
  method?: string;
  subject?: string;
  message?: string;
}

export interface SimCallbackError {
  device: string;
  deviceType: string;
  /** Seconds. */
  time: number;
  data: string;
  snr: number;
  status: number;
  message: string;
  callback: SimCallbackErrorTarget;
  parameters: Record<string, string | number | boolean>;
  /** Internal: the callback that failed. */
  callbackId: string;
}

export interface SimUserRole {
  groupId: string;
  customRole: { id: string; name: string };
}

export interface SimUser {
  firstName: string;
  lastName: string;
  email: string;
  timezone: string;
  creationTime: number;
  lastLogin: number;
  userRoles: SimUserRole[];
}

export interface SimGeolocConfig {
  id: string;
  name: string;
  groupName: string;
  group: string;
}

export interface SimCredential {
  groupId: string;
  login: string;
  password: string;
}

export interface World {
  groups: SimGroup[];
  contracts: SimContract[];
  deviceTypes: SimDeviceType[];
  devices: SimDevice[];
  baseStations: BaseStation[];
  callbacks: SimCallback[];
  users: SimUser[];
  geolocConfigs: SimGeolocConfig[];
  /** One per group, deterministic from the seed. */
  credentials: SimCredential[];
  /** Internal: network incidents over the history (they drive WARN events and state 4). */
  incidents: NetworkIncident[];
}

export type HistoryItem =
  | { kind: 'message'; message: SimMessage }
  | { kind: 'event'; event: SimStatusEvent }
  | { kind: 'callbackError'; error: SimCallbackError };

/** A base station in reach of a device, with the mean RSSI there (path loss + shadowing, no fading). */
export interface StationLink {
  station: BaseStation;
  meanRssi: number;
}

/** What live traffic keeps per device between two messages. */
export interface DeviceRadioState {
  /** The sequence number the next message will carry (0..4095). */
  seqNumber: number;
  /** Stations that may hear the device, strongest first. */
  links: StationLink[];
}

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** Float in [min, max). */
  float(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Normal deviate (Box-Muller). */
  normal(mean?: number, sigma?: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

export interface DeviceStats {
  averageSnr: number;
  averageRssi: number;
}
