import type { UseQueryResult } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { Fleet } from './fleet-load.ts';
import { fleetProgress } from './fleet-queries.ts';

interface Props {
  query: Pick<UseQueryResult<Fleet>, 'data' | 'isFetching' | 'isPending' | 'error'>;
  /** Devices that pass the filters. */
  included: number | undefined;
  onStop: () => void;
  onReload: () => void;
}

const n = (value: number) => value.toLocaleString('en');

/** How far the fleet load has come, with Cancel while it runs and Reload after. */
export function FleetLoadStatus({ query, included, onStop, onReload }: Props) {
  const progress = useSyncExternalStore(fleetProgress.subscribe, fleetProgress.get);
  if (query.isFetching) {
    return (
      <div className="fleet-status">
        <p role="status">
          {progress
            ? `Loading devices: ${n(progress.typesDone)} of ${n(progress.typesTotal)} device types, ${n(progress.devicesLoaded)} devices so far…`
            : 'Loading device types…'}
        </p>
        <progress
          aria-label="Fleet loading progress"
          max={progress?.typesTotal || 1}
          value={progress?.typesDone ?? 0}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={onStop}
          disabled={fleetProgress.stopRequested}
        >
          {fleetProgress.stopRequested ? 'Stopping after the pages under way…' : 'Cancel loading'}
        </button>
      </div>
    );
  }
  if (query.error) return null;
  if (!query.data) return null;
  const { devices, unlocated, complete } = query.data;
  return (
    <div className="fleet-status">
      {complete ? null : (
        <p role="status">
          Loading cancelled: the map shows the {n(devices.length + unlocated)} devices read until then.
        </p>
      )}
      <p role="status">
        <strong>{n(included ?? devices.length)}</strong> of {n(devices.length)} located devices match the
        filters
        {unlocated > 0 ? ` (${n(unlocated)} more have no position)` : ''}.
      </p>
      <button type="button" className={complete ? 'button button--secondary' : 'button'} onClick={onReload}>
        {complete ? 'Reload devices' : 'Load all devices'}
      </button>
    </div>
  );
}
