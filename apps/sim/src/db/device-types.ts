import type { DeviceType, PayloadType } from '@sfc/api';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

export interface DeviceTypeRow {
  id: string;
  group_id: string;
  name: string;
  description: string | null;
  keep_alive: number;
  payload_type: PayloadType;
  payload_config: string | null;
  geoloc_payload_config_id: string | null;
  alert_email: string | null;
  downlink_mode: 0 | 1;
  downlink_data_string: string | null;
  contract_id: string | null;
}

/** A device type as the API shows it (reference, Device type information). */
export function toDeviceType(r: DeviceTypeRow): DeviceType {
  return {
    id: r.id,
    name: r.name,
    group: r.group_id,
    description: r.description ?? undefined,
    keepAlive: r.keep_alive,
    payloadType: r.payload_type,
    payloadConfig: r.payload_config ?? undefined,
    geolocPayloadConfigId: r.geoloc_payload_config_id ?? undefined,
    contract: r.contract_id ?? undefined,
    alertEmail: r.alert_email ?? undefined,
    downlinkMode: r.downlink_mode,
    downlinkDataString: r.downlink_data_string ?? undefined,
  };
}

export function findDeviceType(db: Db, id: string): DeviceTypeRow | undefined {
  return stmt(db, 'SELECT * FROM device_types WHERE id = ?').get(id.toLowerCase()) as
    | DeviceTypeRow
    | undefined;
}

/** Device types of the given groups, by id. */
export function deviceTypesOf(db: Db, groupIds: readonly string[], contractId?: string): DeviceTypeRow[] {
  const marks = groupIds.map(() => '?').join(', ');
  const byContract = contractId === undefined ? '' : ' AND contract_id = ?';
  const args = contractId === undefined ? groupIds : [...groupIds, contractId.toLowerCase()];
  return stmt(db, `SELECT * FROM device_types WHERE group_id IN (${marks})${byContract} ORDER BY id`).all(
    ...args,
  ) as DeviceTypeRow[];
}

export interface DeviceTypeChanges {
  name?: string | undefined;
  description?: string | undefined;
  keepAlive?: number | undefined;
  alertEmail?: string | undefined;
  payloadType?: PayloadType | undefined;
  payloadConfig?: string | undefined;
  geolocPayloadConfigId?: string | undefined;
  downlinkMode?: 0 | 1 | undefined;
  downlinkDataString?: string | undefined;
}

/**
 * Applies an edition: absent fields keep their value (reference, Device type
 * edition). A new payloadType clears the configuration the old one needed.
 */
export function editDeviceType(db: Db, id: string, c: DeviceTypeChanges): void {
  const sets: string[] = [];
  const args: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    args.push(value);
  };
  if (c.name !== undefined) set('name', c.name);
  if (c.description !== undefined) set('description', c.description);
  if (c.keepAlive !== undefined) set('keep_alive', c.keepAlive);
  if (c.alertEmail !== undefined) set('alert_email', c.alertEmail);
  if (c.payloadType !== undefined) {
    set('payload_type', c.payloadType);
    set('payload_config', c.payloadType === 'Custom' ? (c.payloadConfig ?? null) : null);
    set(
      'geoloc_payload_config_id',
      c.payloadType === 'Geolocation' ? (c.geolocPayloadConfigId ?? null) : null,
    );
  } else {
    if (c.payloadConfig !== undefined) set('payload_config', c.payloadConfig);
    if (c.geolocPayloadConfigId !== undefined) set('geoloc_payload_config_id', c.geolocPayloadConfigId);
  }
  if (c.downlinkMode !== undefined) set('downlink_mode', c.downlinkMode);
  if (c.downlinkDataString !== undefined) set('downlink_data_string', c.downlinkDataString);
  if (sets.length === 0) return;
  stmt(db, `UPDATE device_types SET ${sets.join(', ')} WHERE id = ?`).run(...args, id);
}
