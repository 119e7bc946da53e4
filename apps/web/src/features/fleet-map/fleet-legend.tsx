import { type FleetDevice, STATE_CLASSES, STATE_NAMES, STATES } from './fleet-device.ts';

/** The state colours, with how many devices of each are in view (the same devices the list shows). */
export function FleetLegend({ devices, inView }: { devices: readonly FleetDevice[]; inView: Int32Array }) {
  const totals = [0, 0, 0, 0, 0];
  for (const i of inView) {
    const state = devices[i]?.state;
    if (state !== undefined) totals[state] = (totals[state] ?? 0) + 1;
  }
  const shown = inView.length;
  return (
    <section aria-label="Legend" className="fleet-legend">
      {/* Folds away when it hides devices in the map's corner. */}
      <details open>
        <summary className="fleet-legend__total">{shown.toLocaleString('en')} devices in view</summary>
        <ul title="A cluster's ring shows its share of each state">
          {STATES.map((s) => (
            <li key={s}>
              <span className={`fleet-legend__swatch map-dot--${STATE_CLASSES[s]}`} aria-hidden="true" />
              {STATE_NAMES[s]}: {(totals[s] ?? 0).toLocaleString('en')}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
