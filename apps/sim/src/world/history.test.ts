import { createHash } from 'node:crypto';
import { decode } from '@sfc/payload';
import { describe, expect, it } from 'vitest';
import { linkQuality } from './coverage.ts';
import { history } from './history.ts';
import type { HistoryItem, SimCallbackError, SimMessage, SimStatusEvent } from './types.ts';
import { createWorld } from './world.ts';

const opts = { seed: 5, devices: 300, historyDays: 20, now: Date.UTC(2026, 10, 1) };
const world = createWorld(opts);
const items: HistoryItem[] = [...history(world, opts)];
const messages: SimMessage[] = [];
const events: SimStatusEvent[] = [];
const errors: SimCallbackError[] = [];
for (const item of items) {
  if (item.kind === 'message') messages.push(item.message);
  else if (item.kind === 'event') events.push(item.event);
  else errors.push(item.error);
}
const byDevice = new Map<string, SimMessage[]>();
for (const m of messages) byDevice.set(m.device, [...(byDevice.get(m.device) ?? []), m]);
const typeOf = new Map(world.devices.map((d) => [d.id, world.deviceTypes.find((t) => t.id === d.type)!]));

describe('history', () => {
  it('is byte-identical for the same seed', () => {
    const digest = (list: Iterable<HistoryItem>) => {
      const hash = createHash('sha256');
      for (const item of list) hash.update(JSON.stringify(item));
      return hash.digest('hex');
    };
    expect(digest(history(createWorld(opts), opts))).toBe(digest(items));
  });

  it('is empty for an empty history window', () => {
    const none = { ...opts, devices: 20, historyDays: 0 };
    expect([...history(createWorld(none), none)]).toEqual([]);
  });

  it('produces several messages a day per device, inside the history window', () => {
    const perDeviceDay = messages.length / opts.devices / opts.historyDays;
    expect(perDeviceDay).toBeGreaterThan(4);
    expect(perDeviceDay).toBeLessThan(15);
    const start = opts.now / 1000 - opts.historyDays * 86400;
    const times = messages.map((m) => m.time);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(start);
    expect(Math.max(...times)).toBeLessThan(opts.now / 1000);
  });

  // Per-item checks collect the offenders and assert once: a list reads better than 60k expect calls.
  it('keeps each device time-ascending with 12-bit sequence numbers that wrap', () => {
    let wraps = 0;
    const bad: string[] = [];
    for (const list of byDevice.values()) {
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!];
        const step = (b.seqNumber - a.seqNumber + 4096) % 4096;
        if (b.time <= a.time || b.seqNumber < 0 || b.seqNumber > 4095 || step < 1)
          bad.push(`${b.device}@${b.time}`);
        if (b.seqNumber < a.seqNumber) wraps++;
      }
    }
    expect(bad).toEqual([]);
    expect(wraps).toBeGreaterThan(0);
  });

  it("streams each device's messages, ERROR events and callback errors in time order", () => {
    const lastTime = new Map<string, number>();
    const late: string[] = [];
    for (const item of items) {
      const [device, ms] =
        item.kind === 'message'
          ? [item.message.device, item.message.time * 1000]
          : item.kind === 'callbackError'
            ? [item.error.device, item.error.time * 1000]
            : [item.event.deviceId, item.event.time];
      if (device === undefined) continue; // WARN events name several devices and come first
      if (ms < (lastTime.get(device) ?? 0)) late.push(`${item.kind} ${device}@${ms}`);
      lastTime.set(device, ms);
    }
    expect(late).toEqual([]);
  });

  it('decodes every Custom payload with @sfc/payload and keeps payloads within 12 bytes', () => {
    const bad: string[] = [];
    let custom = 0;
    for (const m of messages) {
      if (!/^(?:[0-9a-f]{2}){0,12}$/.test(m.data)) bad.push(m.data);
      const type = typeOf.get(m.device)!;
      if (type.payloadType !== 'Custom') continue;
      custom++;
      const decoded = decode(type.payloadConfig!, m.data);
      const fields = type.payloadConfig!.split(' ').length;
      if (decoded.warnings.length > 0 || Object.keys(decoded.values).length !== fields) bad.push(m.data);
    }
    expect(bad).toEqual([]);
    expect(custom).toBeGreaterThan(messages.length / 2);
  });

  it('gives each message receptions from nearby stations and the documented link quality', () => {
    const taps = new Map(world.baseStations.map((s) => [s.id, s]));
    const bad: string[] = [];
    for (const m of messages) {
      const best = Math.max(...m.rinfos.map((r) => r.rssi));
      const ok =
        m.rinfos.length > 0 &&
        m.linkQuality === linkQuality(best, m.rinfos.length) &&
        m.snr === Math.max(...m.rinfos.map((r) => r.snr)) &&
        m.rinfos.every((r) => r.lat === Math.round(taps.get(r.tap)!.lat) && r.rssi > -142);
      if (!ok) bad.push(`${m.device}@${m.time}`);
    }
    expect(bad).toEqual([]);
    expect(new Set(messages.map((m) => m.linkQuality)).size).toBe(4);
  });

  it("locates Geolocation devices by GPS and Spot'it contracts with a wider radius", () => {
    const gps = messages.filter((m) => typeOf.get(m.device)!.payloadType === 'Geolocation');
    expect(gps.length).toBeGreaterThan(0);
    for (const m of gps) expect(m.computedLocation!.radius).toBeLessThanOrEqual(40);
    const spotit = messages.filter((m) => typeOf.get(m.device)!.name === 'Fleet tracker FT-2');
    expect(spotit.length).toBeGreaterThan(0);
    for (const m of spotit) expect(m.computedLocation!.radius).toBeGreaterThanOrEqual(500);
    const plain = messages.filter((m) => typeOf.get(m.device)!.payloadType === 'String');
    for (const m of plain) expect(m.computedLocation).toBeUndefined();
  });

  it('raises an ERROR event for every silent device once its keep-alive passed', () => {
    const silent = world.devices.filter((d) => d.state === 1);
    expect(silent.length).toBeGreaterThan(0);
    for (const d of silent) {
      const last = byDevice.get(d.id)!.at(-1)!;
      const event = events.find((e) => e.deviceId === d.id && e.time >= last.time * 1000);
      expect(event, d.id).toBeDefined();
      expect(event!.severity).toBe('ERROR');
      expect(event!.time).toBeLessThanOrEqual(opts.now);
      const delay = Math.floor(event!.time / 1000) - last.time - typeOf.get(d.id)!.keepAlive;
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(60);
    }
  });

  it('reports status events through the ERROR callbacks of their device type', () => {
    const errorCallbacks = (typeId: string) =>
      world.callbacks.filter((c) => c.deviceType === typeId && c.callbackType === 2 && c.enabled);
    for (const e of events) {
      const expected = errorCallbacks(e.deviceTypeId);
      expect(e.callbacks ?? []).toHaveLength(expected.length);
      for (const [i, cb] of (e.callbacks ?? []).entries()) {
        const def = expected[i]!;
        expect('url' in cb).toBe(def.channel === 'URL');
        if ('url' in cb) expect(cb.url).toContain(e.deviceId ?? e.deviceIds![0]!);
      }
    }
    expect(events.some((e) => e.callbacks?.some((c) => 'url' in c))).toBe(true);
  });

  it('raises WARN events listing the devices behind a degraded station', () => {
    const warns = events.filter((e) => e.severity === 'WARN');
    expect(warns.length).toBeGreaterThan(0);
    for (const e of warns) {
      for (const id of e.deviceIds!) {
        const d = world.devices.find((x) => x.id === id)!;
        expect(d.type).toBe(e.deviceTypeId);
        expect(world.incidents.some((x) => x.station === d.bestTap)).toBe(true);
      }
    }
  });

  it("records callback errors only for messages inside a failing callback's windows", () => {
    expect(errors.length).toBeGreaterThan(0);
    const callbacks = new Map(world.callbacks.map((c) => [c.id, c]));
    for (const e of errors) {
      const cb = callbacks.get(e.callbackId)!;
      expect(cb.enabled).toBe(true);
      expect(cb.failure!.windows.some(([from, to]) => e.time >= from && e.time < to)).toBe(true);
      expect(e.status).toBe(cb.failure!.status);
      const m = byDevice.get(e.device)!.find((x) => x.time === e.time)!;
      expect(e.data).toBe(m.data);
      if (cb.channel !== 'EMAIL') expect(e.callback.url).not.toContain('{');
    }
  });
});
