import {
  createCallbacks,
  deleteCallback,
  findCallback,
  listCallbacks,
  selectDownlinkCallback,
  setCallbackEnabled,
} from '../../db/callbacks.ts';
import type { CallbackRow } from '../../db/callbacks.ts';
import { visibleDeviceType } from '../access.ts';
import type { Ctx, Handlers } from '../handler.ts';
import { badRequest, notFound } from '../http-error.ts';

/**
 * "404 when the device type does not exist, or when the callback id does not
 * correspond to this device type" (reference, Callback deletion/enable/downlink).
 */
function callbackOf(ctx: Ctx, typeId: string, callbackId: string): CallbackRow {
  const type = visibleDeviceType(ctx, typeId);
  const callback = findCallback(ctx.db, type.id, callbackId);
  if (callback === undefined) throw notFound(`Callback ${callbackId} of device type ${typeId}`);
  return callback;
}

/** Callbacks of a device type (reference, Device types API: Callback ...). */
export const callbackHandlers = {
  createCallbacks: ({ params, body }, ctx) =>
    createCallbacks(ctx.db, visibleDeviceType(ctx, params.id).id, body),

  listCallbacks: ({ params }, ctx) => listCallbacks(ctx.db, visibleDeviceType(ctx, params.id).id),

  deleteCallback: ({ params }, ctx) => {
    deleteCallback(ctx.db, callbackOf(ctx, params.id, params.callbackId).id);
  },

  enableCallback: ({ params, query }, ctx) => {
    setCallbackEnabled(ctx.db, callbackOf(ctx, params.id, params.callbackId).id, query.enabled);
  },

  /** Only a DATA BIDIR callback can answer a downlink (reference, Callback creation: subtype 3 BIDIR). */
  selectDownlinkCallback: ({ params }, ctx) => {
    const callback = callbackOf(ctx, params.id, params.callbackId);
    if (callback.callback_type !== 0 || callback.callback_subtype !== 3) {
      throw badRequest('callbackId', 'must be a DATA BIDIR callback (callbackType 0, callbackSubtype 3)');
    }
    selectDownlinkCallback(ctx.db, callback.type_id, callback.id);
  },
} satisfies Pick<
  Handlers,
  'createCallbacks' | 'listCallbacks' | 'deleteCallback' | 'enableCallback' | 'selectDownlinkCallback'
>;
