import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { tileTemplateProblem } from './map/tile-template.ts';

/**
 * The BFF's configuration, parsed once from the environment. This is the only module
 * that reads `process.env` (Biome `noProcessEnv`, DESIGN.md "Config is parsed once").
 */

/** The repository root, for defaults and for starting the embedded simulator. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const loopbackOrHost = z.string().min(1, 'must not be empty');
const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number')
  .transform(Number)
  .pipe(z.number().int().min(0).max(65535, 'must be at most 65535'));
const millis = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const flag = z
  .enum(['true', 'false', '1', '0'], 'must be true or false')
  .transform((v) => v === 'true' || v === '1');
const parts = (u: string) => (URL.canParse(u) ? new URL(u) : undefined);
const upstreamUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .refine(
    (u) => !parts(u)?.username && !parts(u)?.password,
    'must not carry credentials: use SIGFOX_API_LOGIN',
  )
  .refine((u) => !parts(u)?.search && !parts(u)?.hash, 'must not have a query or fragment');

const tileUrl = z.string().superRefine((u, ctx) => {
  const problem = tileTemplateProblem(u);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const EnvSchema = z.object({
  HOST: loopbackOrHost.default('127.0.0.1'),
  PORT: port.default(8080),
  SIGFOX_API_URL: upstreamUrl.optional(),
  SIGFOX_API_LOGIN: z.string().min(1, 'must not be empty').optional(),
  SIGFOX_API_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  CONSOLE_DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.data')),
  CONSOLE_WEB_DIR: z.string().min(1).default(resolve(repoRoot, 'apps/web/dist')),
  CONSOLE_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  CONSOLE_TRUST_PROXY: flag.default(false),
  CONSOLE_ACCESS_LOG: flag.default(true),
  UPSTREAM_TIMEOUT_MS: millis(1, 120_000).default(10_000),
  UPSTREAM_CONNECTIONS: z
    .string()
    .regex(/^\d{1,4}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(1024, 'must be at most 1024'))
    .default(128),
  SESSION_IDLE_MS: millis(60_000, 7 * 86_400_000).default(30 * 60_000),
  SESSION_ABSOLUTE_MS: millis(60_000, 30 * 86_400_000).default(12 * 3_600_000),
  CONSOLE_MAP_TILE_URL: tileUrl.optional(),
  CONSOLE_MAP_TILE_ATTRIBUTION: z
    .string()
    .max(300, 'must be at most 300 characters')
    // Plain text: the web app shows it as text, and markup here would be a second way in.
    .regex(/^[^<>\p{Cc}]*$/u, 'must be plain text (no <, > or control characters)')
    .optional(),
  CONSOLE_MAP_TILE_SUBDOMAINS: z
    .string()
    .regex(/^[A-Za-z0-9]{1,36}$/, 'must be letters or digits (at most 36)')
    .optional(),
});

/** Leaflet tile settings: a `{z}/{x}/{y}` URL template, its attribution and `{s}` subdomains. */
export interface MapTileConfig {
  url: string;
  attribution: string;
  subdomains: string;
}

/** Where the upstream comes from: a configured Sigfox API, or the embedded simulator. */
export type UpstreamConfig =
  | { kind: 'remote'; url: string; login: string; password: string }
  | { kind: 'embedded-simulator' };

export interface Config {
  host: string;
  port: number;
  upstream: UpstreamConfig;
  dataDir: string;
  webDir: string;
  adminPassword: string | undefined;
  /** Trust X-Forwarded-Proto / X-Forwarded-For from a reverse proxy in front. */
  trustProxy: boolean;
  accessLog: boolean;
  upstreamTimeoutMs: number;
  upstreamConnections: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Largest JSON body accepted from the browser. */
  maxBodyBytes: number;
  /** Login throttle: attempts per IP and failures per username within `windowMs`. */
  loginThrottle: { perIp: number; perUsername: number; windowMs: number };
  /** Batched coverage: upstream calls in flight at most (all batches), cached answers and their lifetime. */
  coverage: { concurrency: number; cacheEntries: number; cacheTtlMs: number };
  /** Map tiles offered to the web app (and allowed as images by the CSP); null: no tiles. */
  map: { tiles: MapTileConfig | null };
}

/** Thrown on a bad environment; the message names the variable. */
export class ConfigError extends Error {}

/** Parses an environment (defaults to `process.env`). Throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    upstream: upstreamOf(e.SIGFOX_API_URL, e.SIGFOX_API_LOGIN, e.SIGFOX_API_PASSWORD),
    // Relative paths are taken from the repository root, whatever directory a script runs in.
    dataDir: resolve(repoRoot, e.CONSOLE_DATA_DIR),
    webDir: resolve(repoRoot, e.CONSOLE_WEB_DIR),
    adminPassword: e.CONSOLE_ADMIN_PASSWORD,
    trustProxy: e.CONSOLE_TRUST_PROXY,
    accessLog: e.CONSOLE_ACCESS_LOG,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    upstreamConnections: e.UPSTREAM_CONNECTIONS,
    sessionIdleMs: e.SESSION_IDLE_MS,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_MS,
    maxBodyBytes: 64 * 1024,
    loginThrottle: { perIp: 20, perUsername: 5, windowMs: 15 * 60_000 },
    coverage: { concurrency: 8, cacheEntries: 50_000, cacheTtlMs: 10 * 60_000 },
    map: {
      tiles: tilesOf(e.CONSOLE_MAP_TILE_URL, e.CONSOLE_MAP_TILE_ATTRIBUTION, e.CONSOLE_MAP_TILE_SUBDOMAINS),
    },
  };
}

function tilesOf(url?: string, attribution?: string, subdomains?: string): MapTileConfig | null {
  if (!url) {
    const orphan = attribution
      ? 'CONSOLE_MAP_TILE_ATTRIBUTION'
      : subdomains
        ? 'CONSOLE_MAP_TILE_SUBDOMAINS'
        : '';
    if (orphan) throw new ConfigError(`Invalid configuration:\n  ${orphan}: needs CONSOLE_MAP_TILE_URL`);
    return null;
  }
  // Tile providers' terms require their attribution to be shown.
  if (!attribution) {
    throw new ConfigError(
      'Invalid configuration:\n  CONSOLE_MAP_TILE_ATTRIBUTION: required with CONSOLE_MAP_TILE_URL',
    );
  }
  return { url, attribution, subdomains: subdomains ?? 'abc' };
}

function upstreamOf(url?: string, login?: string, password?: string): UpstreamConfig {
  if (!url) {
    if (login || password) {
      throw new ConfigError(
        'Invalid configuration:\n  SIGFOX_API_URL: required when SIGFOX_API_LOGIN is set',
      );
    }
    return { kind: 'embedded-simulator' };
  }
  if (!login)
    throw new ConfigError('Invalid configuration:\n  SIGFOX_API_LOGIN: required with SIGFOX_API_URL');
  if (!password) {
    throw new ConfigError('Invalid configuration:\n  SIGFOX_API_PASSWORD: required with SIGFOX_API_URL');
  }
  return { kind: 'remote', url: url.replace(/\/+$/, ''), login, password };
}
