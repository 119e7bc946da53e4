/** Callback type codes (reference "Callback creation"): 0 DATA, 1 SERVICE, 2 ERROR. */
export type CallbackType = 0 | 1 | 2;

/** What a variable renders as; used to pick a representative sample for previews and JSON checks. */
export type VariableKind = 'number' | 'boolean' | 'text';

/** Prefix of custom variables taken from the callback's payloadConfig: `{customData#field}`. */
export const CUSTOM_DATA_PREFIX = 'customData#';

// domain-notes "Callback template variables", one list per type/subtype.
const UPLINK = [
  'time',
  'device',
  'deviceTypeId',
  'data',
  'seqNumber',
  'snr',
  'rssi',
  'station',
  'avgSnr',
  'lat',
  'lng',
  'duplicate',
] as const;
const BIDIR = [...UPLINK, 'ack', 'longPolling'] as const;
const STATUS = [
  'device',
  'time',
  'temp',
  'batt',
  'duplicate',
  'seqNumber',
  'snr',
  'rssi',
  'lat',
  'lng',
  'station',
  'avgSnr',
] as const;
const ACKNOWLEDGE = [
  'device',
  'time',
  'infoCode',
  'infoMessage',
  'downlinkAck',
  'downlinkOverusage',
] as const;
const REPEATER = [
  'device',
  'time',
  'batt',
  'whitelistDevices',
  'repeatedMsg',
  'unwantedDevices',
  'unwantedMsg',
  'wrongMsg',
  'overRegulMsg',
] as const;
const ERROR = ['device', 'time', 'info', 'severity'] as const;

/** Subtype codes per type; ERROR has none (the reference lists no subtype for it). */
const VARIABLES: Readonly<Record<CallbackType, Readonly<Record<number, readonly string[]>>>> = {
  0: { 2: UPLINK, 3: BIDIR },
  1: { 0: STATUS, 4: ACKNOWLEDGE, 5: REPEATER },
  2: {},
};

const SUBTYPE_NAMES: Readonly<Record<string, string>> = {
  '0/2': 'DATA/UPLINK',
  '0/3': 'DATA/BIDIR',
  '1/0': 'SERVICE/STATUS',
  '1/4': 'SERVICE/ACKNOWLEDGE',
  '1/5': 'SERVICE/REPEATER',
  '2/': 'ERROR',
};

/**
 * The predefined variables of a callback type/subtype (without braces, without `customData#x`,
 * which DATA callbacks take from their payloadConfig). `undefined` for an invalid pair: DATA takes
 * subtype 2 UPLINK or 3 BIDIR, SERVICE 0 STATUS, 4 ACKNOWLEDGE or 5 REPEATER, ERROR no subtype.
 */
export function callbackVariables(
  callbackType: number,
  callbackSubtype?: number,
): readonly string[] | undefined {
  if (callbackType === 2) return callbackSubtype === undefined ? ERROR : undefined;
  if (callbackType !== 0 && callbackType !== 1) return undefined;
  if (callbackSubtype === undefined) return undefined;
  return VARIABLES[callbackType][callbackSubtype];
}

/** Human name of a valid type/subtype pair, e.g. `DATA/UPLINK`. */
export function callbackKindName(callbackType: number, callbackSubtype?: number): string {
  return (
    SUBTYPE_NAMES[`${callbackType}/${callbackSubtype ?? ''}`] ??
    `type ${callbackType}/subtype ${callbackSubtype}`
  );
}

const KINDS: Readonly<Record<string, VariableKind>> = {
  duplicate: 'boolean',
  ack: 'boolean',
  longPolling: 'boolean',
  downlinkAck: 'boolean',
  downlinkOverusage: 'boolean',
  device: 'text',
  deviceTypeId: 'text',
  data: 'text',
  station: 'text',
  infoMessage: 'text',
  info: 'text',
  severity: 'text',
};

/** How a predefined variable renders: booleans, free text, and numbers for the rest. */
export function variableKind(name: string): VariableKind {
  return KINDS[name] ?? 'number';
}
