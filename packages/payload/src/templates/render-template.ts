import type { DecodedValue } from '../types.ts';
import { CUSTOM_DATA_PREFIX } from './callback-variables.ts';

/** A value a template variable can take. */
export type TemplateValue = string | number | boolean | bigint | undefined;

/**
 * `{name}` or `{customData#field}`. Braces around anything else (JSON objects, `{ }`) are not
 * variables and stay as they are.
 */
const VARIABLE = /\{(customData#[^{}]*|[A-Za-z][A-Za-z0-9_]*)\}/g;

/** A variable found in a template: its name (as inside the braces) and 0-based index of the `{`. */
export interface TemplateVariable {
  name: string;
  index: number;
}

/** Every `{variable}` of a template, in order. */
export function templateVariables(template: string): TemplateVariable[] {
  return Array.from(template.matchAll(VARIABLE), (match) => ({ name: match[1]!, index: match.index }));
}

/**
 * Substitutes `{name}` and `{customData#field}` textually, as the Sigfox backend does. A variable
 * with no value (absent or `undefined`) is left as written, so a preview shows what is missing.
 * Booleans render `true`/`false`, bigints in decimal, numbers with `String()` (NaN, Infinity).
 */
export function renderTemplate(template: string, variables: Readonly<Record<string, TemplateValue>>): string {
  return template.replace(VARIABLE, (whole, name: string) => {
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** Decoded payload values as `customData#field` template variables. */
export function customDataVariables(
  values: Readonly<Record<string, DecodedValue>>,
): Record<string, TemplateValue> {
  const variables: Record<string, TemplateValue> = {};
  for (const [name, value] of Object.entries(values)) variables[`${CUSTOM_DATA_PREFIX}${name}`] = value;
  return variables;
}
