import { editDeviceType, deviceTypesOf, toDeviceType } from '../../db/device-types.ts';
import { stmt } from '../../db/stmt.ts';
import { existingDevices, registerDevices } from '../../db/register.ts';
import { visibleDeviceType } from '../access.ts';
import type { Handlers } from '../handler.ts';
import { badRequest } from '../http-error.ts';

/** Device types API (reference). */
export const deviceTypeHandlers = {
  /** The group's own device types; with includeSubGroups, its subtree's too (reference, Device types list). */
  listDeviceTypes: ({ query }, ctx) => {
    const groups = query.includeSubGroups === true ? [...ctx.scope.visible] : [ctx.scope.groupId];
    return { data: deviceTypesOf(ctx.db, groups, query.contractInfoId).map(toDeviceType) };
  },

  getDeviceType: ({ params }, ctx) => toDeviceType(visibleDeviceType(ctx, params.id)),

  editDeviceType: ({ body }, ctx) => {
    const type = visibleDeviceType(ctx, body.id);
    const payloadType = body.payloadType ?? type.payload_type;
    if (body.payloadType === undefined && body.payloadConfig !== undefined && payloadType !== 'Custom') {
      throw badRequest('payloadConfig', 'is only allowed when payloadType is Custom');
    }
    if (
      body.payloadType === undefined &&
      body.geolocPayloadConfigId !== undefined &&
      payloadType !== 'Geolocation'
    ) {
      throw badRequest('geolocPayloadConfigId', 'is only allowed when payloadType is Geolocation');
    }
    const geoloc = body.geolocPayloadConfigId?.toLowerCase();
    if (geoloc !== undefined) {
      const config = stmt(ctx.db, 'SELECT group_id FROM geoloc_configs WHERE id = ?').get(geoloc) as
        | { group_id: string }
        | undefined;
      if (config === undefined || !ctx.scope.visible.has(config.group_id)) {
        throw badRequest('geolocPayloadConfigId', 'is not a geoloc configuration of your group');
      }
    }
    editDeviceType(ctx.db, type.id, { ...body, geolocPayloadConfigId: geoloc });
  },

  /** The reference's curl POST: `{prefix, ids: [{id, pk}]}` registers devices in the type. */
  registerDevices: ({ params, body }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    const taken = existingDevices(
      ctx.db,
      body.ids.map((e) => e.id),
    );
    const first = taken[0];
    if (first !== undefined) {
      const index = body.ids.findIndex((e) => e.id === first);
      throw badRequest(`ids.${index}.id`, `device ${first} is already registered`);
    }
    registerDevices(ctx.db, type.id, body.prefix, body.ids);
  },

  /** Geoloc configurations of a group inside the subtree (reference, List custom geoloc configurations). */
  listGeolocConfigs: ({ query }, ctx) => {
    const groupId = query.groupId.toLowerCase();
    ctx.scope.checkGroup(groupId);
    const rows = stmt(
      ctx.db,
      `SELECT c.id, c.name, g.name AS group_name FROM geoloc_configs c JOIN groups g ON g.id = c.group_id
       WHERE c.group_id = ? ORDER BY c.id`,
    ).all(groupId) as { id: string; name: string; group_name: string }[];
    return rows.map((r) => ({ id: r.id, name: r.name, groupName: r.group_name }));
  },

  /** Disengages the sequence check for the next message of each device of the type (reference). */
  disengageSequenceNumber: ({ params }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    stmt(ctx.db, 'UPDATE devices SET seq_disengaged = 1 WHERE type_id = ?').run(type.id);
  },
} satisfies Pick<
  Handlers,
  | 'listDeviceTypes'
  | 'getDeviceType'
  | 'editDeviceType'
  | 'registerDevices'
  | 'listGeolocConfigs'
  | 'disengageSequenceNumber'
>;
