import type { DeviceType } from '@sfc/api';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '../../components/form/apply-server-errors.ts';
import { FormError } from '../../components/form/form-error.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { deviceTypeQueries, useEditDeviceType } from './device-type-queries.ts';
import {
  type DeviceTypeFormValues,
  deviceTypeResolver,
  toEditBody,
  toFormValues,
} from './edit-form-values.ts';
import { PayloadPreview } from './payload-preview.tsx';

const FIELDS = [
  'name',
  'description',
  'keepAlive',
  'alertEmail',
  'payloadType',
  'payloadConfig',
  'geolocPayloadConfigId',
  'downlinkMode',
  'downlinkDataString',
] as const;

interface DeviceTypeFormProps {
  deviceType: DeviceType;
  onDone: () => void;
}

/** The settings edit form: checked field by field with the shared schema before anything is sent. */
export function DeviceTypeForm({ deviceType, onDone }: DeviceTypeFormProps) {
  const edit = useEditDeviceType();
  const form = useForm<DeviceTypeFormValues>({
    defaultValues: toFormValues(deviceType),
    resolver: deviceTypeResolver(deviceType.id),
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const [payloadType, payloadConfig, downlinkMode] = useWatch({
    control: form.control,
    name: ['payloadType', 'payloadConfig', 'downlinkMode'],
  });
  const messages = useInfiniteQuery({
    ...deviceTypeQueries.messages(deviceType.id),
    enabled: payloadType === 'Custom',
  });
  const geolocs = useQuery({
    ...deviceTypeQueries.geolocConfigs(deviceType.group),
    enabled: payloadType === 'Geolocation',
  });

  const onSubmit = form.handleSubmit((values) =>
    edit.mutate(toEditBody(deviceType.id, values), {
      onSuccess: onDone,
      onError: (error) => applyServerErrors(error, form.setError, FIELDS),
    }),
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Edit device type">
      <FormField label="Name" error={errors.name?.message}>
        {(p) => <input {...p} {...form.register('name')} />}
      </FormField>
      <FormField label="Description" error={errors.description?.message}>
        {(p) => <textarea {...p} {...form.register('description')} rows={2} />}
      </FormField>
      <FormField
        label="Keep alive"
        error={errors.keepAlive?.message}
        hint="In seconds: 0 for inactive, otherwise 1800 (30 minutes) or more."
      >
        {(p) => <input {...p} {...form.register('keepAlive')} inputMode="numeric" />}
      </FormField>
      <FormField label="Alert email" error={errors.alertEmail?.message}>
        {(p) => <input {...p} {...form.register('alertEmail')} type="email" autoComplete="email" />}
      </FormField>
      <FormField label="Payload type" error={errors.payloadType?.message}>
        {(p) => (
          <select {...p} {...form.register('payloadType')}>
            <option value="None">None</option>
            <option value="String">String</option>
            <option value="Custom">Custom</option>
            <option value="Geolocation">Geolocation</option>
          </select>
        )}
      </FormField>
      {payloadType === 'Custom' && (
        <FormField
          label="Payload config"
          error={errors.payloadConfig?.message}
          hint={<PayloadPreview config={payloadConfig} message={messages.data?.pages[0]?.data[0]} />}
        >
          {(p) => <textarea {...p} {...form.register('payloadConfig')} spellCheck={false} />}
        </FormField>
      )}
      {payloadType === 'Geolocation' && (
        <FormField label="Geolocation config" error={errors.geolocPayloadConfigId?.message}>
          {(p) => (
            <select {...p} {...form.register('geolocPayloadConfigId')}>
              <option value="">Choose a configuration</option>
              {geolocs.data?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField label="Downlink mode" error={errors.downlinkMode?.message}>
        {(p) => (
          <select {...p} {...form.register('downlinkMode')}>
            <option value="0">Direct (fixed data)</option>
            <option value="1">Callback (a BIDIR callback answers)</option>
          </select>
        )}
      </FormField>
      {downlinkMode === '0' && (
        <FormField
          label="Downlink data"
          error={errors.downlinkDataString?.message}
          hint="8 bytes: 16 hex digits, or the variables {time} (4 bytes), {tapId} (2) and {rssi} (2)."
        >
          {(p) => (
            <input {...p} {...form.register('downlinkDataString')} className="mono" spellCheck={false} />
          )}
        </FormField>
      )}
      <FormError error={edit.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
