import { describe, expect, it } from 'vitest';
import { createRng, createWorld, nextMessage, radioState } from '../world/index.ts';
import { worldSource } from './source.ts';

describe('worldSource', () => {
  it('makes the world’s message, with the coverage mode the world gave the device', () => {
    const world = createWorld({ seed: 3, devices: 60, historyDays: 1, now: Date.UTC(2026, 0, 1) });
    const device = world.devices.find((d) => d.mode !== 'INDOOR');
    if (device === undefined) throw new Error('the world has only INDOOR devices');
    const timeSec = Date.UTC(2026, 0, 1) / 1000 + 60;
    const expected = nextMessage(world, device, radioState(world, device, 7), timeSec, createRng(9));
    // As read back from the database, which has no mode column: INDOOR by default.
    const stored = { ...device, mode: 'INDOOR' as const };
    expect(worldSource(world, createRng(9)).next(stored, 7, timeSec)).toEqual(expected);
  });
});
