import type { Hono } from 'hono';
import { authenticate, rootGroupId } from '../db/credentials.ts';
import type { Db } from '../db/open.ts';
import { createRng } from '../world/index.ts';
import type { Rng, World } from '../world/types.ts';
import { type Clock, createClock } from './clock.ts';
import { createControlRoutes } from './control.ts';
import { createLimiter } from './delivery/limit.ts';
import { DEFAULT_TIMEOUT_MS, type OutboxEmail } from './delivery/types.ts';
import { createOutbox } from './outbox.ts';
import { type MessageSource, worldSource } from './source.ts';
import { createSqliteStore } from './sqlite-store.ts';
import { createTraffic, type Emitted, type TickSummary } from './traffic.ts';
import type { UplinkOptions } from './uplink.ts';

export interface LiveOptions {
  db: Db;
  /** The world the database was seeded from: its radio model makes live messages. */
  world?: World;
  /** Overrides the world's radio model (tests). One of `world` or `source` is required. */
  source?: MessageSource;
  /** A clock to drive; by default a new one at `startMs` (the real time) and `speed`. */
  clock?: Clock;
  startMs?: number;
  speed?: number;
  /** Seed of live randomness (radio fading, network issues); 1 by default. */
  seed?: number;
  rng?: Rng;
  /** Off by default: callbacks only reach 127.0.0.0/8, ::1 and localhost. */
  allowNonLocalDelivery?: boolean;
  /** 10 s (the reference's callback deadline) unless a test shortens it. */
  deliveryTimeoutMs?: number;
  /** HTTP deliveries in flight at once; 64 by default. */
  deliveryConcurrency?: number;
  /** Mean network-issue WARN events per simulated day; 1 by default, 0 turns them off. */
  networkIssuesPerDay?: number;
  /** Told once per device left out of live traffic because its messages cannot be made; logs by default. */
  onDeviceError?: (deviceId: string, error: unknown) => void;
}

const warnDeviceError = (deviceId: string, error: unknown): void => {
  console.warn(
    `live traffic: device ${deviceId} left out: ${error instanceof Error ? error.message : String(error)}`,
  );
};

export interface TickResult extends TickSummary {
  /** Simulated epoch milliseconds after the tick. */
  now: number;
}

export interface Live {
  clock: Clock;
  /** Advances the clock by `ms` and resolves once that tick's deliveries are written back. */
  advance(ms: number): Promise<TickResult>;
  /** The real-time driver (live mode). */
  start(): void;
  stop(): void;
  /** One message from the device now; undefined for an unknown device. */
  emitNow(deviceId: string, options?: UplinkOptions): Promise<Emitted | undefined>;
  /** The device stops sending from now; false for an unknown device. */
  silence(deviceId: string): boolean;
  resume(deviceId: string): boolean;
  /** Resolves when every tick and emission started so far has settled. */
  settled(): Promise<void>;
  outbox(): OutboxEmail[];
  /** The /_sim control API; mount it only when enabled (README). */
  controlRoutes(): Hono;
}

export function createLive(options: LiveOptions): Live {
  const { db } = options;
  const source =
    options.source ??
    (options.world && worldSource(options.world, options.rng ?? createRng(options.seed ?? 1)));
  if (source === undefined) throw new Error('createLive needs the world (or a message source)');
  const rng = options.rng ?? createRng((options.seed ?? 1) ^ 0x5f5f);
  const clock =
    options.clock ?? createClock({ startMs: options.startMs ?? Date.now(), speed: options.speed ?? 1 });
  const store = createSqliteStore(db);
  const outbox = createOutbox();
  const traffic = createTraffic({
    store,
    source,
    rng,
    outbox,
    delivery: {
      allowNonLocalDelivery: options.allowNonLocalDelivery ?? false,
      timeoutMs: options.deliveryTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      limit: createLimiter(options.deliveryConcurrency ?? 64),
    },
    networkIssues: { perDay: options.networkIssuesPerDay ?? 1, maxDevices: 20 },
    onDeviceError: options.onDeviceError ?? warnDeviceError,
  });

  const inflight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    const done = () => inflight.delete(p);
    p.then(done, done);
    return p;
  };
  let lastSummary: TickSummary = { messages: 0, events: 0, deliveries: 0 };
  clock.onTick(async (from, to) => {
    lastSummary = await track(traffic.tick(from, to));
  });

  const setSilence = (id: string, since: number | null) => store.setSilentSince(id, since);
  const live: Live = {
    clock,
    async advance(ms) {
      const now = await clock.advance(ms);
      return { now, ...lastSummary };
    },
    start: () => clock.start(),
    stop: () => clock.stop(),
    emitNow: (deviceId, uplink) => track(traffic.emit(deviceId, clock.now(), uplink)),
    silence: (id) => setSilence(id, Math.floor(clock.now() / 1000)),
    resume: (id) => setSilence(id, null),
    async settled() {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    outbox: () => outbox.list(),
    controlRoutes: () =>
      createControlRoutes(live, (login, password) => authenticate(db, login, password) === rootGroupId(db)),
  };
  return live;
}
