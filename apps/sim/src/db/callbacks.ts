import { randomBytes } from 'node:crypto';
import type { Callback, CallbackList, ValidCallbackDefinition } from '@sfc/api';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

export interface CallbackRow {
  id: string;
  type_id: string;
  channel: Callback['channel'];
  callback_type: 0 | 1 | 2;
  callback_subtype: number | null;
  url_pattern: string | null;
  http_method: 'GET' | 'POST' | 'PUT' | null;
  headers: string | null;
  body_template: string | null;
  content_type: string | null;
  line_pattern: string | null;
  subject: string | null;
  recipient: string | null;
  message: string | null;
  payload_config: string | null;
  enabled: number;
  send_duplicate: number;
  send_sni: number;
  dead: number;
  downlink_hook: number;
}

/** A callback as the list shows it (reference, Callback list): `urlPattern`, `dead`, `downlinkHook`. */
export function toCallback(r: CallbackRow): Callback {
  const common = {
    id: r.id,
    callbackType: r.callback_type,
    // ERROR callbacks have no subtype (reference, Callback creation).
    callbackSubtype: r.callback_type === 2 ? undefined : (r.callback_subtype ?? undefined),
    payloadConfig: r.payload_config ?? undefined,
    enabled: r.enabled === 1,
    sendDuplicate: r.send_duplicate === 1,
    dead: r.dead === 1,
    downlinkHook: r.downlink_hook === 1,
  };
  if (r.channel === 'EMAIL') {
    return {
      channel: 'EMAIL',
      ...common,
      subject: r.subject ?? '',
      recipient: r.recipient ?? '',
      message: r.message ?? '',
    };
  }
  if (r.channel === 'BATCH_URL') {
    return {
      channel: 'BATCH_URL',
      ...common,
      urlPattern: r.url_pattern ?? '',
      httpMethod: r.http_method ?? undefined,
      linePattern: r.line_pattern ?? '',
      sendSni: r.send_sni === 1,
    };
  }
  return {
    channel: 'URL',
    ...common,
    urlPattern: r.url_pattern ?? '',
    httpMethod: r.http_method ?? 'GET',
    headers: r.headers === null ? undefined : (JSON.parse(r.headers) as Record<string, string>),
    bodyTemplate: r.body_template ?? undefined,
    contentType: (r.content_type ?? undefined) as Extract<Callback, { channel: 'URL' }>['contentType'],
    sendSni: r.send_sni === 1,
  };
}

/** The callbacks of a type grouped by callbackType: 0 data, 1 service, 2 error. */
export function listCallbacks(db: Db, typeId: string): CallbackList {
  const rows = stmt(db, 'SELECT * FROM callbacks WHERE type_id = ? ORDER BY ord').all(
    typeId,
  ) as CallbackRow[];
  const pick = (type: number) => rows.filter((r) => r.callback_type === type).map(toCallback);
  return { data: pick(0), service: pick(1), error: pick(2) };
}

export function findCallback(db: Db, typeId: string, id: string): CallbackRow | undefined {
  return stmt(db, 'SELECT * FROM callbacks WHERE type_id = ? AND id = ?').get(typeId, id.toLowerCase()) as
    | CallbackRow
    | undefined;
}

/** Inserts callback definitions in one transaction; answers their new ids in body order. */
export function createCallbacks(db: Db, typeId: string, defs: readonly ValidCallbackDefinition[]): string[] {
  const insert = stmt(
    db,
    `INSERT INTO callbacks (id, type_id, ord, channel, callback_type, callback_subtype, url_pattern, http_method,
       headers, body_template, content_type, line_pattern, subject, recipient, message, payload_config, enabled,
       send_duplicate, send_sni)
     VALUES (?, ?, (SELECT coalesce(max(ord), -1) + 1 FROM callbacks), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() =>
    defs.map((d) => {
      const id = randomBytes(12).toString('hex');
      const url = d.channel === 'EMAIL' ? null : d.url;
      insert.run(
        id,
        typeId,
        d.channel,
        d.callbackType,
        d.callbackSubtype ?? null,
        url,
        d.channel === 'URL' ? d.httpMethod : d.channel === 'BATCH_URL' ? 'POST' : null,
        d.channel === 'URL' && d.headers !== undefined ? JSON.stringify(d.headers) : null,
        d.channel === 'URL' ? (d.bodyTemplate ?? null) : null,
        d.channel === 'URL' ? d.contentType : null,
        d.channel === 'BATCH_URL' ? d.linePattern : null,
        d.channel === 'EMAIL' ? d.subject : null,
        d.channel === 'EMAIL' ? d.recipient : null,
        d.channel === 'EMAIL' ? d.message : null,
        d.payloadConfig ?? null,
        d.enabled ? 1 : 0,
        d.sendDuplicate ? 1 : 0,
        d.channel !== 'EMAIL' && d.sendSni === true ? 1 : 0,
      );
      return id;
    }),
  )();
}

export function deleteCallback(db: Db, id: string): void {
  stmt(db, 'DELETE FROM callbacks WHERE id = ?').run(id);
}

export function setCallbackEnabled(db: Db, id: string, enabled: boolean): void {
  stmt(db, 'UPDATE callbacks SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id);
}

/** Selects one downlink callback of a type, unselecting the previous one, in one transaction. */
export function selectDownlinkCallback(db: Db, typeId: string, id: string): void {
  db.transaction(() => {
    stmt(db, 'UPDATE callbacks SET downlink_hook = 0 WHERE type_id = ? AND downlink_hook = 1').run(typeId);
    stmt(db, 'UPDATE callbacks SET downlink_hook = 1 WHERE id = ?').run(id);
  })();
}
