import type { DeviceType, Message } from '@sfc/api';
import { useEffect, useRef } from 'react';
import { BitMap } from '../../components/bit-map/bit-map.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { readPayload } from './payload-reading.ts';
import { Receptions } from './receptions.tsx';
import { KeyValueTable } from '../../components/key-value-table.tsx';

interface MessageDetailProps {
  message: Message;
  deviceType: DeviceType | undefined;
  onClose: () => void;
}

/** One message in full: decoded fields, link quality, receptions, location and its bit map. */
export function MessageDetail({ message: m, deviceType, onClose }: MessageDetailProps) {
  const reading = readPayload(deviceType, m.data);
  const location = m.computedLocation;
  // An opened message takes the focus, which brings it into view: opened from the track's
  // map or a link, it may be far down the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = `${m.time}-${m.seqNumber}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another message opens
  useEffect(() => heading.current?.focus(), [opened]);
  return (
    <section aria-labelledby="message-detail" className="detail-panel">
      <div className="page__header">
        <h3 id="message-detail" ref={heading} tabIndex={-1}>
          Message {m.seqNumber ?? ''} of <TimeText value={m.time} unit="s" />
        </h3>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close details
        </button>
      </div>
      <dl className="facts">
        <dt>Raw data</dt>
        <dd className="mono">{m.data || '(empty)'}</dd>
        <dt>Link quality</dt>
        <dd>{m.linkQuality ?? '—'}</dd>
        <dt>Best SNR</dt>
        <dd>{m.snr === undefined ? '—' : `${m.snr} dB`}</dd>
        <dt>Computed location</dt>
        <dd>{location ? `${location.lat}, ${location.lng} (± ${location.radius} m)` : '—'}</dd>
      </dl>
      <h4>Decoded fields</h4>
      {reading.kind === 'raw' && (
        <p className="muted">This device type's payload is not decoded (not Custom).</p>
      )}
      {reading.kind === 'config-error' && (
        <p className="form-error">Payload config error: {reading.message}</p>
      )}
      {reading.kind === 'fields' && (
        <>
          <KeyValueTable label="Decoded fields" rows={reading.values} />
          {reading.warnings.length > 0 && (
            <ul aria-label="Decoding warnings">
              {reading.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <h4>Bit map</h4>
          <BitMap fields={reading.layout} hex={m.data} label="Message bit map" />
        </>
      )}
      <h4>Receptions</h4>
      <Receptions rinfos={m.rinfos ?? []} />
    </section>
  );
}
