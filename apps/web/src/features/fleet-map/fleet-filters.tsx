import { useId } from 'react';
import type { FleetMapView } from '../../app/paths.ts';
import { SelectOptions } from '../../components/form/select-options.tsx';
import { STATE_NAMES, STATES } from './fleet-device.ts';
import { SILENT_HOURS, SNR_BANDS } from './fleet-filter.ts';

interface Props {
  view: FleetMapView;
  deviceTypes: readonly { id: string; name: string }[];
  onChange: (view: FleetMapView) => void;
}

function hoursText(hours: number): string {
  if (hours % 24 !== 0) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const days = hours / 24;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** Filters applied as they change (the clustering runs off the main thread); kept in the URL. */
export function FleetFilters({ view, deviceTypes, onChange }: Props) {
  const id = useId();
  const set = (key: keyof FleetMapView) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...view, [key]: event.target.value || undefined, device: undefined });
  const active = view.type || view.state || view.silent || view.snr;
  return (
    <form className="filter-bar" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-type`}>Device type</label>
        <select id={`${id}-type`} value={view.type ?? ''} onChange={set('type')}>
          <SelectOptions any="Any device type" choices={deviceTypes.map((t) => [t.id, t.name])} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>State</label>
        <select id={`${id}-state`} value={view.state ?? ''} onChange={set('state')}>
          <SelectOptions any="Any state" choices={STATES.map((s) => [s, STATE_NAMES[s]])} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-silent`}>Silent for more than</label>
        <select id={`${id}-silent`} value={view.silent ?? ''} onChange={set('silent')}>
          <SelectOptions any="Any last message" choices={SILENT_HOURS.map((h) => [h, hoursText(h)])} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-snr`}>Link quality</label>
        <select id={`${id}-snr`} value={view.snr ?? ''} onChange={set('snr')}>
          <SelectOptions
            any="Any link quality"
            choices={SNR_BANDS.map((b) => [b.band, `Average SNR ${b.label.toLowerCase()}`])}
          />
        </select>
      </div>
      {active ? (
        <button type="button" className="button button--secondary" onClick={() => onChange({ at: view.at })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
