/**
 * Stores a value under a field name. Plain assignment for every name but `__proto__` (a legal field
 * name), which would otherwise replace the object's prototype instead of becoming a property.
 */
export function setValue<T>(values: Record<string, T>, name: string, value: T): void {
  if (name === '__proto__') {
    Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  } else {
    values[name] = value;
  }
}
