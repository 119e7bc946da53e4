import {
  DEVICE_EIRP_DBM,
  SENSITIVITY_DBM,
  SHADOWING_SIGMA_DB,
  distanceKm,
  hataCoefficients,
  kmToDegLat,
} from './path-loss.ts';
import { hashInts, hashNormal } from './rng.ts';
import type { BaseStation, CoverageMode, LinkQuality, StationLink } from './types.ts';

/** Penetration loss per coverage mode (domain-notes.md, "Radio facts"). */
export const PENETRATION_LOSS_DB: Readonly<Record<CoverageMode, number>> = {
  OUTDOOR: 0,
  INDOOR: 20,
  UNDERGROUND: 30,
};

/**
 * No station hears beyond 80 km: a practical horizon rather than a model result.
 * At 80 km an urban station is 37 dB (over 5 sigma) short of the budget, but Hata
 * extrapolated for open areas would still leave a rural mast a ~10 % chance; real
 * rural Sigfox links top out around 40-50 km, so the cut errs on the realistic side.
 */
const MAX_REACH_KM = 80;
const REACH_DEG_LAT = kmToDegLat(MAX_REACH_KM);

// Shadowing is a property of a place, not of a query: positions are rounded to
// 0.001 degree (about 100 m) so that the same point always gives the same answer.
const GRID = 1000;

/** Per-station constants, derived once: hash key and Hata coefficients. */
interface StationModel {
  key: number;
  intercept: number;
  slope: number;
}

const stationModels = new WeakMap<BaseStation, StationModel>();

function modelOf(station: BaseStation): StationModel {
  let model = stationModels.get(station);
  if (!model) {
    const { intercept, slope } = hataCoefficients(station.heightM, station.environment);
    model = { key: Number.parseInt(station.id, 16), intercept, slope };
    stationModels.set(station, model);
  }
  return model;
}

/** Deterministic log-normal shadowing (dB) between a station and a point. */
export function shadowingDb(station: BaseStation, lat: number, lng: number): number {
  const cell = hashInts(modelOf(station).key, Math.round(lat * GRID), Math.round(lng * GRID));
  return SHADOWING_SIGMA_DB * hashNormal(cell);
}

/** Mean received power (dBm) at a station for an outdoor device at (lat, lng); -Infinity out of reach. */
export function meanRssi(station: BaseStation, lat: number, lng: number): number {
  const dLat = station.lat - lat;
  if (dLat > REACH_DEG_LAT || dLat < -REACH_DEG_LAT) return Number.NEGATIVE_INFINITY;
  const d = distanceKm(lat, lng, station.lat, station.lng);
  if (d > MAX_REACH_KM) return Number.NEGATIVE_INFINITY;
  const model = modelOf(station);
  const loss = model.intercept + model.slope * Math.log10(Math.max(1, d));
  return DEVICE_EIRP_DBM - loss + shadowingDb(station, lat, lng);
}

/**
 * Stations whose mean RSSI, after `extraLossDb` (penetration), is above
 * `floorDbm`; strongest first. Live and historical receptions draw their per-message
 * fading around these means.
 */
export function linksAt(
  stations: readonly BaseStation[],
  lat: number,
  lng: number,
  extraLossDb: number,
  floorDbm: number,
): StationLink[] {
  const links: StationLink[] = [];
  for (const station of stations) {
    const rssi = meanRssi(station, lat, lng) - extraLossDb;
    if (rssi > floorDbm) links.push({ station, meanRssi: rssi });
  }
  links.sort((x, y) => y.meanRssi - x.meanRssi || (x.station.id < y.station.id ? -1 : 1));
  return links;
}

/** The station heard best at (lat, lng) with more than `marginDb` of margin after `extraLossDb`, if any. */
export function bestStation(
  stations: readonly BaseStation[],
  lat: number,
  lng: number,
  extraLossDb: number,
  marginDb: number,
): BaseStation | undefined {
  let best: BaseStation | undefined;
  let bestRssi = SENSITIVITY_DBM + extraLossDb + marginDb;
  for (const station of stations) {
    const rssi = meanRssi(station, lat, lng);
    if (rssi > bestRssi) {
      best = station;
      bestRssi = rssi;
    }
  }
  return best;
}

/**
 * Coverage redundancy (domain-notes.md): margin_i = RSSI_i - sensitivity - loss(mode),
 * redundancy = min(3, count of margin_i > 0).
 */
export function redundancy(
  stations: readonly BaseStation[],
  lat: number,
  lng: number,
  mode: CoverageMode,
): 0 | 1 | 2 | 3 {
  const loss = PENETRATION_LOSS_DB[mode];
  let count = 0;
  for (const station of stations) {
    if (meanRssi(station, lat, lng) - SENSITIVITY_DBM - loss > 0) {
      count++;
      if (count === 3) return 3;
    }
  }
  return count as 0 | 1 | 2;
}

/**
 * Link quality from the best RSSI and the number of stations that heard the
 * message (domain-notes.md, RC1 thresholds): LIMIT at or below -135 dBm; above
 * -122 dBm it is EXCELLENT with 3 stations, GOOD with fewer; in between GOOD with 3
 * stations, AVERAGE with fewer.
 */
export function linkQuality(bestRssi: number, stationCount: number): LinkQuality {
  if (bestRssi <= -135 || stationCount <= 0) return 'LIMIT';
  if (bestRssi > -122) return stationCount >= 3 ? 'EXCELLENT' : 'GOOD';
  return stationCount >= 3 ? 'GOOD' : 'AVERAGE';
}
