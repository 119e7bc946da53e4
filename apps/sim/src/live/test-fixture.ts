import { openDb } from '../db/open.ts';
import type { Rng, SimMessage } from '../world/types.ts';
import type { CallbackDefinition } from './delivery/types.ts';
import { createLive, type LiveOptions } from './live.ts';
import type { MessageSource } from './source.ts';

/**
 * A small database for live-traffic tests, written straight against the schema:
 * a root group with credentials, a sub-group, one device type (keepAlive 1800 s,
 * callback downlink mode) and two devices that send every 600 s on average.
 */
export const T0 = 1_700_000_000_000;
export const ROOT = { login: 'root-login', password: 'root-password' };
export const SUB = { login: 'sub-login', password: 'sub-password' };
export const TYPE_ID = '5256c4d6c9a871b80f5a2e50';

export function fixtureDb(options: { keepAlive?: number; downlinkMode?: 0 | 1; downlinkData?: string } = {}) {
  const db = openDb(':memory:');
  db.exec(`
    INSERT INTO groups (id, parent_id, name, path, billable) VALUES ('root', NULL, 'Root', '[]', 0);
    INSERT INTO groups (id, parent_id, name, path, billable) VALUES ('sub', 'root', 'Sub', '["root"]', 0);
    INSERT INTO credentials VALUES ('root', '${ROOT.login}', '${ROOT.password}');
    INSERT INTO credentials VALUES ('sub', '${SUB.login}', '${SUB.password}');
  `);
  db.prepare(
    `INSERT INTO device_types (id, group_id, name, keep_alive, payload_type, downlink_mode, downlink_data_string)
     VALUES (?, 'sub', 'Meters', ?, 'None', ?, ?)`,
  ).run(TYPE_ID, options.keepAlive ?? 1800, options.downlinkMode ?? 1, options.downlinkData ?? null);
  const device = db.prepare(
    `INSERT INTO devices (id, num, type_id, name, pac, last, seq_number, message_interval_sec, home_lat, home_lng)
     VALUES (?, ?, ?, ?, '545CB3B17AC98BA4', ?, ?, 600, 43.6, 1.44)`,
  );
  device.run('00A1', 0xa1, TYPE_ID, 'Meter A1', Math.floor(T0 / 1000) - 60, 4095);
  device.run('00B2', 0xb2, TYPE_ID, 'Meter B2', Math.floor(T0 / 1000) - 300, 10);
  let ord = 0;
  const insertCallback = db.prepare(
    `INSERT INTO callbacks (id, type_id, ord, channel, callback_type, callback_subtype, url_pattern, http_method,
       headers, body_template, content_type, line_pattern, subject, recipient, message, payload_config, enabled,
       send_duplicate, send_sni, downlink_hook)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  );
  const addCallback = (cb: Partial<CallbackDefinition> & Pick<CallbackDefinition, 'id'>): void => {
    ord += 1;
    insertCallback.run(
      cb.id,
      TYPE_ID,
      ord,
      cb.channel ?? 'URL',
      cb.callbackType ?? 0,
      cb.callbackSubtype ?? 2,
      cb.urlPattern ?? null,
      cb.httpMethod ?? null,
      cb.headers === undefined ? null : JSON.stringify(cb.headers),
      cb.bodyTemplate ?? null,
      cb.contentType ?? null,
      cb.linePattern ?? null,
      cb.subject ?? null,
      cb.recipient ?? null,
      cb.message ?? null,
      cb.payloadConfig ?? null,
      cb.enabled === false ? 0 : 1,
      cb.sendDuplicate ? 1 : 0,
      cb.downlinkHook ? 1 : 0,
    );
  };
  return { db, addCallback };
}

/** Messages heard by one station; the payload is the sequence number as two bytes. */
export const fixedSource: MessageSource = {
  next: (device, seqNumber, timeSec): SimMessage => ({
    device: device.id,
    time: timeSec,
    seqNumber,
    data: seqNumber.toString(16).padStart(4, '0'),
    snr: 10 + (seqNumber % 3),
    rinfos: [{ tap: '001F', lat: 43, lng: 1, snr: 10 + (seqNumber % 3), rssi: -120 }],
    linkQuality: 'GOOD',
  }),
  stats: (messages) => ({
    averageSnr: messages.reduce((s, m) => s + m.snr, 0) / Math.max(1, messages.length),
    averageRssi: -120,
  }),
};

/** An Rng whose chance() answers as told; the other draws are fixed. */
export function fixedRng(chance: boolean): Rng {
  return {
    next: () => 0.5,
    int: (min) => min,
    float: (min) => min,
    pick: <T>(items: readonly T[]): T => items[0] as T,
    normal: (mean = 0) => mean,
    chance: () => chance,
  };
}

export function fixtureLive(db: ReturnType<typeof fixtureDb>['db'], over: Partial<LiveOptions> = {}) {
  return createLive({ db, source: fixedSource, rng: fixedRng(false), startMs: T0, ...over });
}
