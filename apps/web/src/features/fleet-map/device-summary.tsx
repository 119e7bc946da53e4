import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { KeyValueTable } from '../../components/key-value-table.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { messageKey } from '../devices/device-messages.tsx';
import { readPayload } from '../devices/payload-reading.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { type FleetDevice, STATE_NAMES } from './fleet-device.ts';
import { fleetQueries } from './fleet-queries.ts';

function LastMessage({ device }: { device: FleetDevice }) {
  const message = useQuery(fleetQueries.lastMessage(device.id));
  const type = useQuery(deviceTypeQueries.detail(device.type));
  if (message.isPending) return <p className="muted">Loading the last message…</p>;
  if (message.error) return <p role="alert">Could not load the last message: {message.error.message}</p>;
  if (!message.data) return <p className="muted">No message yet.</p>;
  const m = message.data;
  const reading = readPayload(type.data, m.data);
  return (
    <>
      <p>
        Last message <TimeText value={m.time} unit="s" />:{' '}
        <Link to={paths.devices.detail(device.id, { message: messageKey(m) })} className="mono">
          {m.data || '(empty)'}
        </Link>
      </p>
      {reading.kind === 'fields' ? (
        <KeyValueTable label="Last message, decoded" rows={reading.values} />
      ) : null}
    </>
  );
}

/** What a selected device shows beside the map, with a link to its page. */
export function DeviceSummary({
  device,
  onClose,
  onZoom,
}: {
  device: FleetDevice;
  onClose: () => void;
  /** Zooms the map in until the device shows on its own. */
  onZoom: () => void;
}) {
  return (
    <section className="fleet-summary" aria-label={`Device ${device.name}`}>
      <div className="fleet-summary__head">
        <h2>{device.name}</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close summary
        </button>
      </div>
      <dl className="facts">
        <dt>Id</dt>
        <dd className="mono">{device.id}</dd>
        <dt>Device type</dt>
        <dd>{device.typeName}</dd>
        <dt>State</dt>
        <dd>{STATE_NAMES[device.state]}</dd>
        <dt>Last seen</dt>
        <dd>
          <TimeText value={device.last} unit="s" />
        </dd>
        <dt>Position</dt>
        <dd className="mono">
          {device.lat.toFixed(5)}, {device.lng.toFixed(5)}
          {device.radius !== undefined ? ` (±${device.radius} m)` : ' (provided)'}
        </dd>
      </dl>
      <LastMessage device={device} />
      <div className="fleet-summary__actions">
        <Link to={paths.devices.detail(device.id)} className="button">
          Open device page
        </Link>
        <button type="button" className="button button--secondary" onClick={onZoom}>
          Zoom to device
        </button>
      </div>
    </section>
  );
}
