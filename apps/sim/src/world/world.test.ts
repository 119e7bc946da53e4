import { findTemplateProblems, parse } from '@sfc/payload';
import { describe, expect, it } from 'vitest';
import { createWorld } from './world.ts';

const opts = { seed: 11, devices: 2000, historyDays: 30, now: Date.UTC(2026, 10, 1) };
const world = createWorld(opts);
const OBJECT_ID = /^[0-9a-f]{24}$/;

describe('createWorld', () => {
  it('is byte-identical for the same seed and differs for another', () => {
    expect(JSON.stringify(createWorld(opts))).toBe(JSON.stringify(world));
    expect(JSON.stringify(createWorld({ ...opts, seed: 12 }))).not.toBe(JSON.stringify(world));
  });

  it('has a group tree at least three levels deep with consistent paths', () => {
    const byId = new Map(world.groups.map((g) => [g.id, g]));
    expect(Math.max(...world.groups.map((g) => g.path.length))).toBeGreaterThanOrEqual(3);
    expect(world.groups.filter((g) => g.path.length === 0)).toHaveLength(1);
    for (const g of world.groups) {
      expect(g.id).toMatch(OBJECT_ID);
      expect(g.nameCI).toBe(g.name.toLowerCase());
      const parent = g.path.at(-1);
      if (parent) expect(byId.get(parent)!.path).toEqual(g.path.slice(0, -1));
    }
  });

  it('has device types of all four payload types, Custom ones with configs that parse', () => {
    const types = new Set(world.deviceTypes.map((t) => t.payloadType));
    expect([...types].sort()).toEqual(['Custom', 'Geolocation', 'None', 'String']);
    for (const t of world.deviceTypes) {
      expect(t.keepAlive === 0 || t.keepAlive >= 1800).toBe(true);
      expect(world.groups.some((g) => g.id === t.group)).toBe(true);
      if (t.payloadType === 'Custom') expect(parse(t.payloadConfig ?? '').ok, t.name).toBe(true);
      if (t.payloadType === 'Geolocation') {
        expect(world.geolocConfigs.some((c) => c.id === t.geolocPayloadConfigId)).toBe(true);
      }
      if (t.downlinkDataString !== undefined) expect(t.downlinkDataString).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(world.deviceTypes.map((t) => t.group)).size).toBeGreaterThan(5);
  });

  it('has the requested number of devices with unique hex ids, PACs and sane tokens', () => {
    expect(world.devices).toHaveLength(2000);
    expect(new Set(world.devices.map((d) => d.id)).size).toBe(2000);
    for (const d of world.devices) {
      expect(d.id).toMatch(/^[0-9A-F]{1,8}$/);
      expect(d.pac).toMatch(/^[0-9A-F]{16}$/);
      if (d.tokenType === 'CONTRACT') expect(d.tokenEnd).toBeGreaterThan(d.activationTime!);
      if (d.tokenType === 'FREE') expect(d.freeMessages).toBeGreaterThanOrEqual(0);
      if (d.tokenType === undefined) expect(d.activationTime).toBeUndefined();
      if (d.state === 2) expect(d.tokenEnd).toBeLessThan(opts.now);
      if (d.tokenEnd !== undefined && d.tokenEnd <= opts.now) expect(d.state).toBe(2);
    }
  });

  it('mixes device states, token types and disabled, off-contract, silent and warn devices', () => {
    const states = new Set(world.devices.map((d) => d.state));
    expect([...states].sort()).toEqual([0, 1, 2, 3, 4]);
    const tokens = new Set(world.devices.map((d) => d.tokenType ?? 'none'));
    expect([...tokens].sort()).toEqual(['CONTRACT', 'FREE', 'none']);
  });

  it('ends history with a network incident going on, whose devices are in state 4', () => {
    for (const seed of [1, 2, 3, 4]) {
      const w = createWorld({ ...opts, seed, devices: 300, historyDays: 2 });
      const nowSec = opts.now / 1000;
      const ongoing = w.incidents.filter((x) => x.from <= nowSec && x.to > nowSec);
      expect(ongoing).toHaveLength(1);
      const behind = w.devices.filter(
        (d) => d.bestTap === ongoing[0]!.station && d.activationTime !== undefined,
      );
      expect(behind.some((d) => d.state === 4)).toBe(true);
      for (const d of w.devices) if (d.state === 4) expect(d.bestTap).toBe(ongoing[0]!.station);
    }
  });

  it('places devices within a few km of real cities with coverage', () => {
    const served = world.devices.filter((d) => d.bestTap !== undefined).length;
    expect(served / world.devices.length).toBeGreaterThan(0.97);
  });

  it('has callbacks of every channel, type and subtype, some failing', () => {
    const channels = new Set(world.callbacks.map((c) => c.channel));
    expect([...channels].sort()).toEqual(['BATCH_URL', 'EMAIL', 'URL']);
    const kinds = new Set(world.callbacks.map((c) => `${c.callbackType}/${c.callbackSubtype}`));
    expect([...kinds].sort()).toEqual(['0/2', '0/3', '1/0', '1/4', '1/5', '2/0']);
    expect(world.callbacks.filter((c) => c.failure).length).toBeGreaterThanOrEqual(3);
    expect(world.callbacks.some((c) => c.dead)).toBe(true);
    expect(world.callbacks.some((c) => !c.enabled)).toBe(true);
  });

  it('has callback templates that use only the variables of their type (@sfc/payload)', () => {
    for (const c of world.callbacks) {
      const { urlPattern, callbackSubtype, ...rest } = c;
      const def = {
        ...rest,
        url: urlPattern,
        callbackSubtype: c.callbackType === 2 ? undefined : callbackSubtype,
      };
      expect(findTemplateProblems(def), `${c.channel} ${c.callbackType}/${callbackSubtype}`).toEqual([]);
    }
  });

  it('has users with roles in existing groups and one credential per group', () => {
    expect(world.users.length).toBeGreaterThan(5);
    for (const u of world.users) {
      for (const r of u.userRoles) expect(world.groups.some((g) => g.id === r.groupId)).toBe(true);
    }
    expect(world.credentials.map((c) => c.groupId)).toEqual(world.groups.map((g) => g.id));
    expect(new Set(world.credentials.map((c) => c.login)).size).toBe(world.groups.length);
  });

  it('builds a 100,000-device world', () => {
    const big = createWorld({ ...opts, devices: 100_000, historyDays: 2 });
    expect(big.devices).toHaveLength(100_000);
    expect(new Set(big.devices.map((d) => d.id)).size).toBe(100_000);
    // A generous limit: about 1 s of CPU, which a loaded 2-core CI machine can stretch.
  }, 30_000);
});
