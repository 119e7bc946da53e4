import type { World } from '../world/index.ts';
import { newCredentials } from './credentials.ts';
import type { Db } from './open.ts';

const bool = (value: boolean | undefined): number => (value ? 1 : 0);
const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Inserts everything of the world except history, in one transaction. */
export function insertWorld(db: Db, world: World): void {
  const group = db.prepare(
    'INSERT INTO groups (id, parent_id, name, description, path, billable, bss_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const credential = db.prepare('INSERT INTO credentials (group_id, login, password) VALUES (?, ?, ?)');
  const contract = db.prepare('INSERT INTO contracts (id, name, geolocation) VALUES (?, ?, ?)');
  const geoloc = db.prepare('INSERT INTO geoloc_configs (id, group_id, name) VALUES (?, ?, ?)');
  const deviceType = db.prepare(
    `INSERT INTO device_types (id, group_id, name, description, keep_alive, payload_type, payload_config,
       geoloc_payload_config_id, alert_email, downlink_mode, downlink_data_string, contract_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const device = db.prepare(
    `INSERT INTO devices (id, num, type_id, name, state, lat, lng, activation_time, pac, token_type, contract_id,
       token_end, free_messages, prevent_renewal, message_interval_sec, silent_since, first_seq_number,
       home_lat, home_lng)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const station = db.prepare(
    'INSERT INTO base_stations (id, lat, lng, height_m, environment) VALUES (?, ?, ?, ?, ?)',
  );
  const callback = db.prepare(
    `INSERT INTO callbacks (id, type_id, ord, channel, callback_type, callback_subtype, url_pattern, http_method,
       headers, body_template, content_type, line_pattern, subject, recipient, message, payload_config, enabled,
       send_duplicate, send_sni, dead, downlink_hook, failure)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const user = db.prepare(
    `INSERT INTO users (first_name, last_name, email, timezone, creation_time, last_login)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const role = db.prepare(
    'INSERT OR IGNORE INTO user_roles (user_id, group_id, role_id, role_name) VALUES (?, ?, ?, ?)',
  );

  db.transaction(() => {
    // Parents before children: path lists ancestors root first, so sort by depth.
    for (const g of [...world.groups].sort((a, b) => a.path.length - b.path.length)) {
      group.run(
        g.id,
        g.path.at(-1) ?? null,
        g.name,
        g.description,
        JSON.stringify(g.path),
        bool(g.billable),
        g.bssId ?? null,
      );
    }
    for (const c of world.credentials) {
      const { login, password } = newCredentials();
      credential.run(c.groupId, login, password);
    }
    for (const c of world.contracts) contract.run(c.id, c.name, bool(c.geolocation));
    for (const g of world.geolocConfigs) geoloc.run(g.id, g.group, g.name);
    for (const t of world.deviceTypes) {
      deviceType.run(
        t.id,
        t.group,
        t.name,
        t.description,
        t.keepAlive,
        t.payloadType,
        t.payloadConfig ?? null,
        t.geolocPayloadConfigId ?? null,
        t.alertEmail ?? null,
        t.downlinkMode,
        t.downlinkDataString ?? null,
        t.contract,
      );
    }
    for (const d of world.devices) {
      device.run(
        d.id,
        Number.parseInt(d.id, 16),
        d.type,
        d.name,
        d.state,
        d.lat ?? null,
        d.lng ?? null,
        d.activationTime ?? null,
        d.pac,
        d.tokenType ?? null,
        d.contractId ?? null,
        d.tokenEnd ?? null,
        d.freeMessages ?? null,
        bool(d.preventRenewal),
        d.messageIntervalSec,
        d.silentSince ?? null,
        d.firstSeqNumber,
        d.homeLat,
        d.homeLng,
      );
    }
    for (const s of world.baseStations) station.run(s.id, s.lat, s.lng, s.heightM, s.environment);
    world.callbacks.forEach((c, ord) => {
      callback.run(
        c.id,
        c.deviceType,
        ord,
        c.channel,
        c.callbackType,
        c.callbackSubtype,
        c.urlPattern ?? null,
        c.httpMethod ?? null,
        json(c.headers),
        c.bodyTemplate ?? null,
        c.contentType ?? null,
        c.linePattern ?? null,
        c.subject ?? null,
        c.recipient ?? null,
        c.message ?? null,
        c.payloadConfig ?? null,
        bool(c.enabled),
        bool(c.sendDuplicate),
        bool(c.sendSni),
        bool(c.dead),
        bool(c.downlinkHook),
        json(c.failure),
      );
    });
    for (const u of world.users) {
      const { lastInsertRowid } = user.run(
        u.firstName,
        u.lastName,
        u.email,
        u.timezone,
        u.creationTime,
        u.lastLogin,
      );
      for (const r of u.userRoles) role.run(lastInsertRowid, r.groupId, r.customRole.id, r.customRole.name);
    }
  })();
}
