import type { DecodedValue } from '@sfc/payload';
import type { CoverageMode, PayloadType, Rng } from './types.ts';

/** What a payload generator knows when a device sends. */
export interface PayloadContext {
  /** A per-device constant hash: devices of a model differ but stay the same across runs. */
  key: number;
  timeSec: number;
  /** The device's position at that time (trackers move). */
  lat: number;
  lng: number;
  /** GPS fix accuracy in metres (Geolocation devices report it; computedLocation uses it as radius). */
  accuracyM: number;
  rng: Rng;
}

export type PayloadValues = Record<string, DecodedValue>;

/**
 * A kind of device: its payload, cadence and installation. Device types are
 * instances of a model owned by a group; the cadences average about 8 uplinks a
 * day per device, well under the ~140 a day the duty cycle allows (domain-notes.md).
 */
export interface DeviceModel {
  key: string;
  payloadType: PayloadType;
  /** Custom: the type's payloadConfig. Geolocation: the layout of the geoloc config. */
  payloadConfig?: string;
  intervalSec: number;
  /** Share of devices. */
  weight: number;
  mode: CoverageMode;
  /** Seconds, 0 or >= 1800 (reference, "Device type edition"). */
  keepAlive: number;
  /** Asks for one downlink a day (bidirectional messages). */
  downlink: boolean;
  /** Trackers wander around their home position. */
  moving: boolean;
  values?: (ctx: PayloadContext) => PayloadValues;
  /** String payloads: ASCII text of at most 12 characters. */
  text?: (ctx: PayloadContext) => string;
}

const DAY = 86400;
const frac = (key: number, shift: number): number => ((key >>> shift) & 0xff) / 255;
const diurnal = (timeSec: number): number => Math.sin((2 * Math.PI * (timeSec % DAY)) / DAY - Math.PI / 2);
/** Battery level 0..1, slowly draining with time and different per device. */
const battery = (key: number, timeSec: number): number =>
  Math.max(0.05, 0.95 - frac(key, 8) * 0.5 - ((timeSec / DAY) % 3650) * 0.00005);

export const GPS_LAYOUT = 'lat::int:32 lng::int:32 acc::uint:8 batt::uint:8';

