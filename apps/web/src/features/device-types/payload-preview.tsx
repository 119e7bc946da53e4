import type { Message } from '@sfc/api';
import { decode, parse, toJsonValues } from '@sfc/payload';
import { TimeText } from '../../components/time-text.tsx';
import './payload-preview.css';

interface PayloadPreviewProps {
  config: string;
  /** A recent real message of this device type, when there is one. */
  message: Message | undefined;
}

/** Shows where a payload config breaks, or what it makes of a real recent message, as the user types. */
export function PayloadPreview({ config, message }: PayloadPreviewProps) {
  const parsed = parse(config);
  if (!parsed.ok) {
    const { column } = parsed.error;
    const line = config.replace(/\s/g, ' ');
    return (
      <div className="payload-preview">
        <pre className="mono payload-preview__caret">
          {line}
          {'\n'}
          {`${' '.repeat(Math.max(0, column - 1))}^`}
        </pre>
      </div>
    );
  }
  if (!message) return <p className="muted">No message yet to decode with this config.</p>;
  const { values, warnings } = decode(parsed.config, message.data);
  const json = toJsonValues(values);
  return (
    <section className="payload-preview" aria-label="Decoded preview">
      <p className="muted">
        Decoding <span className="mono">{message.data || '(empty)'}</span> from device {message.device},{' '}
        <TimeText value={message.time} unit="s" />:
      </p>
      <dl className="facts">
        {Object.entries(json).map(([name, value]) => (
          <div key={name} className="payload-preview__row">
            <dt className="mono">{name}</dt>
            <dd className="mono">{JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
      {warnings.map((w) => (
        <p key={w} className="payload-preview__warning">
          {w}
        </p>
      ))}
    </section>
  );
}
