import type { ClusterItem } from './cluster-protocol.ts';
import { STATE_CLASSES, STATE_NAMES, STATES } from './fleet-device.ts';

/** The state colours, with how many devices of each the map shows now. */
export function FleetLegend({ items }: { items: readonly ClusterItem[] }) {
  const totals = [0, 0, 0, 0, 0];
  for (const item of items) for (const s of STATES) totals[s] = (totals[s] ?? 0) + (item.states[s] ?? 0);
  const shown = totals.reduce((a, b) => a + b, 0);
  return (
    <section aria-label="Legend" className="fleet-legend">
      <p className="fleet-legend__total">{shown.toLocaleString('en')} devices in view</p>
      <ul>
        {STATES.map((s) => (
          <li key={s}>
            <span className={`fleet-legend__swatch map-dot--${STATE_CLASSES[s]}`} aria-hidden="true" />
            {STATE_NAMES[s]}: {(totals[s] ?? 0).toLocaleString('en')}
          </li>
        ))}
      </ul>
      <p className="muted">
        Circles are clusters: their ring shows the share of each state. Select one to zoom in.
      </p>
    </section>
  );
}