export const MODELS: readonly DeviceModel[] = [
  {
    // Cold-chain sensor: tenths of a degree, humidity %, battery 0..15, alarm above 8 °C.
    key: 'climate',
    payloadType: 'Custom',
    payloadConfig: 'temp::int:16 hum::uint:8 batt::uint:4:7 alarm::bool:3 door::bool:2',
    intervalSec: 3 * 3600,
    weight: 30,
    mode: 'INDOOR',
    keepAlive: 12 * 3600,
    downlink: false,
    moving: false,
    values: ({ key, timeSec, rng }) => {
      const celsius =
        3 + frac(key, 0) * 3 + 1.5 * diurnal(timeSec) + rng.normal(0, 0.4) + (rng.chance(0.01) ? 6 : 0);
      return {
        temp: Math.round(celsius * 10),
        hum: Math.min(100, Math.max(0, Math.round(60 + frac(key, 16) * 25 - 8 * diurnal(timeSec)))),
        batt: Math.round(battery(key, timeSec) * 15),
        alarm: celsius > 8,
        door: rng.chance(0.03),
      };
    },
  },
  {
    // Water meter: little-endian litre index and l/h flow, as many metering ASICs send them.
    key: 'water',
    payloadType: 'Custom',
    payloadConfig:
      'index::uint:32:little-endian flow::uint:16:little-endian leak::bool:7 backflow::bool:6 tamper::bool:5',
    intervalSec: 6 * 3600,
    weight: 20,
    mode: 'UNDERGROUND',
    keepAlive: DAY,
    downlink: false,
    moving: false,
    values: ({ key, timeSec, rng }) => {
      const litresPerHour = 5 + frac(key, 0) * 40;
      return {
        index: Math.floor((key % 500000) + (timeSec / 3600) * litresPerHour) % 2 ** 32,
        flow: Math.max(0, Math.round(litresPerHour * (1 + diurnal(timeSec)) + rng.normal(0, 3))),
        leak: frac(key, 16) < 0.03,
        backflow: rng.chance(0.005),
        tamper: rng.chance(0.002),
      };
    },
  },
  {
    // Energy meter: index in 0.1 kWh (24 bits, wraps), W, volts as a float, phase, relay.
    key: 'energy',
    payloadType: 'Custom',
    payloadConfig: 'kwh::uint:24 power::uint:16 voltage::float:32 phase::uint:2:7 relay::bool:5',
    intervalSec: 4 * 3600,
    weight: 10,
    mode: 'INDOOR',
    keepAlive: 12 * 3600,
    downlink: true,
    moving: false,
    values: ({ key, timeSec, rng }) => {
      const watts = 300 + frac(key, 0) * 2000;
      return {
        kwh: Math.floor((key % 100000) + (timeSec / 3600) * (watts / 100)) % 2 ** 24,
        power: Math.max(0, Math.round(watts * (1 + 0.6 * diurnal(timeSec)) + rng.normal(0, 40))),
        voltage: Math.fround(Math.round((230 + rng.normal(0, 3)) * 10) / 10),
        phase: 1 + (key % 3),
        relay: frac(key, 24) > 0.05,
      };
    },
  },
  {
    // Parking spot: occupancy bit, then a magnetometer reading starting at byte 1.
    key: 'parking',
    payloadType: 'Custom',
    payloadConfig: 'occupied::bool:7 mag:1:int:16 temp::int:8 batt::uint:8',
    intervalSec: 3 * 3600,
    weight: 10,
    mode: 'OUTDOOR',
    keepAlive: 12 * 3600,
    downlink: false,
    moving: false,
    values: ({ key, timeSec, rng }) => {
      const occupied = rng.chance(0.35 + 0.3 * diurnal(timeSec + 4 * 3600));
      return {
        occupied,
        mag: Math.round((occupied ? 900 : 40) + rng.normal(0, 25)),
        temp: Math.round(12 + 8 * diurnal(timeSec) + rng.normal(0, 1)),
        batt: Math.round(battery(key, timeSec) * 100),
      };
    },
  },
  {
    // Fleet tracker: 24-bit position in 1e-4 degrees (~11 m), satellites and motion in byte 6, battery at byte 7.
    key: 'fleet',
    payloadType: 'Custom',
    payloadConfig: 'lat::int:24 lng::int:24 sats::uint:4:7 moving::bool:3 batt:7:uint:8',
    intervalSec: 3600,
    weight: 5,
    mode: 'OUTDOOR',
    keepAlive: 6 * 3600,
    downlink: false,
    moving: true,
    values: ({ key, timeSec, lat, lng, rng }) => ({
      lat: Math.round(lat * 1e4),
      lng: Math.round(lng * 1e4),
      sats: rng.int(4, 12),
      moving: rng.chance(0.4),
      batt: Math.round(battery(key, timeSec) * 100),
    }),
  },
  {
    // Pallet tracker with the Geolocation payload type: microdegrees, accuracy (m), battery %.
    key: 'asset',
    payloadType: 'Geolocation',
    payloadConfig: GPS_LAYOUT,
    intervalSec: 2 * 3600,
    weight: 5,
    mode: 'OUTDOOR',
    keepAlive: 0,
    downlink: false,
    moving: true,
    values: ({ key, timeSec, lat, lng, accuracyM }) => ({
      lat: Math.round(lat * 1e6),
      lng: Math.round(lng * 1e6),
      acc: accuracyM,
      batt: Math.round(battery(key, timeSec) * 100),
    }),
  },
  {
    // Panic button: heartbeats, battery reports, now and then a press.
    key: 'button',
    payloadType: 'String',
    intervalSec: 6 * 3600,
    weight: 10,
    mode: 'INDOOR',
    keepAlive: DAY,
    downlink: true,
    moving: false,
    text: ({ key, timeSec, rng }) => {
      if (rng.chance(0.05)) return `BTN:${rng.int(1, 3)}`;
      if (rng.chance(0.2)) return `BAT:${Math.round(battery(key, timeSec) * 100)}`;
      return 'HB';
    },
  },
  {
    // Development kit: free-form bytes, as a maker's test firmware sends them.
    key: 'devkit',
    payloadType: 'None',
    intervalSec: 3600,
    weight: 3,
    mode: 'INDOOR',
    keepAlive: 0,
    downlink: true,
    moving: false,
  },
];

export function modelByKey(key: string): DeviceModel {
  const model = MODELS.find((m) => m.key === key);
  if (!model) throw new Error(`unknown device model ${key}`);
  return model;
}
