import type { Device } from '@sfc/api';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { messageColumns } from '../device-types/message-columns.tsx';
import { createDecoder } from '../device-types/message-decoder.ts';
import { DeviceStateBadge } from './device-labels.tsx';
import { deviceQueries } from './device-queries.ts';

function DeviceFacts({ device: d }: { device: Device }) {
  const deviceType = useQuery(deviceTypeQueries.detail(d.type)).data;
  return (
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
      <dt>Last message</dt>
      <dd>
        <TimeText value={d.last} unit="s" />
      </dd>
      <dt>Average SNR / RSSI</dt>
      <dd>
        {d.averageSnr?.toFixed(1) ?? '—'} dB / {d.averageRssi?.toFixed(1) ?? '—'} dBm
      </dd>
      <dt>Token</dt>
      <dd>
        {d.tokenType ?? '—'}
        {d.tokenEnd ? (
          <>
            {' '}
            until <TimeText value={d.tokenEnd} unit="ms" />
          </>
        ) : null}
      </dd>
      <dt>Activated</dt>
      <dd>
        <TimeText value={d.activationTime} unit="ms" />
      </dd>
      <dt>Position</dt>
      <dd>
        {d.computedLocation
          ? `${d.computedLocation.lat}, ${d.computedLocation.lng} (± ${d.computedLocation.radius} m)`
          : '—'}
      </dd>
    </dl>
  );
}

function DeviceMessages({ device }: { device: Device }) {
  const deviceType = useQuery(deviceTypeQueries.detail(device.type)).data;
  const query = useInfiniteQuery(deviceQueries.messages(device.id));
  const table = pagedRows(query);
  const columns = useMemo(() => messageColumns(deviceType && createDecoder(deviceType)), [deviceType]);
  return (
    <section aria-labelledby="device-messages">
      <h2 id="device-messages">Messages</h2>
      <QueryState query={query} loadingLabel="Loading messages…">
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No messages yet" />
          ) : (
            <DataTable
              label="Device messages"
              columns={columns}
              rowKey={(m) => `${m.time}-${m.seqNumber ?? ''}-${m.data}`}
              {...table}
            />
          )
        }
      </QueryState>
    </section>
  );
}

/** One device: its facts and its messages, decoded with its device type's payload config. */
export function DevicePage() {
  const id = useParams().deviceId ?? '';
  const query = useQuery(deviceQueries.detail(id));
  return (
    <QueryState query={query} loadingLabel="Loading device…">
      {(device) => (
        <div className="page">
          <h1>
            Device <span className="mono">{device.id}</span>
            {device.name ? ` — ${device.name}` : ''}
          </h1>
          <DeviceFacts device={device} />
          <DeviceMessages device={device} />
        </div>
      )}
    </QueryState>
  );
}
