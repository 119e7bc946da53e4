import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Credentials } from './db/credentials.ts';
import { findCredentials, regenerateCredentials, rootGroupId } from './db/credentials.ts';
import type { Db } from './db/open.ts';
import { openDb } from './db/open.ts';
import type { SeedProgress, SeedResult } from './db/seed.ts';
import { seedIfEmpty } from './db/seed.ts';
import { loadStations } from './db/stations.ts';
import { createApi } from './http/app.ts';
import type { AuthEnv } from './http/auth.ts';
import { GroupTree } from './http/scope.ts';
import type { Clock, Live } from './live/index.ts';
import { createClock, createLive } from './live/index.ts';

export type { Credentials } from './db/credentials.ts';
export type { SeedProgress } from './db/seed.ts';

export interface SimulatorOptions {
  /** A file path, or ':memory:' (tests). */
  db: string;
  seed?: number;
  /** Devices to seed an empty database with; 2,000 by default. */
  devices?: number;
  /** Days of seeded history; 30 by default. */
  historyDays?: number;
  /** Simulated time at start, epoch milliseconds; the real time by default. */
  now?: number;
  /** Simulated milliseconds per real millisecond for live traffic. */
  speed?: number;
  /** Serve the control API under /_sim. */
  enableControl?: boolean;
  /** Let callbacks reach hosts other than loopback. */
  allowNonLocalDelivery?: boolean;
  /** Start the traffic clock. */
  live?: boolean;
  /** Seeding progress, for large fleets. */
  onProgress?: (progress: SeedProgress) => void;
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export interface Simulator {
  fetch(request: Request): Promise<Response>;
  /** The Hono app (API routes, and the control routes when enabled). */
  app: Hono<AuthEnv>;
  db: Db;
  clock: Clock;
  /** Live traffic on the clock: tests drive it with `live.advance(ms)`. */
  live: Live;
  seedResult: SeedResult;
  /** The root group's credentials (current ones: they follow regeneration). */
  readonly credentials: Credentials;
  credentialsFor(groupId: string): Credentials;
  /** New credentials for a group; the old ones stop working at once. */
  regenerateCredentials(groupId: string): Credentials;
  listen(port?: number, host?: string): Promise<Listening>;
  close(): void;
}

const DEFAULTS = { seed: 1, devices: 2000, historyDays: 30 };

/**
 * A Sigfox API v1 server on SQLite. An empty database is seeded from the world;
 * an existing one is reused as it is, so data and mutations survive restarts.
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const db = openDb(options.db);
  const now = options.now ?? Date.now();
  let seedResult: SeedResult;
  try {
    seedResult = seedIfEmpty(
      db,
      {
        seed: options.seed ?? DEFAULTS.seed,
        devices: options.devices ?? DEFAULTS.devices,
        historyDays: options.historyDays ?? DEFAULTS.historyDays,
        now,
      },
      options.onProgress,
    );
  } catch (error) {
    db.close();
    throw error;
  }
  const clock = createClock({ startMs: now, speed: options.speed ?? 1 });
  const rootId = rootGroupId(db);
  const app = createApi({ db, groups: new GroupTree(db), stations: loadStations(db), now: clock.now });
  const live = createLive({
    db,
    world: seedResult.world,
    clock,
    seed: seedResult.options.seed,
    allowNonLocalDelivery: options.allowNonLocalDelivery ?? false,
  });
  // The control API sits outside /api, so the console's proxy (catalogue routes only) never reaches it.
  if (options.enableControl === true) app.route('/', live.controlRoutes());
  if (options.live === true) live.start();

  const credentialsFor = (groupId: string): Credentials =>
    findCredentials(db, groupId.toLowerCase()) ?? regenerateCredentials(db, groupId.toLowerCase());
  const servers = new Set<Listening>();

  return {
    fetch: async (request) => app.fetch(request),
    app,
    db,
    clock,
    live,
    seedResult,
    get credentials() {
      return credentialsFor(rootId);
    },
    credentialsFor,
    regenerateCredentials: (groupId) => regenerateCredentials(db, groupId.toLowerCase()),
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
          const shown = host.includes(':') ? `[${host}]` : host;
          const listening: Listening = {
            url: `http://${shown}:${info.port}`,
            close: () =>
              new Promise<void>((done) => {
                servers.delete(listening);
                if ('closeAllConnections' in server) server.closeAllConnections();
                server.close(() => done());
              }),
          };
          servers.add(listening);
          resolve(listening);
        });
        server.once('error', reject);
      }),
    close: () => {
      live.stop();
      for (const s of servers) void s.close();
      // Deliveries in flight write their outcome back; close the database once they have.
      void live.settled().finally(() => db.close());
    },
  };
}
