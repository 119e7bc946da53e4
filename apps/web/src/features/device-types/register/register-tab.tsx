import { DeviceRegistration } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { Navigate, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { FormError } from '../../../components/form/form-error.tsx';
import { FormField } from '../../../components/form/form-field.tsx';
import { fieldErrors } from '../../../lib/errors.ts';
import { useCanEdit } from '../../auth/use-auth.ts';
import { deviceTypeQueries, useRegisterDevices } from '../device-type-queries.ts';
import { readDeviceLines } from './device-lines.ts';
import { DeviceLinesTable } from './device-lines-table.tsx';

interface RegisterValues {
  prefix: string;
  devices: string;
}

function toBody(v: RegisterValues): DeviceRegistration {
  return { prefix: v.prefix, ids: readDeviceLines(v.devices).flatMap((l) => (l.entry ? [l.entry] : [])) };
}

/** Every line must be valid, and the body must pass the shared `DeviceRegistration` schema. */
const resolver: Resolver<RegisterValues> = async (values) => {
  const bad = readDeviceLines(values.devices).filter((l) => l.problem);
  const errors: Partial<Record<keyof RegisterValues, { type: string; message: string }>> = {};
  if (bad.length > 0) {
    errors.devices = {
      type: 'lines',
      message: `${bad.length} line${bad.length > 1 ? 's have' : ' has'} a problem: fix ${bad.length > 1 ? 'them' : 'it'} first`,
    };
  }
  const parsed = DeviceRegistration.safeParse(toBody(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'prefix' ? 'prefix' : 'devices';
      errors[field] ??= {
        type: 'schema',
        message: issue.path[0] === 'ids' ? `devices: ${issue.message}` : issue.message,
      };
    }
  }
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};

/** Register devices: a name prefix, then `id,PAC` lines typed or pasted as CSV, each checked. */
export function RegisterTab() {
  const id = useParams().deviceTypeId ?? '';
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const deviceType = useQuery(deviceTypeQueries.detail(id)).data;
  const register = useRegisterDevices(id);
  const form = useForm<RegisterValues>({ defaultValues: { prefix: '', devices: '' }, resolver });
  const [prefix, devices] = useWatch({ control: form.control, name: ['prefix', 'devices'] });
  const lines = readDeviceLines(devices);
  const valid = lines.filter((l) => l.entry);
  const { errors } = form.formState;
  if (!canEdit) return <Navigate to={paths.deviceTypes.detail(id, 'settings')} replace />;

  const onSubmit = form.handleSubmit((values) => {
    const body = toBody(values);
    register.mutate(body, {
      onSuccess: () => navigate(paths.deviceTypes.detail(id, 'devices')),
      onError: (error) => {
        // The server names entries "ids.3.pk": tell the user which line that is.
        const messages = fieldErrors(error).map(({ field, message }) => {
          const index = Number(field.split('.')[1]);
          const line = lines.filter((l) => l.entry)[index]?.line;
          return line === undefined ? message : `line ${line}: ${message}`;
        });
        if (messages.length > 0) form.setError('devices', { type: 'server', message: messages.join('; ') });
      },
    });
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Register devices">
      <FormField label="Name prefix" error={errors.prefix?.message} hint="Each device is named prefix + id.">
        {(p) => <input {...p} {...form.register('prefix')} />}
      </FormField>
      <FormField
        label="Devices"
        error={errors.devices?.message}
        hint="One device per line: id,PAC (comma, semicolon or tab). Paste a CSV export as it is."
      >
        {(p) => (
          <textarea {...p} {...form.register('devices')} rows={8} className="mono" spellCheck={false} />
        )}
      </FormField>
      {lines.length > 0 && <DeviceLinesTable lines={lines} />}
      <p role="status" className="register-summary">
        {valid.length === 0
          ? 'No device to register yet.'
          : `Will register ${valid.length} device${valid.length > 1 ? 's' : ''} in ${deviceType?.name ?? 'this device type'}, named ${prefix || '(no prefix)'} + id` +
            (lines.length > valid.length ? `; ${lines.length - valid.length} line(s) to fix first.` : '.')}
      </p>
      <FormError error={register.error} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={register.isPending}>
          {register.isPending ? 'Registering…' : 'Register devices'}
        </button>
      </div>
    </form>
  );
}
