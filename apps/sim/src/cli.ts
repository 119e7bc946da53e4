import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CliCommand } from './config.ts';
import { HELP, parseCli } from './config.ts';
import { regenerateCredentials, rootGroupId } from './db/credentials.ts';
import { openDb, readMeta } from './db/open.ts';
import type { SeedProgress } from './index.ts';
import { createSimulator } from './index.ts';

/** Progress of a large seed on stderr, at most a line a second (rewritten in place on a terminal). */
function progressReporter(devices: number): (p: SeedProgress) => void {
  const started = Date.now();
  let shown = 0;
  return (p) => {
    const elapsed = (Date.now() - started) / 1000;
    if (p.phase === 'world') process.stderr.write(`Seeding ${devices.toLocaleString('en')} devices...\n`);
    if (p.phase === 'history' && p.records !== undefined && Date.now() - shown >= 1000) {
      shown = Date.now();
      const rate = Math.round(p.records / Math.max(elapsed, 0.001));
      const line = `  history: ${p.records.toLocaleString('en')} records, ${elapsed.toFixed(0)} s (${rate.toLocaleString('en')}/s)`;
      process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
    }
    if (p.phase === 'summary') {
      if (process.stderr.isTTY) process.stderr.write('\n');
      process.stderr.write(`  summarising devices (${elapsed.toFixed(1)} s so far)\n`);
    }
  };
}

/** Written whole or not at all: a reader polling for the file never sees half of it. */
function writeJsonAtomically(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

async function serve(o: Extract<CliCommand, { command: 'serve' }>): Promise<void> {
  if (o.db !== ':memory:') mkdirSync(dirname(o.db), { recursive: true });
  const started = Date.now();
  const sim = createSimulator({
    db: o.db,
    seed: o.seed,
    devices: o.devices,
    historyDays: o.historyDays,
    now: o.now,
    speed: o.speed,
    live: o.live,
    enableControl: o.enableControl,
    allowNonLocalDelivery: o.allowNonLocalDelivery,
    onProgress: o.devices >= 10_000 ? progressReporter(o.devices) : undefined,
  });
  const seeded = sim.seedResult;
  const what = seeded.seeded
    ? `seeded ${seeded.records.toLocaleString('en')} history records in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : `reused ${o.db} (seed ${seeded.options.seed}, ${seeded.options.devices.toLocaleString('en')} devices)`;
  process.stderr.write(`Sigfox API simulator: ${what}\n`);
  const server = await sim.listen(o.port, o.host);
  const { login, password } = sim.credentials;
  if (o.credentialsOut !== undefined)
    writeJsonAtomically(o.credentialsOut, { url: server.url, login, password });
  process.stdout.write(`Listening on ${server.url}\nRoot group API login: ${login}\nPassword: ${password}\n`);
  process.stdout.write(
    `Try: curl -u ${login}:${password} "${server.url}/api/devicetypes?includeSubGroups=true"\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: shutting down\n`);
    void server.close().then(() => {
      sim.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function credentials(o: Extract<CliCommand, { command: 'credentials' }>): void {
  const db = openDb(o.db);
  try {
    if (readMeta(db, 'world') === undefined) throw new Error(`${o.db} is not a seeded simulator database`);
    const groupId = o.group?.toLowerCase() ?? rootGroupId(db);
    const c = regenerateCredentials(db, groupId);
    process.stdout.write(
      `${JSON.stringify({ groupId: c.groupId, login: c.login, password: c.password }, null, 2)}\n`,
    );
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
  if (command.command === 'help') process.stdout.write(HELP);
  else if (command.command === 'credentials') credentials(command);
  else await serve(command);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
