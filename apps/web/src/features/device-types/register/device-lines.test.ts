import { describe, expect, it } from 'vitest';
import { readDeviceLines } from './device-lines.ts';

const key = '0123456789abcdef01234567';

describe('readDeviceLines', () => {
  it('reads id,PAC lines with any separator, skipping a header and blank lines', () => {
    const lines = readDeviceLines(`id,pac\n1A2B,${key}\n\n"0003";"${key}"\n0004\t${key}`);
    expect(lines.map((l) => l.entry?.id)).toEqual(['1A2B', '0003', '0004']);
    expect(lines.map((l) => l.line)).toEqual([2, 4, 5]);
  });

  it('names the problem of each bad line, including an id listed twice', () => {
    const lines = readDeviceLines(`XYZ,${key}\n0001,12\n0001,${key}\n01,${key}\n0001,${key},extra`);
    expect(lines.map((l) => l.problem)).toEqual([
      'id: must be a device id of 1 to 8 hexadecimal digits',
      'pk: must be a key of 16 to 64 hexadecimal digits',
      undefined,
      'device 01 is already on line 3',
      'expected two values: id,PAC',
    ]);
  });
});
