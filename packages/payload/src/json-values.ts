import { setValue } from './set-value.ts';
import type { DecodedValue } from './types.ts';

/** A decoded value as JSON can carry it. */
export type JsonValue = boolean | number | string | null;

/**
 * Makes decoded values JSON-safe: bigint becomes its decimal string, NaN and the infinities become
 * "NaN", "Infinity", "-Infinity" (JSON has no such numbers). `encode` accepts all of these back.
 */
export function toJsonValues(values: Readonly<Record<string, DecodedValue>>): Record<string, JsonValue> {
  const json: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(values)) {
    setValue(json, name, toJsonValue(value));
  }
  return json;
}

function toJsonValue(value: DecodedValue): JsonValue {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
