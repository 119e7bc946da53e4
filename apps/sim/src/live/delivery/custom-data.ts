import { customDataVariables, decode } from '@sfc/payload';
import type { Parameters } from './types.ts';

/**
 * `customData#x` variables: the message decoded with the callback's own payloadConfig
 * (reference, "Callback creation": payloadConfig defines custom variables). A config
 * that no longer parses, or a field past the payload end, simply yields no variable,
 * so the placeholder stays as written rather than failing the delivery. Integers over
 * 53 bits become decimal strings, so `parameters` stays plain JSON.
 */
export function customDataParameters(payloadConfig: string, hex: string): Parameters {
  let variables: ReturnType<typeof customDataVariables>;
  try {
    variables = customDataVariables(decode(payloadConfig, hex).values);
  } catch {
    return {};
  }
  const out: Parameters = {};
  for (const [name, value] of Object.entries(variables)) {
    if (value !== undefined) out[name] = typeof value === 'bigint' ? value.toString() : value;
  }
  return out;
}
