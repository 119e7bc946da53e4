import type { CallbackType } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { FormError } from '../../components/form/form-error.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { subtypeOptions, typeOptions } from './callback-labels.ts';
import {
  type CallbackFormValues,
  callbackResolver,
  defaultCallbackValues,
  problemPath,
  toDefinition,
} from './callback-form-values.ts';
import { CallbackPreview } from './callback-preview.tsx';
import { useCreateCallback } from './callback-queries.ts';
import { ChannelFields } from './channel-fields.tsx';
import './callback-form.css';

interface CallbackFormProps {
  deviceTypeId: string;
  onDone: () => void;
}

/** Create a callback: fields follow the channel and the type/subtype; nothing invalid is sent. */
export function CallbackForm({ deviceTypeId, onDone }: CallbackFormProps) {
  const create = useCreateCallback(deviceTypeId);
  const form = useForm<CallbackFormValues>({
    defaultValues: defaultCallbackValues,
    resolver: callbackResolver,
    mode: 'onTouched',
  });
  const { register, control, setValue } = form;
  const { errors } = form.formState;
  const callbackType = Number(useWatch({ control, name: 'callbackType' })) as CallbackType;
  const messages = useInfiniteQuery(deviceTypeQueries.messages(deviceTypeId));
  const subtypes = subtypeOptions(callbackType);

  const onSubmit = form.handleSubmit((values) =>
    create.mutate([toDefinition(values)], {
      onSuccess: onDone,
      onError: (error) => {
        // The body is an array: the server names fields "0.url", "0.headers.X-Token".
        for (const { field, message } of fieldErrors(error)) {
          const path = problemPath(values, field.replace(/^0\./, ''), message);
          if (path) form.setError(path, { type: 'server', message });
        }
      },
    }),
  );

  return (
    <div className="callback-form">
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Create callback">
        <FormField label="Channel" error={errors.channel?.message}>
          {(p) => (
            <select {...p} {...register('channel')}>
              <option value="URL">URL (one request per message)</option>
              <option value="BATCH_URL">BATCH_URL (messages grouped)</option>
              <option value="EMAIL">EMAIL</option>
            </select>
          )}
        </FormField>
        <FormField label="Type" error={errors.callbackType?.message}>
          {(p) => (
            <select
              {...p}
              {...register('callbackType', {
                // Keep the pair valid: a new type starts on its first subtype (none for ERROR).
                onChange: (e) => {
                  const first = subtypeOptions(Number(e.target.value) as CallbackType)[0];
                  setValue('callbackSubtype', first ? String(first.value) : '');
                },
              })}
            >
              {typeOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {subtypes.length > 0 && (
          <FormField label="Subtype" error={errors.callbackSubtype?.message}>
            {(p) => (
              <select {...p} {...register('callbackSubtype')}>
                {subtypes.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <ChannelFields form={form} />
        {callbackType === 0 && (
          <FormField
            label="Custom variables (payload config)"
            error={errors.payloadConfig?.message}
            hint="Optional. Defines {customData#name} variables, e.g. temp::int:16 hum::uint:8"
          >
            {(p) => <input {...p} {...register('payloadConfig')} className="mono" spellCheck={false} />}
          </FormField>
        )}
        <label className="checkbox">
          <input type="checkbox" {...register('sendDuplicate')} /> Send duplicate messages
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('enabled')} /> Enabled
        </label>
        <FormError error={create.error} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create callback'}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
      <CallbackPreview
        control={control}
        deviceTypeId={deviceTypeId}
        message={messages.data?.pages[0]?.data[0]}
      />
    </div>
  );
}
