import type { Device } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { DeviceStateBadge } from './device-labels.tsx';

function decibels(value: number | undefined, unit: string): string {
  return value === undefined ? '—' : `${value.toFixed(1)} ${unit}`;
}

/** The PAC proves ownership (it transfers a device), so it stays hidden until asked for. */
function Pac({ pac }: { pac: string | undefined }) {
  const [shown, setShown] = useState(false);
  if (pac === undefined) return <span className="muted">—</span>;
  return shown ? (
    <span className="mono">{pac}</span>
  ) : (
    <button type="button" className="button button--secondary" onClick={() => setShown(true)}>
      Show PAC
    </button>
  );
}

/** What the API says about one device (reference: Device information), in words. */
export function DeviceFacts({ device: d }: { device: Device }) {
  const deviceType = useQuery(deviceTypeQueries.detail(d.type)).data;
  const computed = d.computedLocation;
  return (
    <section aria-labelledby="device-info">
      <h2 id="device-info">Information</h2>
      <dl className="facts">
        <dt>Id</dt>
        <dd className="mono">{d.id}</dd>
        <dt>Device type</dt>
        <dd>
          <Link to={paths.deviceTypes.detail(d.type)}>{deviceType?.name ?? d.type}</Link>
        </dd>
        <dt>State</dt>
        <dd>
          <DeviceStateBadge state={d.state} />
        </dd>
        <dt>Last seen</dt>
        <dd>
          <RelativeTime value={d.last} unit="s" />
        </dd>
        <dt>Average SNR</dt>
        <dd>{decibels(d.averageSnr ?? d.averageSignal, 'dB')}</dd>
        <dt>Average RSSI</dt>
        <dd>{decibels(d.averageRssi, 'dBm')}</dd>
        <dt>Location provided</dt>
        <dd>{d.lat !== undefined && d.lng !== undefined ? `${d.lat}, ${d.lng}` : '—'}</dd>
        <dt>Location computed</dt>
        <dd>{computed ? `${computed.lat}, ${computed.lng} (± ${computed.radius} m)` : '—'}</dd>
        <dt>Token</dt>
        <dd>
          {d.tokenType ?? '—'}
          {d.tokenType === 'FREE' && d.freeMessages !== undefined ? `, ${d.freeMessages} free messages` : ''}
        </dd>
        <dt>Token end</dt>
        <dd>
          <TimeText value={d.tokenEnd} unit="ms" />
        </dd>
        <dt>Activated</dt>
        <dd>
          <TimeText value={d.activationTime} unit="ms" />
        </dd>
        <dt>PAC</dt>
        <dd>
          <Pac pac={d.pac} />
        </dd>
      </dl>
    </section>
  );
}
