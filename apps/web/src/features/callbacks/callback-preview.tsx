import type { Message } from '@sfc/api';
import { renderTemplate } from '@sfc/payload';
import { useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { TimeText } from '../../components/time-text.tsx';
import type { CallbackFormValues } from './callback-form-values.ts';
import { previewVariables } from './preview-variables.ts';
import './callback-preview.css';

interface CallbackPreviewProps {
  control: Control<CallbackFormValues>;
  deviceTypeId: string;
  message: Message | undefined;
}

/** What the callback would send for a real recent message, re-rendered as the user types. */
export function CallbackPreview({ control, deviceTypeId, message }: CallbackPreviewProps) {
  const v = useWatch({ control }) as CallbackFormValues;
  const subtype = v.callbackSubtype === '' ? undefined : Number(v.callbackSubtype);
  const { values } = previewVariables(
    message,
    deviceTypeId,
    Number(v.callbackType),
    subtype,
    v.payloadConfig,
  );
  const render = (template: string) => renderTemplate(template, values);
  return (
    <section className="callback-preview" aria-labelledby="callback-preview-title">
      <h3 id="callback-preview-title">Preview</h3>
      <p className="muted">
        {message ? (
          <>
            Rendered with message <span className="mono">{message.data || '(empty)'}</span> of device{' '}
            {message.device}, <TimeText value={message.time} unit="s" />; variables a message does not carry
            use sample values.
          </>
        ) : (
          'No message yet for this device type: rendered with sample values.'
        )}
      </p>
      {v.channel === 'EMAIL' ? (
        <dl className="facts">
          <dt>To</dt>
          <dd>{v.recipient}</dd>
          <dt>Subject</dt>
          <dd>{render(v.subject)}</dd>
          <dt>Message</dt>
          <dd>
            <pre>{render(v.message)}</pre>
          </dd>
        </dl>
      ) : (
        <dl className="facts">
          <dt>Request</dt>
          <dd className="mono">
            {v.channel === 'URL' ? v.httpMethod : 'POST'} {v.channel === 'URL' ? render(v.url) : v.url}
          </dd>
          {v.channel === 'URL' &&
            v.headers
              .filter((h) => h.name !== '')
              .map((h) => (
                <div key={h.name} className="callback-preview__row">
                  <dt className="mono">{h.name}</dt>
                  <dd className="mono">{render(h.value)}</dd>
                </div>
              ))}
          {v.channel === 'URL' && v.httpMethod !== 'GET' && (
            <>
              <dt>Body</dt>
              <dd>
                <pre>{render(v.bodyTemplate)}</pre>
              </dd>
            </>
          )}
          {v.channel === 'BATCH_URL' && (
            <>
              <dt>Line</dt>
              <dd>
                <pre>{render(v.linePattern)}</pre>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
