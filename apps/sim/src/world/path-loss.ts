import type { Environment } from './types.ts';

/**
 * Radio constants for RC1 (domain-notes.md, "Radio facts"): 868 MHz, device EIRP
 * 14 dBm typical, base-station sensitivity about -142 dBm, hence a 156 dB budget.
 */
export const FREQUENCY_MHZ = 868;
export const DEVICE_EIRP_DBM = 14;
export const SENSITIVITY_DBM = -142;
export const DEVICE_HEIGHT_M = 1.5;
/** Log-normal shadowing sigma; domain-notes gives 6 to 8 dB. */
export const SHADOWING_SIGMA_DB = 7;

const LOG_F = Math.log10(FREQUENCY_MHZ);
// Mobile-antenna correction a(hm) for a small/medium city (Hata 1980); ~0 dB at 1.5 m.
const A_HM = (1.1 * LOG_F - 0.7) * DEVICE_HEIGHT_M - (1.56 * LOG_F - 0.8);
const SUBURBAN_CORRECTION = 2 * Math.log10(FREQUENCY_MHZ / 28) ** 2 + 5.4;
const OPEN_CORRECTION = 4.78 * LOG_F ** 2 - 18.33 * LOG_F + 40.94;

/** Okumura-Hata as loss = intercept + slope * log10(d km), for one mast height and environment. */
export function hataCoefficients(
  baseHeightM: number,
  environment: Environment,
): { intercept: number; slope: number } {
  const logHb = Math.log10(baseHeightM);
  const urban = 69.55 + 26.16 * LOG_F - 13.82 * logHb - A_HM;
  const correction =
    environment === 'urban' ? 0 : environment === 'suburban' ? SUBURBAN_CORRECTION : OPEN_CORRECTION;
  return { intercept: urban - correction, slope: 44.9 - 6.55 * logHb };
}

/**
 * Okumura-Hata median path loss in dB at 868 MHz. The model is valid from 1 to
 * 20 km: closer than 1 km is clamped to 1 km (domain-notes.md); beyond 20 km it is
 * extrapolated, which keeps rural stations' reach finite and monotone.
 */
export function hataLoss(distanceKm: number, baseHeightM: number, environment: Environment): number {
  const { intercept, slope } = hataCoefficients(baseHeightM, environment);
  return intercept + slope * Math.log10(Math.max(1, distanceKm));
}

const KM_PER_DEG = 111.195;

/** Equirectangular distance in km: accurate to well under 1 % at the ranges that matter here (< 100 km). */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const x = (lng2 - lng1) * Math.cos(((lat1 + lat2) * Math.PI) / 360);
  const y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * KM_PER_DEG;
}

/** Degrees of latitude for a distance in km. */
export function kmToDegLat(km: number): number {
  return km / KM_PER_DEG;
}
