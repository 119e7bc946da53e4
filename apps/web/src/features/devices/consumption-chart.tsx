import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { LoadingState } from '../../components/status/loading-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { type ConsumptionDay, consumptionDays, totals } from './consumption-days.ts';
import { deviceQueries } from './device-queries.ts';
import { readDeviceView } from './device-view.ts';

const ConsumptionPlot = lazy(() => import('./consumption-plot.tsx'));

/** A canvas is needed to draw; without one (very old browsers, test DOMs) the table stands alone. */
const canDraw = () => document.createElement('canvas').getContext('2d') !== null;

const YEARS_BACK = 4;

const columns: Column<ConsumptionDay>[] = [
  {
    id: 'day',
    header: 'Day',
    cell: (d) => d.date.toISOString().slice(0, 10),
    csv: (d) => d.date.toISOString().slice(0, 10),
    width: 'm',
  },
  { id: 'uplink', header: 'Uplink frames', cell: (d) => d.uplink, csv: (d) => d.uplink, width: 's' },
  { id: 'downlink', header: 'Downlink frames', cell: (d) => d.downlink, csv: (d) => d.downlink, width: 's' },
];

/** Frames per day of a chosen year (reference: Device consumptions); the year lives in the URL. */
export function ConsumptionChart({ id }: { id: string }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const selectId = useId();
  const thisYear = new Date().getUTCFullYear();
  const asked = Number(search.get('year'));
  const year = asked >= thisYear - YEARS_BACK && asked <= thisYear ? asked : thisYear;
  const query = useQuery(deviceQueries.consumptions(id, year));
  const days = useMemo(() => (query.data ? consumptionDays(query.data, year) : []), [query.data, year]);
  const sum = totals(days);
  const choose = (value: string) => {
    navigate(paths.devices.detail(id, { ...readDeviceView(search), year: value }), { replace: true });
  };
  return (
    <section aria-labelledby="device-consumption">
      <h2 id="device-consumption">Consumption</h2>
      <div className="filter-bar">
        <div className="field">
          <label htmlFor={selectId}>Year</label>
          <select id={selectId} value={year} onChange={(e) => choose(e.target.value)}>
            {Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      <QueryState query={query} loadingLabel="Loading consumption…">
        {() => (
          <figure className="consumption">
            <figcaption>
              {year}: {sum.uplink} uplink and {sum.downlink} downlink frames
            </figcaption>
            {canDraw() && (
              <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
                <ConsumptionPlot days={days} />
              </Suspense>
            )}
            <details>
              <summary>Frames per day</summary>
              <DataTable
                label={`Consumption ${year}`}
                columns={columns}
                rows={days}
                rowKey={(d) => d.date.toISOString()}
              />
            </details>
          </figure>
        )}
      </QueryState>
    </section>
  );
}
