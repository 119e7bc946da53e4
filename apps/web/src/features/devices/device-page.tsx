import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryState } from '../../components/status/query-state.tsx';
import { ConsumptionChart } from './consumption-chart.tsx';
import { DeviceEvents } from './device-events.tsx';
import { DeviceFacts } from './device-facts.tsx';
import { DeviceMessages } from './device-messages.tsx';
import { deviceQueries } from './device-queries.ts';
import { DeviceStatus } from './device-status.tsx';
import { DeviceTrack } from './device-track.tsx';

/** One device: facts, token and network state, metrics, consumption, locations, messages and status events. */
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
          <DeviceStatus id={device.id} />
          <ConsumptionChart id={device.id} />
          <DeviceTrack id={device.id} />
          <DeviceMessages device={device} />
          <DeviceEvents id={device.id} />
        </div>
      )}
    </QueryState>
  );
}
