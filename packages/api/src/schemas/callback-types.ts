import { z } from 'zod';

/**
 * Callback types and the subtypes valid for each (reference: Callback creation,
 * callbackType / callbackSubtype: "The subtype must be valid against its type").
 * ERROR has no subtype in the reference, so an ERROR callback carries none.
 */
export const CALLBACK_SUBTYPES = {
  /** DATA: 2 UPLINK, 3 BIDIR. */
  0: { UPLINK: 2, BIDIR: 3 },
  /** SERVICE: 0 STATUS, 4 ACKNOWLEDGE, 5 REPEATER. */
  1: { STATUS: 0, ACKNOWLEDGE: 4, REPEATER: 5 },
  /** ERROR: no subtype. */
  2: {},
} as const;

/** Callback type codes: 0 DATA, 1 SERVICE, 2 ERROR. */
export const CALLBACK_TYPES = { DATA: 0, SERVICE: 1, ERROR: 2 } as const;

/** A callback type code. */
export const CallbackType = z.union([z.literal(0), z.literal(1), z.literal(2)], {
  error: 'must be 0 (DATA), 1 (SERVICE) or 2 (ERROR)',
});
/** A callback type code. */
export type CallbackType = z.infer<typeof CallbackType>;

/** Any callback subtype code (validity against the type is checked separately). */
export const CallbackSubtype = z.number().int().min(0).max(5);

/** The subtypes valid for a callback type. */
export function subtypesOf(type: CallbackType): readonly number[] {
  return Object.values(CALLBACK_SUBTYPES[type]);
}

/**
 * Why a (type, subtype) pair is invalid, or null when it is valid: DATA takes
 * UPLINK 2 or BIDIR 3, SERVICE takes STATUS 0, ACKNOWLEDGE 4 or REPEATER 5, ERROR none.
 */
export function subtypeProblem(type: CallbackType, subtype: number | undefined): string | null {
  const valid = subtypesOf(type);
  if (valid.length === 0) return subtype === undefined ? null : 'must be absent for ERROR callbacks';
  if (subtype === undefined) return `is required: one of ${valid.join(', ')} for this callbackType`;
  return valid.includes(subtype) ? null : `must be one of ${valid.join(', ')} for callbackType ${type}`;
}
