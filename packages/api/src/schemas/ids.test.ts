import { describe, expect, it } from 'vitest';
import { DeviceId, MessageData, ObjectId, Year } from './ids.ts';

describe('ObjectId', () => {
  it('accepts 24 hexadecimal characters in either case', () => {
    expect(ObjectId.safeParse('4d3091a05ee16b3cc86699ab').success).toBe(true);
    expect(ObjectId.safeParse('4D3091A05EE16B3CC86699AB').success).toBe(true);
  });

  it('refuses other lengths and non-hex characters', () => {
    expect(ObjectId.safeParse('4d3091a05ee16b3cc86699a').success).toBe(false);
    expect(ObjectId.safeParse('4d3091a05ee16b3cc86699abc').success).toBe(false);
    expect(ObjectId.safeParse('4d3091a05ee16b3cc86699ag').success).toBe(false);
  });
});

describe('DeviceId', () => {
  it('accepts 1 to 8 hex digits in either case', () => {
    for (const id of ['0', '002C', '0b59', 'FFFFFFFF']) expect(DeviceId.safeParse(id).success).toBe(true);
  });

  it('refuses an empty id, more than 8 digits and non-hex characters', () => {
    for (const id of ['', '123456789', '00G1', '00 1', '../x'])
      expect(DeviceId.safeParse(id).success).toBe(false);
  });
});

describe('Year and MessageData', () => {
  it('accepts four-digit years only', () => {
    expect(Year.safeParse('2024').success).toBe(true);
    expect(Year.safeParse('24').success).toBe(false);
  });

  it('accepts 0 to 12 whole bytes of hex data', () => {
    expect(MessageData.safeParse('').success).toBe(true);
    expect(MessageData.safeParse('3235353843fc').success).toBe(true);
    expect(MessageData.safeParse('00'.repeat(12)).success).toBe(true);
    expect(MessageData.safeParse('00'.repeat(13)).success).toBe(false);
    expect(MessageData.safeParse('abc').success).toBe(false);
  });
});
