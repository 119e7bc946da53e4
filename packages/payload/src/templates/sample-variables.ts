import { toParsed } from '../parse.ts';
import type { FieldType, ParsedConfig } from '../types.ts';
import {
  CUSTOM_DATA_PREFIX,
  callbackVariables,
  type VariableKind,
  variableKind,
} from './callback-variables.ts';

/**
 * Representative values per predefined variable. Text samples are chosen so that they are never
 * valid JSON on their own (an unquoted `{device}` in a JSON body must show up as an error), and
 * numbers and booleans so that they are (they may be written quoted or not).
 */
const SAMPLES: Readonly<Record<string, string>> = {
  time: '1700000000',
  device: 'BEEF01',
  deviceTypeId: '5256c4d6c9a871b80f5a2e50',
  data: 'c0ffee',
  seqNumber: '1234',
  snr: '38.20',
  rssi: '-118.00',
  station: '0A3D',
  avgSnr: '41.03',
  lat: '43',
  lng: '6',
  temp: '21.5',
  batt: '3.3',
  infoCode: '0',
  infoMessage: 'Acked',
  info: 'Too many messages',
  severity: 'ERROR',
};

const BY_KIND: Readonly<Record<VariableKind, string>> = { number: '1', boolean: 'false', text: 'sample' };
const BY_FIELD_TYPE: Readonly<Record<FieldType, string>> = {
  bool: 'true',
  char: 'text',
  float: '1.5',
  uint: '42',
  int: '-42',
};

/**
 * Sample values for every variable of a callback type/subtype, plus `customData#field` for each
 * field of the payloadConfig (DATA callbacks). For previews and for checking JSON bodies.
 * `undefined` for an invalid type/subtype pair. Throws `PayloadConfigError` for a bad config string.
 */
export function sampleVariables(
  callbackType: number,
  callbackSubtype?: number,
  payloadConfig?: string | ParsedConfig,
): Record<string, string> | undefined {
  const names = callbackVariables(callbackType, callbackSubtype);
  if (names === undefined) return undefined;
  const samples: Record<string, string> = {};
  for (const name of names) samples[name] = SAMPLES[name] ?? BY_KIND[variableKind(name)];
  if (callbackType === 0 && payloadConfig !== undefined) {
    for (const field of toParsed(payloadConfig).fields) {
      samples[`${CUSTOM_DATA_PREFIX}${field.name}`] =
        field.type === 'char' ? 'x'.repeat(field.length) : BY_FIELD_TYPE[field.type];
    }
  }
  return samples;
}
