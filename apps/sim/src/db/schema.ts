/**
 * The simulator's SQLite schema. One table per API resource; times keep the unit
 * the API speaks for that resource (domain-notes.md, "The API itself"): message and
 * callback error `time` in seconds, status event `time` in milliseconds, device
 * `last` in seconds, `activation_time`/`token_end` in milliseconds.
 *
 * Every paged query has an index that serves both its filter and its order
 * (most recent first, ties broken by rowid), so a page costs an index range scan
 * whatever the offset or cursor.
 *
 * Live traffic (src/live) writes to `messages`, `devices` (last, average_snr,
 * average_rssi, state, seq_number, seq_disengaged), `status_events` with
 * `status_event_devices`, `callback_errors` and `messages.cb_status`.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- path: JSON array of ancestor ids, root first (reference, Group information).
CREATE TABLE IF NOT EXISTS groups (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES groups(id),
  name TEXT NOT NULL,
  description TEXT,
  path TEXT NOT NULL,
  billable INTEGER NOT NULL,
  bss_id TEXT
);
CREATE INDEX IF NOT EXISTS groups_by_parent ON groups(parent_id, id);

-- One pair per group; regenerating replaces the row, so old credentials stop at once.
CREATE TABLE IF NOT EXISTS credentials (
  group_id TEXT PRIMARY KEY REFERENCES groups(id),
  login TEXT NOT NULL UNIQUE,
  password TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS contracts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  geolocation INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS geoloc_configs (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id),
  name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS geoloc_configs_by_group ON geoloc_configs(group_id, id);

-- keep_alive in seconds (0 = inactive).
CREATE TABLE IF NOT EXISTS device_types (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id),
  name TEXT NOT NULL,
  description TEXT,
  keep_alive INTEGER NOT NULL,
  payload_type TEXT NOT NULL,
  payload_config TEXT,
  geoloc_payload_config_id TEXT,
  alert_email TEXT,
  downlink_mode INTEGER NOT NULL,
  downlink_data_string TEXT,
  contract_id TEXT
);
CREATE INDEX IF NOT EXISTS device_types_by_group ON device_types(group_id, id);

-- num is the id as a number: device ids are 32-bit values, so "0C031" and "C031"
-- name one device; lookups and the list order go by num.
-- seq_number and the columns after it are internal to the simulation (never serialised):
-- seq_number is the last sequence number received (NULL before the first message),
-- seq_disengaged is set by the disengage endpoint and cleared by the next message.
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY,
  num INTEGER NOT NULL UNIQUE,
  type_id TEXT NOT NULL REFERENCES device_types(id),
  name TEXT NOT NULL,
  last INTEGER NOT NULL DEFAULT 0,
  average_snr REAL,
  average_rssi REAL,
  state INTEGER NOT NULL DEFAULT 0,
  lat REAL,
  lng REAL,
  computed_lat REAL,
  computed_lng REAL,
  computed_radius REAL,
  activation_time INTEGER,
  pac TEXT NOT NULL,
  token_type TEXT,
  contract_id TEXT,
  token_end INTEGER,
  free_messages INTEGER,
  prevent_renewal INTEGER NOT NULL DEFAULT 0,
  seq_number INTEGER,
  seq_disengaged INTEGER NOT NULL DEFAULT 0,
  message_interval_sec REAL NOT NULL,
  silent_since INTEGER,
  first_seq_number INTEGER NOT NULL DEFAULT 0,
  home_lat REAL NOT NULL,
  home_lng REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS devices_by_type ON devices(type_id, num);

-- type_id is the device's type when the message arrived: the device type message
-- list includes devices that moved to another type since (reference, Messages sent
-- by the devices of a device type). rinfos: JSON [{tap, lat, lng, snr, rssi}];
-- cb_status: JSON [{status, info?, cbDef, time}] (callback deliveries).
CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL,
  type_id TEXT NOT NULL,
  time INTEGER NOT NULL,
  seq_number INTEGER NOT NULL,
  data TEXT NOT NULL,
  snr REAL NOT NULL,
  link_quality TEXT NOT NULL,
  computed_lat REAL,
  computed_lng REAL,
  computed_radius REAL,
  rinfos TEXT NOT NULL,
  cb_status TEXT,
  duplicate INTEGER NOT NULL DEFAULT 0,
  downlink INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS messages_by_device ON messages(device_id, time, id);
CREATE INDEX IF NOT EXISTS messages_by_type ON messages(type_id, time, id);

-- time in milliseconds. ERROR events name one device (device_id), WARN events a
-- list (device_ids, JSON); status_event_devices indexes both per device.
-- callbacks: JSON [{url?, subject?, message?, status?, info?}].
CREATE TABLE IF NOT EXISTS status_events (
  id INTEGER PRIMARY KEY,
  severity TEXT NOT NULL CHECK (severity IN ('ERROR', 'WARN')),
  type_id TEXT NOT NULL,
  device_id TEXT,
  device_ids TEXT,
  time INTEGER NOT NULL,
  message TEXT NOT NULL,
  callbacks TEXT
);
CREATE INDEX IF NOT EXISTS status_events_by_type ON status_events(type_id, severity, time, id);

CREATE TABLE IF NOT EXISTS status_event_devices (
  device_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  time INTEGER NOT NULL,
  event_id INTEGER NOT NULL REFERENCES status_events(id),
  PRIMARY KEY (device_id, severity, time, event_id)
) WITHOUT ROWID;

-- ord keeps creation order; failure (JSON) is internal: when deliveries fail.
CREATE TABLE IF NOT EXISTS callbacks (
  id TEXT PRIMARY KEY,
  type_id TEXT NOT NULL REFERENCES device_types(id),
  ord INTEGER NOT NULL,
  channel TEXT NOT NULL,
  callback_type INTEGER NOT NULL,
  callback_subtype INTEGER,
  url_pattern TEXT,
  http_method TEXT,
  headers TEXT,
  body_template TEXT,
  content_type TEXT,
  line_pattern TEXT,
  subject TEXT,
  recipient TEXT,
  message TEXT,
  payload_config TEXT,
  enabled INTEGER NOT NULL,
  send_duplicate INTEGER NOT NULL,
  send_sni INTEGER NOT NULL,
  dead INTEGER NOT NULL DEFAULT 0,
  downlink_hook INTEGER NOT NULL DEFAULT 0,
  failure TEXT
);
CREATE INDEX IF NOT EXISTS callbacks_by_type ON callbacks(type_id, ord);

-- time in seconds (the response unit); before/since arrive in milliseconds
-- (reference, Messages not sent this month). group_id is the device type's group.
-- callback and parameters: JSON, as the reference prints them.
CREATE TABLE IF NOT EXISTS callback_errors (
  id INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL,
  type_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  callback_id TEXT,
  time INTEGER NOT NULL,
  data TEXT NOT NULL,
  snr REAL NOT NULL,
  status INTEGER NOT NULL,
  message TEXT NOT NULL,
  callback TEXT NOT NULL,
  parameters TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS callback_errors_by_time ON callback_errors(time, id);
CREATE INDEX IF NOT EXISTS callback_errors_by_device ON callback_errors(device_id, time, id);
CREATE INDEX IF NOT EXISTS callback_errors_by_type ON callback_errors(type_id, time, id);
CREATE INDEX IF NOT EXISTS callback_errors_by_group ON callback_errors(group_id, time, id);

CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  timezone TEXT NOT NULL,
  creation_time INTEGER NOT NULL,
  last_login INTEGER
);

CREATE TABLE IF NOT EXISTS user_roles (
  user_id INTEGER NOT NULL REFERENCES users(id),
  group_id TEXT NOT NULL REFERENCES groups(id),
  role_id TEXT NOT NULL,
  role_name TEXT NOT NULL,
  PRIMARY KEY (group_id, user_id, role_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS base_stations (
  id TEXT PRIMARY KEY,
  lat REAL NOT NULL,
  lng REAL NOT NULL,
  height_m REAL NOT NULL,
  environment TEXT NOT NULL
);
`;
