import { type DeviceType, DeviceTypeEdit, type PayloadType } from '@sfc/api';
import type { FieldErrors, Resolver } from 'react-hook-form';

/** The edit form as inputs hold it: text, converted to the edition body on submit. */
export interface DeviceTypeFormValues {
  name: string;
  description: string;
  keepAlive: string;
  alertEmail: string;
  payloadType: PayloadType;
  payloadConfig: string;
  geolocPayloadConfigId: string;
  downlinkMode: '0' | '1';
  downlinkDataString: string;
}

export function toFormValues(t: DeviceType): DeviceTypeFormValues {
  return {
    name: t.name,
    description: t.description ?? '',
    keepAlive: t.keepAlive === undefined ? '' : String(t.keepAlive),
    alertEmail: t.alertEmail ?? '',
    payloadType: t.payloadType ?? 'None',
    payloadConfig: t.payloadConfig ?? '',
    geolocPayloadConfigId: t.geolocPayloadConfigId ?? '',
    downlinkMode: t.downlinkMode === 1 ? '1' : '0',
    downlinkDataString: t.downlinkDataString ?? '',
  };
}

const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The edition body (reference: Device type edition). An absent field is left
 * unchanged, so empty optional inputs are left out; the payload config goes only
 * with the Custom type, the geoloc config only with Geolocation, and the downlink
 * data only in direct mode, as the shared schema demands.
 */
export function toEditBody(id: string, v: DeviceTypeFormValues): DeviceTypeEdit {
  const keepAlive = v.keepAlive.trim();
  return {
    id,
    name: v.name,
    description: v.description,
    keepAlive: keepAlive === '' ? undefined : /^\d+$/.test(keepAlive) ? Number(keepAlive) : Number.NaN,
    alertEmail: blankToUndefined(v.alertEmail),
    payloadType: v.payloadType,
    payloadConfig: v.payloadType === 'Custom' ? v.payloadConfig : undefined,
    geolocPayloadConfigId:
      v.payloadType === 'Geolocation' ? blankToUndefined(v.geolocPayloadConfigId) : undefined,
    downlinkMode: v.downlinkMode === '1' ? 1 : 0,
    downlinkDataString: v.downlinkMode === '0' ? blankToUndefined(v.downlinkDataString) : undefined,
  };
}

/**
 * Validates the form with the shared `DeviceTypeEdit` schema (which also parses the
 * payload config with @sfc/payload), so that nothing invalid is ever sent.
 */
export function deviceTypeResolver(id: string): Resolver<DeviceTypeFormValues> {
  return async (values) => {
    const errors: FieldErrors<DeviceTypeFormValues> = {};
    const body = toEditBody(id, values);
    const result = DeviceTypeEdit.safeParse(body);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const name = String(issue.path[0] ?? 'name') as keyof DeviceTypeFormValues;
        const message =
          name === 'keepAlive' && Number.isNaN(body.keepAlive)
            ? 'must be a whole number of seconds'
            : issue.message;
        errors[name] ??= { type: 'schema', message };
      }
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}
