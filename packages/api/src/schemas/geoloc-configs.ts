import { z } from 'zod';
import { ObjectId } from './ids.ts';

/** A custom geolocation payload configuration (reference: List custom geoloc configurations). */
export const GeolocConfig = z.object({ id: ObjectId, name: z.string(), groupName: z.string().optional() });
/** A geolocation payload configuration. */
export type GeolocConfig = z.infer<typeof GeolocConfig>;

/** The geoloc configs of a group: a bare array, not a page. */
export const GeolocConfigList = z.array(GeolocConfig);
/** The geoloc configs of a group. */
export type GeolocConfigList = z.infer<typeof GeolocConfigList>;

/** Query of the geoloc configs: the group (required). */
export const GeolocConfigQuery = z.strictObject({ groupId: ObjectId });
/** Query of the geoloc configs, as a caller writes it. */
export type GeolocConfigQuery = z.input<typeof GeolocConfigQuery>;
