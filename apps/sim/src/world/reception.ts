import { linkQuality } from './coverage.ts';
import { SENSITIVITY_DBM } from './path-loss.ts';
import type { LinkQuality, Rng, SimReception, StationLink } from './types.ts';

/** Per-message fast fading around the mean (shadowing is already in the mean). */
export const FADING_SIGMA_DB = 3;
/** Links weaker than this on average are never heard, even with fading (4 sigma). */
export const LINK_FLOOR_DBM = SENSITIVITY_DBM - 4 * FADING_SIGMA_DB;

export interface Received {
  rinfos: SimReception[];
  snr: number;
  bestRssi: number;
  linkQuality: LinkQuality;
}

/**
 * SNR from the margin above sensitivity, plausible rather than calibrated: about
 * 4 dB at sensitivity, +0.6 dB per dB of margin, ±1 dB, capped at 45 dB. It fills
 * all four SNR classes of the device list filter (0-10, 10-13, 13-20, > 20 dB,
 * reference "Devices for a given device type"); the reference's device examples
 * (8-9 dB at -126/-115 dBm) are lower than this gives there (14-20 dB).
 */
function snrOf(rssi: number, rng: Rng): number {
  const snr = 4 + 0.6 * (rssi - SENSITIVITY_DBM) + rng.normal(0, 1);
  return Math.round(Math.min(45, Math.max(0.5, snr)) * 100) / 100;
}

/**
 * Which stations hear one uplink: each link's mean RSSI plus fading, kept when
 * above sensitivity. `degraded` stations (network incidents) hear nothing.
 * Returns undefined when no station heard the message (it is lost).
 */
export function receive(
  links: readonly StationLink[],
  rng: Rng,
  degraded?: (tap: string) => boolean,
): Received | undefined {
  const rinfos: SimReception[] = [];
  let bestRssi = Number.NEGATIVE_INFINITY;
  let bestSnr = 0;
  for (const link of links) {
    // Links are sorted strongest first: once the mean is under the floor, none can be heard.
    if (link.meanRssi < LINK_FLOOR_DBM) break;
    const rssi = Math.round((link.meanRssi + rng.normal(0, FADING_SIGMA_DB)) * 10) / 10;
    if (rssi <= SENSITIVITY_DBM) continue;
    const station = link.station;
    if (degraded?.(station.id)) continue;
    const snr = snrOf(rssi, rng);
    rinfos.push({ tap: station.id, lat: Math.round(station.lat), lng: Math.round(station.lng), snr, rssi });
    if (rssi > bestRssi) bestRssi = rssi;
    if (snr > bestSnr) bestSnr = snr;
  }
  if (rinfos.length === 0) return undefined;
  rinfos.sort((a, b) => b.rssi - a.rssi);
  return { rinfos, snr: bestSnr, bestRssi, linkQuality: linkQuality(bestRssi, rinfos.length) };
}
