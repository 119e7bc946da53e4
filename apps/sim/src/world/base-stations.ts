import { CITIES } from './cities.ts';
import { kmToDegLat } from './path-loss.ts';
import type { BaseStation, Environment, Rng } from './types.ts';

/**
 * A few hundred base stations, denser where the devices are: per city, urban
 * rooftop sites within ~3 km, suburban ones on a 4-12 km ring, and rural masts
 * 20-45 km out. Heights are around the 30 m of the Hata reference.
 */
const URBAN_PER_SIZE = [0, 3, 4, 6] as const;
const SUBURBAN_PER_SIZE = [0, 1, 2, 3] as const;
const RURAL_PER_SIZE = [0, 1, 1, 1] as const;

export function createBaseStations(rng: Rng): BaseStation[] {
  const stations: BaseStation[] = [];
  // Station ids are 4 hex digits, unique: a shuffled walk from a random start.
  let nextId = rng.int(0x0100, 0x3fff);
  const add = (lat: number, lng: number, minKm: number, maxKm: number, env: Environment, h: number) => {
    const r = Math.sqrt(rng.float(minKm * minKm, maxKm * maxKm));
    const theta = rng.float(0, 2 * Math.PI);
    const dLat = kmToDegLat(r * Math.sin(theta));
    const dLng = kmToDegLat(r * Math.cos(theta)) / Math.cos((lat * Math.PI) / 180);
    nextId += rng.int(1, 37);
    stations.push({
      id: nextId.toString(16).toUpperCase().padStart(4, '0'),
      lat: round5(lat + dLat),
      lng: round5(lng + dLng),
      heightM: h + rng.int(-6, 8),
      environment: env,
    });
  };
  for (const city of CITIES) {
    for (let i = 0; i < URBAN_PER_SIZE[city.size]; i++) add(city.lat, city.lng, 0, 3, 'urban', 30);
    for (let i = 0; i < SUBURBAN_PER_SIZE[city.size]; i++) add(city.lat, city.lng, 4, 12, 'suburban', 30);
    for (let i = 0; i < RURAL_PER_SIZE[city.size]; i++) add(city.lat, city.lng, 20, 45, 'open', 40);
  }
  return stations;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
