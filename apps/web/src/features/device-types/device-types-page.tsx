import { useQuery } from '@tanstack/react-query';
import { Switch } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { deviceTypeColumns } from './device-type-columns.tsx';
import { deviceTypeQueries } from './device-type-queries.ts';

/** `?includeSubGroups=true` adds the device types of every sub-group. */
export function readListView(search: URLSearchParams) {
  return { includeSubGroups: search.get('includeSubGroups') === 'true' };
}

export function DeviceTypesPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const view = readListView(search);
  const query = useQuery(deviceTypeQueries.list(view));
  return (
    <div className="page">
      <div className="page__header">
        <h1>Device types</h1>
        <Switch
          className="switch"
          isSelected={view.includeSubGroups}
          onChange={(includeSubGroups) => navigate(paths.deviceTypes.list({ includeSubGroups }))}
        >
          <span className="switch__track" aria-hidden="true" />
          Include sub-groups
        </Switch>
      </div>
      <QueryState query={query} loadingLabel="Loading device types…">
        {({ data }) =>
          data.length === 0 ? (
            <EmptyState title="No device types">
              {view.includeSubGroups ? 'No group you can see has any.' : 'Try including sub-groups.'}
            </EmptyState>
          ) : (
            <DataTable label="Device types" rows={data} columns={deviceTypeColumns} rowKey={(t) => t.id} />
          )
        }
      </QueryState>
    </div>
  );
}
