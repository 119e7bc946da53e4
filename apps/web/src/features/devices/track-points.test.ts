import type { Location } from '@sfc/api';
import { describe, expect, it } from 'vitest';
import { formatShort } from '../../lib/time.ts';
import { keySecond, messageKey, namesMessage } from './message-key.ts';
import { messageSecond, pointLabel, radiusText, trackPoints } from './track-points.ts';

// As the API lists them: newest first, one estimation missing.
const locations: Location[] = [
  { time: 1_700_007_200_500, valid: true, lat: 45.76, lng: 4.84, radius: 360 },
  { time: 1_700_003_600_000, valid: false },
  { time: 1_700_000_000_000, valid: true, lat: 45.75, lng: 4.83, radius: 0 },
];

describe('trackPoints', () => {
  it('keeps the valid positions, oldest first', () => {
    expect(trackPoints(locations).map((p) => [p.time, p.lat, p.lng, p.radius])).toEqual([
      [1_700_000_000_000, 45.75, 4.83, 0],
      [1_700_007_200_500, 45.76, 4.84, 360],
    ]);
  });

  it('leaves out a location marked valid but without a position', () => {
    expect(trackPoints([{ time: 1, valid: true, lat: 45 }])).toEqual([]);
  });
});

describe('labels', () => {
  it('names a point by its time and precision', () => {
    const [gps, estimate] = trackPoints(locations);
    const when = (ms: number) => formatShort(new Date(ms));
    expect(estimate && pointLabel(estimate)).toBe(`Location at ${when(1_700_007_200_500)} (±360 m)`);
    expect(gps && pointLabel(gps)).toBe(`Location at ${when(1_700_000_000_000)} (GPS)`);
    expect(radiusText(undefined)).toBe('—');
  });
});

describe('a location leads to its message', () => {
  const message = { device: '1A2B', time: 1_700_007_200, data: '01', seqNumber: 7 };

  it('by the second of its time in milliseconds', () => {
    expect(messageSecond({ time: 1_700_007_200_500 })).toBe(1_700_007_200);
    expect(namesMessage(String(messageSecond({ time: 1_700_007_200_500 })), message)).toBe(true);
    expect(namesMessage('1700007201', message)).toBe(false);
  });

  it('reads the second from a full message key and from a second alone', () => {
    expect(namesMessage(messageKey(message), message)).toBe(true);
    expect(keySecond(messageKey(message))).toBe(1_700_007_200);
    expect(keySecond('1700007200')).toBe(1_700_007_200);
    expect(keySecond('garbage')).toBeUndefined();
  });
});
