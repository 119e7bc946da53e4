import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { FormField } from '../../components/form/form-field.tsx';
import type { CallbackFormValues } from './callback-form-values.ts';
import { HeaderRows } from './header-rows.tsx';

const VARIABLES_HINT = 'Variables are written {name}, e.g. {device}, {data}, {customData#field}.';

/** The fields of the chosen channel: URL, BATCH_URL or EMAIL (reference: Callback creation, Fields). */
export function ChannelFields({ form }: { form: UseFormReturn<CallbackFormValues> }) {
  const { register, control } = form;
  const { errors } = form.formState;
  const [channel, httpMethod] = useWatch({ control, name: ['channel', 'httpMethod'] });
  if (channel === 'EMAIL') {
    return (
      <>
        <FormField label="Recipient" error={errors.recipient?.message}>
          {(p) => <input {...p} {...register('recipient')} type="email" />}
        </FormField>
        <FormField label="Subject" error={errors.subject?.message} hint={VARIABLES_HINT}>
          {(p) => <input {...p} {...register('subject')} />}
        </FormField>
        <FormField label="Message" error={errors.message?.message}>
          {(p) => <textarea {...p} {...register('message')} rows={4} />}
        </FormField>
      </>
    );
  }
  const sni = (
    <label className="checkbox">
      <input type="checkbox" {...register('sendSni')} /> Send SNI (Server Name Indication for TLS)
    </label>
  );
  if (channel === 'BATCH_URL') {
    return (
      <>
        <FormField
          label="URL"
          error={errors.url?.message}
          hint="One request carries many messages: no variables here."
        >
          {(p) => <input {...p} {...register('url')} type="url" className="mono" spellCheck={false} />}
        </FormField>
        <FormField label="Line pattern" error={errors.linePattern?.message} hint={VARIABLES_HINT}>
          {(p) => <input {...p} {...register('linePattern')} className="mono" spellCheck={false} />}
        </FormField>
        {sni}
      </>
    );
  }
  return (
    <>
      <FormField label="URL" error={errors.url?.message} hint={VARIABLES_HINT}>
        {(p) => <input {...p} {...register('url')} type="url" className="mono" spellCheck={false} />}
      </FormField>
      <FormField label="HTTP method" error={errors.httpMethod?.message}>
        {(p) => (
          <select {...p} {...register('httpMethod')}>
            <option value="GET">GET</option>
            <option value="POST">POST</option>
            <option value="PUT">PUT</option>
          </select>
        )}
      </FormField>
      <HeaderRows control={control} register={register} errors={errors.headers} />
      {httpMethod !== 'GET' && (
        <>
          <FormField label="Content type" error={errors.contentType?.message}>
            {(p) => (
              <select {...p} {...register('contentType')}>
                <option value="application/x-www-form-urlencoded">application/x-www-form-urlencoded</option>
                <option value="application/json">application/json</option>
                <option value="text/plain">text/plain</option>
              </select>
            )}
          </FormField>
          <FormField label="Body" error={errors.bodyTemplate?.message} hint={VARIABLES_HINT}>
            {(p) => <textarea {...p} {...register('bodyTemplate')} rows={5} spellCheck={false} />}
          </FormField>
        </>
      )}
      {sni}
    </>
  );
}
