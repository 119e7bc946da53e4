import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/status/query-state.tsx';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { CallbackFailures } from './callback-failures.tsx';
import { FleetSummary } from './fleet-summary.tsx';
import { LatestEvents } from './latest-events.tsx';

/** The fleet at a glance: counts, devices by state, what failed lately; every figure links onward. */
export function OverviewPage() {
  const deviceTypes = useQuery(deviceTypeQueries.list({ includeSubGroups: true }));
  return (
    <div className="page">
      <h1>Overview</h1>
      <QueryState query={deviceTypes} loadingLabel="Loading the fleet…">
        {({ data }) => (
          <>
            <FleetSummary deviceTypes={data} />
            <CallbackFailures deviceTypes={data} />
            <LatestEvents deviceTypes={data} />
          </>
        )}
      </QueryState>
    </div>
  );
}
