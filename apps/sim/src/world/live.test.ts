import { describe, expect, it } from 'vitest';
import { deviceStats, nextMessage, radioState } from './live.ts';
import { createRng } from './rng.ts';
import type { SimMessage } from './types.ts';
import { createWorld } from './world.ts';

const opts = { seed: 3, devices: 50, historyDays: 1, now: Date.UTC(2026, 10, 1) };
const world = createWorld(opts);

describe('live traffic', () => {
  it('continues the sequence number and wraps at 4096', () => {
    const device = world.devices.find((d) => d.bestTap !== undefined)!;
    const state = radioState(world, device, 4094);
    const rng = createRng(1);
    const seqs = [0, 1, 2, 3].map(
      (i) => nextMessage(world, device, state, opts.now / 1000 + i * 600, rng).seqNumber,
    );
    expect(seqs).toEqual([4094, 4095, 0, 1]);
    expect(state.seqNumber).toBe(2);
  });

  it("is deterministic for the same rng and heard by the device's stations", () => {
    const device = world.devices.find((d) => d.bestTap !== undefined)!;
    const a = nextMessage(world, device, radioState(world, device, 7), 1_800_000_000, createRng(5));
    const b = nextMessage(world, device, radioState(world, device, 7), 1_800_000_000, createRng(5));
    expect(a).toEqual(b);
    expect(a.device).toBe(device.id);
    expect(a.rinfos.length).toBeGreaterThan(0);
  });
});

describe('deviceStats', () => {
  it('averages SNR and best RSSI over the 25 most recent messages', () => {
    const msg = (time: number, snr: number, rssi: number): SimMessage => ({
      device: '1',
      time,
      seqNumber: 0,
      data: '',
      snr,
      linkQuality: 'GOOD',
      rinfos: [
        { tap: '0001', lat: 0, lng: 0, snr, rssi },
        { tap: '0002', lat: 0, lng: 0, snr: 1, rssi: rssi - 10 },
      ],
    });
    const old = Array.from({ length: 10 }, (_, i) => msg(i, 1, -140));
    const recent = Array.from({ length: 25 }, (_, i) => msg(100 + i, 10, -120));
    expect(deviceStats([...recent, ...old])).toEqual({ averageSnr: 10, averageRssi: -120 });
    expect(deviceStats([])).toEqual({ averageSnr: 0, averageRssi: 0 });
  });

  it('leaves messages nobody heard out of the RSSI average', () => {
    const heard: SimMessage = {
      device: '1',
      time: 2,
      seqNumber: 1,
      data: '',
      snr: 8,
      linkQuality: 'AVERAGE',
      rinfos: [{ tap: '0001', lat: 0, lng: 0, snr: 8, rssi: -130 }],
    };
    const unheard: SimMessage = { ...heard, time: 1, seqNumber: 0, rinfos: [] };
    expect(deviceStats([heard, unheard]).averageRssi).toBe(-130);
    expect(deviceStats([unheard]).averageRssi).toBe(0);
  });
});
