import { describe, expect, it } from 'vitest';
import { DEFAULT_DB, HELP, LARGE_FLEET, parseCli } from './config.ts';

describe('command line', () => {
  it('serves with defaults: port 8787 on loopback, .data/sim.db, 2000 devices, live traffic', () => {
    expect(parseCli([])).toEqual({
      command: 'serve',
      port: 8787,
      host: '127.0.0.1',
      db: DEFAULT_DB,
      seed: 1,
      devices: 2000,
      historyDays: 30,
      now: undefined,
      speed: 1,
      live: true,
      enableControl: false,
      allowNonLocalDelivery: false,
      credentialsOut: undefined,
    });
    expect(DEFAULT_DB.endsWith('/.data/sim.db')).toBe(true);
  });

  it('reads every flag', () => {
    const o = parseCli([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--memory',
      '--seed',
      '42',
      '--devices',
      '500',
      '--history-days',
      '3',
      '--now',
      '2026-11-20T00:00:00Z',
      '--speed',
      '60',
      '--no-live',
      '--enable-control',
      '--allow-non-local-delivery',
      '--credentials-out',
      '/tmp/creds.json',
    ]);
    expect(o).toEqual({
      command: 'serve',
      port: 0,
      host: '0.0.0.0',
      db: ':memory:',
      seed: 42,
      devices: 500,
      historyDays: 3,
      now: Date.UTC(2026, 10, 20),
      speed: 60,
      live: false,
      enableControl: true,
      allowNonLocalDelivery: true,
      credentialsOut: '/tmp/creds.json',
    });
    expect(parseCli(['--large'])).toMatchObject({ devices: LARGE_FLEET, historyDays: 2 });
    expect(parseCli(['--large', '--history-days', '7'])).toMatchObject({
      devices: LARGE_FLEET,
      historyDays: 7,
    });
    expect(parseCli(['--now', '1700000000000'])).toMatchObject({ now: 1_700_000_000_000 });
    expect(parseCli(['--db', '/tmp/x.db'])).toMatchObject({ db: '/tmp/x.db' });
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be at most 65535/],
    [['--devices', '0'], /--devices must be at least 1/],
    [['--speed', '-1'], /--speed/],
    [['--now', 'tomorrow'], /--now must be/],
    [['--db', 'a.db', '--memory'], /exclude each other/],
    [['--large', '--devices', '5'], /exclude each other/],
    [['--colour'], /Unknown option/],
    [['serve'], /unknown command/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(message);
  });

  it('has a credentials subcommand', () => {
    expect(parseCli(['credentials', '--db', '/tmp/x.db'])).toEqual({
      command: 'credentials',
      db: '/tmp/x.db',
      group: undefined,
    });
    expect(parseCli(['credentials', '--group', 'ab'.repeat(12)])).toMatchObject({
      db: DEFAULT_DB,
      group: 'ab'.repeat(12),
    });
    expect(() => parseCli(['credentials', '--group', 'nope'])).toThrow(/--group/);
  });

  it('explains every flag in --help', () => {
    expect(parseCli(['--help'])).toEqual({ command: 'help' });
    for (const flag of [
      '--port',
      '--db',
      '--memory',
      '--seed',
      '--devices',
      '--speed',
      '--enable-control',
      '--credentials-out',
      '--large',
      '--host',
      '--history-days',
    ]) {
      expect(HELP).toContain(flag);
    }
  });
});
