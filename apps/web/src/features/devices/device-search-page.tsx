import { zodResolver } from '@hookform/resolvers/zod';
import { ApiError, DeviceId } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../app/paths.ts';
import { FormField } from '../../components/form/form-field.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { DeviceStateBadge } from './device-labels.tsx';
import { deviceQueries } from './device-queries.ts';

const SearchForm = z.object({ id: DeviceId });
type SearchForm = z.infer<typeof SearchForm>;

/** The id in the URL, upper-cased as the API writes ids; undefined when not a device id. */
export function searchedId(search: URLSearchParams): string | undefined {
  const id = search.get('id')?.trim().toUpperCase() ?? '';
  return DeviceId.safeParse(id).success ? id : undefined;
}

function Result({ id }: { id: string }) {
  const query = useQuery(deviceQueries.detail(id));
  const typeName = useQuery({ ...deviceTypeQueries.detail(query.data?.type ?? ''), enabled: !!query.data })
    .data?.name;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return <EmptyState title={`No device ${id} in the device types you can see`} />;
  }
  return (
    <QueryState query={query} loadingLabel="Searching…">
      {(d) => (
        <section aria-labelledby="search-result">
          <h2 id="search-result">Found</h2>
          <dl className="facts">
            <dt>Device</dt>
            <dd>
              <Link to={paths.devices.detail(d.id)} className="mono">
                {d.id}
              </Link>
              {d.name ? ` — ${d.name}` : ''}
            </dd>
            <dt>Device type</dt>
            <dd>
              <Link to={paths.deviceTypes.detail(d.type)}>{typeName ?? d.type}</Link>
            </dd>
            <dt>State</dt>
            <dd>
              <DeviceStateBadge state={d.state} />
            </dd>
            <dt>Last message</dt>
            <dd>
              <TimeText value={d.last} unit="s" />
            </dd>
          </dl>
        </section>
      )}
    </QueryState>
  );
}

/**
 * Find a device by id across every device type the credentials see: the API's device
 * information endpoint answers for any of them and 404 otherwise (reference: Device information).
 */
export function DeviceSearchPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const id = searchedId(search);
  const form = useForm<SearchForm>({ resolver: zodResolver(SearchForm), defaultValues: { id: id ?? '' } });
  const onSubmit = form.handleSubmit(({ id: value }) => navigate(paths.devices.search(value.toUpperCase())));
  return (
    <div className="page">
      <h1>Devices</h1>
      <form className="filter-bar" aria-label="Find a device" onSubmit={onSubmit} noValidate>
        <FormField label="Device id" error={form.formState.errors.id?.message}>
          {(p) => <input {...p} {...form.register('id')} className="mono" autoComplete="off" />}
        </FormField>
        <button type="submit" className="button">
          Find device
        </button>
      </form>
      {id ? <Result id={id} /> : <p className="muted">Type a device id (1 to 8 hexadecimal digits).</p>}
    </div>
  );
}
