import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { deviceTypeColumns } from '../device-types/device-type-columns.tsx';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';

/** The device types this group owns (the list API has no group filter: filtered here). */
export function GroupDeviceTypes({ groupId }: { groupId: string }) {
  const query = useQuery(deviceTypeQueries.list({ includeSubGroups: true }));
  return (
    <section aria-labelledby="group-device-types">
      <h2 id="group-device-types">Device types</h2>
      <QueryState query={query}>
        {({ data }) => {
          const owned = data.filter((t) => t.group === groupId);
          return owned.length === 0 ? (
            <EmptyState title="No device types in this group" />
          ) : (
            <DataTable
              label="Device types of the group"
              rows={owned}
              columns={deviceTypeColumns}
              rowKey={(t) => t.id}
            />
          );
        }}
      </QueryState>
    </section>
  );
}
