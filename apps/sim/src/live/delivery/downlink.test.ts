import { describe, expect, it } from 'vitest';
import { parseDownlinkAnswer } from './downlink.ts';

describe('parseDownlinkAnswer', () => {
  it('reads the 8-byte downlink of the device', () => {
    const body = JSON.stringify({ '00A1': { downlinkData: 'DEADBEEFCAFEBABE' } });
    expect(parseDownlinkAnswer('00a1', 200, body)).toEqual({ kind: 'data', data: 'deadbeefcafebabe' });
  });

  it('treats 204 and an empty body as no downlink', () => {
    expect(parseDownlinkAnswer('00A1', 204, '{"00A1":{"downlinkData":"0011223344556677"}}')).toEqual({
      kind: 'none',
    });
    expect(parseDownlinkAnswer('00A1', 200, '')).toEqual({ kind: 'none' });
  });

  it('refuses bad JSON, a missing device and data that is not 8 bytes', () => {
    expect(parseDownlinkAnswer('00A1', 200, '{')).toMatchObject({ kind: 'invalid' });
    expect(parseDownlinkAnswer('00A1', 200, '{"00B2":{"downlinkData":"0011223344556677"}}')).toMatchObject({
      kind: 'invalid',
    });
    expect(parseDownlinkAnswer('00A1', 200, '{"00A1":{"downlinkData":"001122"}}')).toMatchObject({
      kind: 'invalid',
    });
  });
});
