import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import type { CallbackErrorView } from '../../app/paths.ts';
import { LoadingState } from '../../components/status/loading-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { fromLocalInput, parseIso, toLocalInput } from '../../lib/time.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { groupQueries } from '../groups/group-queries.ts';
import { SelectOptions } from '../../components/form/select-options.tsx';

interface Props {
  view: CallbackErrorView;
  onApply: (view: CallbackErrorView) => void;
}

const localValue = (iso: string | undefined) => {
  const date = parseIso(iso ?? null);
  return date ? toLocalInput(date) : '';
};

/** Device, device type, group and time filters; the API applies the narrowest scope given. */
export function CallbackErrorFilters({ view, onApply }: Props) {
  const id = useId();
  const types = useQuery(deviceTypeQueries.list({ includeSubGroups: true }));
  const groupQuery = useInfiniteQuery(groupQueries.list());
  const deviceTypes = types.data?.data ?? [];
  const groups = pagedRows(groupQuery).rows;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim() || undefined;
    onApply({
      device: text('device')?.toUpperCase(),
      deviceType: text('deviceType'),
      group: text('group'),
      since: fromLocalInput(text('since') ?? '')?.toISOString(),
      before: fromLocalInput(text('before') ?? '')?.toISOString(),
    });
  };
  // The selects take their value from the URL once, on mount: wait for their options.
  if (types.isPending || groupQuery.isPending) return <LoadingState label="Loading filters…" />;
  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={submit}
      key={JSON.stringify({ ...view, open: undefined })}
    >
      <div className="field">
        <label htmlFor={`${id}-device`}>Device id</label>
        <input id={`${id}-device`} name="device" className="mono" defaultValue={view.device ?? ''} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>Device type</label>
        <select id={`${id}-type`} name="deviceType" defaultValue={view.deviceType ?? ''}>
          <SelectOptions any="Any device type" choices={deviceTypes.map((t) => [t.id, t.name])} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>Group</label>
        <select id={`${id}-group`} name="group" defaultValue={view.group ?? ''}>
          <SelectOptions any="Any group" choices={groups.map((g) => [g.id, g.name])} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-since`}>Since</label>
        <input id={`${id}-since`} name="since" type="datetime-local" defaultValue={localValue(view.since)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-before`}>Before</label>
        <input
          id={`${id}-before`}
          name="before"
          type="datetime-local"
          defaultValue={localValue(view.before)}
        />
      </div>
      <button type="submit" className="button">
        Apply filters
      </button>
      <button type="button" className="button button--secondary" onClick={() => onApply({})}>
        Clear filters
      </button>
    </form>
  );
}
