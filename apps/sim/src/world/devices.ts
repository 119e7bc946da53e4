import { CITIES, type City } from './cities.ts';
import { PENETRATION_LOSS_DB, bestStation } from './coverage.ts';
import { deviceId, hexString } from './ids.ts';
import { modelByKey } from './models.ts';
import { distanceKm } from './path-loss.ts';
import { offsetKm, round6 } from './position.ts';
import type { BaseStation, Rng, SimDevice, SimDeviceType, WorldOptions } from './types.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

export interface PlacedType {
  type: SimDeviceType;
  cities: readonly string[];
  /** Share of devices. */
  weight: number;
  freeTokens: boolean;
}

/**
 * Devices scattered a few km around real cities, retried a few times until at
 * least one station hears them with a 3 dB margin in their installation mode (a
 * customer does not deploy where there is no coverage), with a token mix and the
 * occasional disabled, off-contract or silent device.
 */
export function createDevices(
  rng: Rng,
  opts: WorldOptions,
  types: readonly PlacedType[],
  stations: readonly BaseStation[],
): SimDevice[] {
  const totalWeight = types.reduce((sum, t) => sum + t.weight, 0);
  const cityOf = new Map(CITIES.map((c) => [c.name, c]));
  const nearby = new Map<string, BaseStation[]>();
  for (const city of CITIES) {
    nearby.set(
      city.name,
      stations.filter((s) => distanceKm(city.lat, city.lng, s.lat, s.lng) < 100),
    );
  }
  const citiesOf = new Map(types.map((t) => [t, t.cities.map((name) => cityOf.get(name)!)]));
  const perCity = new Map<string, number>();
  const idOffset = rng.int(0x010000, 0xffffff);
  const startMs = opts.now - opts.historyDays * DAY_MS;
  const out: SimDevice[] = [];
  for (let i = 0; i < opts.devices; i++) {
    let r = rng.next() * totalWeight;
    let placed = types[types.length - 1]!;
    for (const t of types) {
      r -= t.weight;
      if (r < 0) {
        placed = t;
        break;
      }
    }
    const model = modelByKey(placed.type.model);
    const city = pickBySize(rng, citiesOf.get(placed)!);
    const candidates = nearby.get(city.name)!;
    const loss = PENETRATION_LOSS_DB[model.mode];
    let pos = scatter(rng, city);
    let best = bestStation(candidates, pos.lat, pos.lng, loss, 3);
    for (let attempt = 0; attempt < 8 && !best; attempt++) {
      pos = scatter(rng, city);
      best = bestStation(candidates, pos.lat, pos.lng, loss, 3);
    }
    const n = (perCity.get(city.name) ?? 0) + 1;
    perCity.set(city.name, n);
    const device: SimDevice = {
      id: deviceId(i, idOffset),
      name: `${city.name} ${n}`,
      type: placed.type.id,
      pac: hexString(rng, 16).toUpperCase(),
      preventRenewal: rng.chance(0.05),
      state: 0,
      messageIntervalSec: model.intervalSec,
      firstSeqNumber: rng.int(0, 4095),
      homeLat: pos.lat,
      homeLng: pos.lng,
      mode: model.mode,
    };
    if (!model.moving && rng.chance(0.9)) {
      device.lat = pos.lat;
      device.lng = pos.lng;
    }
    if (best) device.bestTap = best.id;
    assignToken(rng, device, placed, opts, startMs);
    out.push(device);
  }
  return out;
}

function assignToken(rng: Rng, device: SimDevice, placed: PlacedType, opts: WorldOptions, startMs: number) {
  const roll = rng.next();
  if (roll < 0.02) return; // registered, never activated: no token ("Not communicated")
  device.contractId = placed.type.contract;
  const recent = rng.chance(0.1);
  device.activationTime = recent
    ? Math.floor(startMs + rng.float(0, 0.8) * (opts.now - startMs))
    : Math.floor(startMs - rng.float(1, 700) * DAY_MS);
  if (placed.freeTokens || roll < 0.1) {
    device.tokenType = 'FREE';
    device.freeMessages = rng.int(0, 140);
  } else {
    device.tokenType = 'CONTRACT';
    let end = device.activationTime + rng.int(1, 3) * YEAR_MS;
    // A token renews for a year when it ends, unless renewal is prevented (preventRenewal).
    while (end <= opts.now && !device.preventRenewal) end += YEAR_MS;
    device.tokenEnd = end;
    if (end <= opts.now) {
      device.state = 2;
      device.silentSince = Math.floor(end / 1000);
      return;
    }
  }
  const fate = rng.next();
  const activeFrom = Math.max(startMs, device.activationTime);
  const within = (lo: number, hi: number) =>
    Math.floor((activeFrom + rng.float(lo, hi) * (opts.now - activeFrom)) / 1000);
  if (fate < 0.005) {
    device.state = 3;
    device.silentSince = within(0.2, 0.9);
  } else if (fate < 0.015 && device.tokenType === 'CONTRACT') {
    // The token ran out during history and was not renewed: off contract from then on.
    device.state = 2;
    device.preventRenewal = true;
    device.silentSince = within(0.2, 0.8);
    device.tokenEnd = device.silentSince * 1000;
  } else if (fate < 0.035 && placed.type.keepAlive > 0) {
    // Silent early enough for the keep-alive to expire before `now`: the ERROR event exists.
    const latest = Math.floor(opts.now / 1000) - placed.type.keepAlive - device.messageIntervalSec;
    const since = Math.min(within(0.1, 0.6), latest);
    if (since > activeFrom / 1000 + device.messageIntervalSec) {
      device.state = 1;
      device.silentSince = since;
    }
  }
}

function pickBySize(rng: Rng, cities: readonly City[]): City {
  const total = cities.reduce((sum, c) => sum + c.size * c.size, 0);
  let r = rng.next() * total;
  for (const c of cities) {
    r -= c.size * c.size;
    if (r < 0) return c;
  }
  return cities[cities.length - 1]!;
}

function scatter(rng: Rng, city: City): { lat: number; lng: number } {
  const km = Math.abs(rng.normal(0, 1 + city.size));
  const p = offsetKm(city.lat, city.lng, km, rng.float(0, 2 * Math.PI));
  return { lat: round6(p.lat), lng: round6(p.lng) };
}
