import { z } from 'zod';
import { DownlinkDataString } from './downlink-data.ts';
import { ObjectId } from './ids.ts';
import { PayloadConfig } from './payload-config.ts';
import { queryBool } from './query.ts';

/** How the backend displays a device type's payloads (reference: Device types list, payloadType). */
export const PayloadType = z.enum(['None', 'String', 'Custom', 'Geolocation'], {
  error: 'must be one of None, String, Custom, Geolocation',
});
/** A payload type. */
export type PayloadType = z.infer<typeof PayloadType>;

/** Downlink mode: 0 direct (data from `downlinkDataString`), 1 callback (reference: Device type edition). */
export const DownlinkMode = z.union([z.literal(0), z.literal(1)], {
  error: 'must be 0 (direct) or 1 (callback)',
});

/** Shortest non-zero keep-alive, in seconds. */
export const MIN_KEEP_ALIVE = 1800;

/**
 * Keep-alive in seconds, 0 meaning inactive. The reference says "in minutes" and then
 * "must be either 0 or >= 1800s"; we read the bound as the rule and the unit as
 * seconds (1800 s = 30 min; the list example's 7200 is then 2 hours, not 5 days).
 */
export const KeepAlive = z
  .number()
  .int('must be an integer number of seconds')
  .refine(
    (v) => v === 0 || v >= MIN_KEEP_ALIVE,
    `must be 0 (inactive) or at least ${MIN_KEEP_ALIVE} seconds`,
  );

/** A device type as the API returns it (reference: Device type information). */
export const DeviceType = z.object({
  id: ObjectId,
  name: z.string(),
  /** The group that owns the device type. */
  group: ObjectId,
  description: z.string().optional(),
  /** Seconds; 0 means inactive. */
  keepAlive: z.number().int().nonnegative().optional(),
  payloadType: PayloadType.optional(),
  payloadConfig: z.string().optional(),
  geolocPayloadConfigId: ObjectId.optional(),
  contract: ObjectId.optional(),
  alertEmail: z.string().optional(),
  downlinkMode: DownlinkMode.optional(),
  downlinkDataString: z.string().optional(),
});
/** A device type. */
export type DeviceType = z.infer<typeof DeviceType>;

/** The device type list: `{ data }`, unpaged (the reference documents no paging for it). */
export const DeviceTypeList = z.object({ data: z.array(DeviceType) });
/** The device type list. */
export type DeviceTypeList = z.infer<typeof DeviceTypeList>;

/** Query of the device type list (reference: Device types list, Parameters). */
export const DeviceTypeListQuery = z.strictObject({
  includeSubGroups: queryBool.optional(),
  contractInfoId: ObjectId.optional(),
});
/** Query of the device type list, as a caller writes it. */
export type DeviceTypeListQuery = z.input<typeof DeviceTypeListQuery>;

/**
 * Body of the device type edition (reference: Device type edition). Only `id` is
 * required: "If a field is not present, its value will not be changed."
 * `payloadType: Custom` needs `payloadConfig`, `Geolocation` needs
 * `geolocPayloadConfigId`; those two are refused alongside another payload type.
 */
export const DeviceTypeEdit = z
  .strictObject({
    id: ObjectId,
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
    description: z.string().max(300, 'must be at most 300 characters').optional(),
    keepAlive: KeepAlive.optional(),
    alertEmail: z.email('must be a valid email address').optional(),
    payloadType: PayloadType.optional(),
    payloadConfig: PayloadConfig.optional(),
    geolocPayloadConfigId: ObjectId.optional(),
    downlinkMode: DownlinkMode.optional(),
    downlinkDataString: DownlinkDataString.optional(),
  })
  .superRefine((edit, ctx) => {
    const { payloadType } = edit;
    if (payloadType === 'Custom' && edit.payloadConfig === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['payloadConfig'],
        message: 'is required when payloadType is Custom',
      });
    }
    if (payloadType === 'Geolocation' && edit.geolocPayloadConfigId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['geolocPayloadConfigId'],
        message: 'is required when payloadType is Geolocation',
      });
    }
    if (payloadType !== undefined && payloadType !== 'Custom' && edit.payloadConfig !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['payloadConfig'],
        message: 'is only allowed when payloadType is Custom',
      });
    }
    if (
      payloadType !== undefined &&
      payloadType !== 'Geolocation' &&
      edit.geolocPayloadConfigId !== undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['geolocPayloadConfigId'],
        message: 'is only allowed when payloadType is Geolocation',
      });
    }
  });
/** Body of the device type edition, as a caller writes it. */
export type DeviceTypeEdit = z.input<typeof DeviceTypeEdit>;
