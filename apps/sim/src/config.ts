import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/**
 * The command line of the simulator, parsed once. This is the only module of the
 * simulator that reads process.env: INIT_CWD, set by pnpm to the directory the
 * command was typed in, so that relative paths mean what the user meant.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_DB = resolve(REPO_ROOT, '.data/sim.db');
export const LARGE_FLEET = 100_000;
/**
 * History of a large fleet, unless --history-days says otherwise: 100,000 devices send
 * about 700,000 messages a day (about 300 MB on disk); two days stay above a million.
 */
export const LARGE_FLEET_HISTORY_DAYS = 2;

export const HELP = `Usage: pnpm sim [options]
       pnpm sim credentials [--db PATH] [--group ID]

A local Sigfox API v1 server (HTTP Basic auth, SQLite), seeded with a simulated fleet.

Options:
  --port N               TCP port to listen on (default 8787; 0 picks a free port)
  --host HOST            address to bind (default 127.0.0.1)
  --db PATH              SQLite file (default .data/sim.db in the repository); reused when it exists
  --memory               keep everything in memory (nothing survives a restart)
  --seed N               seed of the simulated world (default 1); only used to seed an empty database
  --devices N            devices to seed an empty database with (default 2000)
  --large                seed ${LARGE_FLEET.toLocaleString('en')} devices with ${LARGE_FLEET_HISTORY_DAYS} days of history
                         (over a million messages; --history-days still applies)
  --history-days N       days of message history to seed (default 30)
  --now TIME             simulated time at start, ISO 8601 or epoch ms (default: the real time)
  --speed X              traffic clock factor: simulated seconds per real second (default 1)
  --no-live              do not run live traffic (the clock stands still)
  --enable-control       serve the control API under /_sim (clock, traffic, callbacks)
  --allow-non-local-delivery
                         let callbacks reach hosts other than loopback
  --credentials-out FILE write {"url","login","password"} as JSON once ready to serve
  --help                 show this help

Subcommand:
  credentials            regenerate a group's API credentials (the root group's by default) in
                         the database and print them; the old ones stop working at once
`;

const int = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d+$/, `--${name} must be a whole number`)
    .transform(Number)
    .pipe(
      z.number().min(min, `--${name} must be at least ${min}`).max(max, `--${name} must be at most ${max}`),
    );

const time = z.string().transform((value, ctx) => {
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: '--now must be an ISO 8601 date or epoch milliseconds' });
    return z.NEVER;
  }
  return ms;
});

const Serve = z.object({
  port: int('port', 0, 65535).default(8787),
  host: z.string().min(1).default('127.0.0.1'),
  db: z.string().min(1).optional(),
  memory: z.boolean().default(false),
  seed: int('seed', 0, 2 ** 31).default(1),
  devices: int('devices', 1, 1_000_000).optional(),
  large: z.boolean().default(false),
  'history-days': int('history-days', 0, 400).optional(),
  now: time.optional(),
  speed: z
    .string()
    .regex(/^\d+(\.\d+)?$/, '--speed must be a positive number')
    .transform(Number)
    .pipe(z.number().positive('--speed must be a positive number'))
    .default(1),
  'no-live': z.boolean().default(false),
  'enable-control': z.boolean().default(false),
  'allow-non-local-delivery': z.boolean().default(false),
  'credentials-out': z.string().min(1).optional(),
  help: z.boolean().default(false),
});

export type CliCommand =
  | { command: 'help' }
  | {
      command: 'serve';
      port: number;
      host: string;
      db: string;
      seed: number;
      devices: number;
      historyDays: number;
      now?: number;
      speed: number;
      live: boolean;
      enableControl: boolean;
      allowNonLocalDelivery: boolean;
      credentialsOut?: string;
    }
  | { command: 'credentials'; db: string; group?: string };

const cwd = (): string => process.env.INIT_CWD ?? process.cwd();
const absolute = (path: string): string => (isAbsolute(path) ? path : resolve(cwd(), path));

/** Parses argv (without node and the script); throws an Error with a message for the terminal. */
export function parseCli(argv: readonly string[]): CliCommand {
  if (argv[0] === 'credentials') {
    const { values } = parseArgs({
      args: argv.slice(1),
      options: { db: { type: 'string' }, group: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help === true) return { command: 'help' };
    if (values.group !== undefined && !/^[0-9a-fA-F]{24}$/.test(values.group)) {
      throw new Error('--group must be a group id of 24 hexadecimal characters');
    }
    return { command: 'credentials', db: absolute(values.db ?? DEFAULT_DB), group: values.group };
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      memory: { type: 'boolean' },
      seed: { type: 'string' },
      devices: { type: 'string' },
      large: { type: 'boolean' },
      'history-days': { type: 'string' },
      now: { type: 'string' },
      speed: { type: 'string' },
      'no-live': { type: 'boolean' },
      'enable-control': { type: 'boolean' },
      'allow-non-local-delivery': { type: 'boolean' },
      'credentials-out': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new Error(`unknown command: ${positionals[0]}`);
  const parsed = Serve.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  const o = parsed.data;
  if (o.help) return { command: 'help' };
  if (o.memory && o.db !== undefined) throw new Error('--db and --memory exclude each other');
  if (o.large && o.devices !== undefined) throw new Error('--large and --devices exclude each other');
  return {
    command: 'serve',
    port: o.port,
    host: o.host,
    db: o.memory ? ':memory:' : absolute(o.db ?? DEFAULT_DB),
    seed: o.seed,
    devices: o.large ? LARGE_FLEET : (o.devices ?? 2000),
    historyDays: o['history-days'] ?? (o.large ? LARGE_FLEET_HISTORY_DAYS : 30),
    now: o.now,
    speed: o.speed,
    live: !o['no-live'],
    enableControl: o['enable-control'],
    allowNonLocalDelivery: o['allow-non-local-delivery'],
    credentialsOut: o['credentials-out'] === undefined ? undefined : absolute(o['credentials-out']),
  };
}
