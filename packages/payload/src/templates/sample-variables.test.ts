import { describe, expect, it } from 'vitest';
import { sampleVariables } from './sample-variables.ts';

describe('sampleVariables', () => {
  it('gives a sample for every variable of the kind, and per payloadConfig field', () => {
    const samples = sampleVariables(0, 3, 'b::bool:7 n::uint:8 s::char:2');
    expect(Object.keys(samples ?? {})).toEqual(
      expect.arrayContaining(['time', 'ack', 'longPolling', 'customData#b']),
    );
    expect(samples?.['customData#s']).toHaveLength(2);
    expect(samples?.['customData#b']).toBe('true');
  });

  it('gives numbers that are JSON numbers and text that is not JSON', () => {
    const samples = sampleVariables(1, 0) ?? {};
    expect(typeof JSON.parse(samples.rssi ?? '')).toBe('number');
    expect(() => JSON.parse(samples.device ?? '')).toThrow();
  });

  it('has none for an invalid pair', () => {
    expect(sampleVariables(1, 3)).toBeUndefined();
  });
});
