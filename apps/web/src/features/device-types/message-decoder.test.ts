import { describe, expect, it } from 'vitest';
import { createDecoder } from './message-decoder.ts';

describe('createDecoder', () => {
  it('decodes with the payload config of a Custom device type', () => {
    const decode = createDecoder({ payloadType: 'Custom', payloadConfig: 'int1::uint:8 int2::uint:8' });
    expect(decode?.('1234')).toBe('int1=18 int2=52');
  });

  it('reads String payloads as ASCII with escapes, and leaves None undecoded', () => {
    expect(createDecoder({ payloadType: 'String' })?.('414200')).toBe('AB\\x00');
    expect(createDecoder({ payloadType: 'None' })).toBeUndefined();
  });
});
