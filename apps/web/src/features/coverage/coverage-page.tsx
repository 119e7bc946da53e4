import { useId, useState } from 'react';
import { Switch } from 'react-aria-components';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import {
  formatView,
  type LatLng,
  MapView,
  type MapViewport,
  MarkerLayer,
} from '../../components/map/index.ts';
import { formatPoint } from './coordinates.ts';
import { CoverageCellLayer, CoverageLegend } from './coverage-layer.tsx';
import { SelectOptions } from '../../components/form/select-options.tsx';
import { MODE_CHOICES, parseMode } from './coverage-texts.ts';
import { PointCoverage } from './point-coverage.tsx';
import { PointForm } from './point-form.tsx';
import { MIN_LAYER_ZOOM, useCoverageCells } from './use-coverage-cells.ts';
import { useCoverageView } from './use-coverage-view.ts';
import './coverage.css';

/** A typed point is shown at least this close, so its surroundings are readable. */
const POINT_ZOOM = 10;

/**
 * Coverage (reference: Coverage API, Redundancy): how many base stations hear a device at
 * a point, in each mode, and a layer of the same over the area in view.
 */
export function CoveragePage() {
  const id = useId();
  const { state, raw, update } = useCoverageView();
  // The box in sight is not in the URL (it depends on the window): the map reports it.
  const [viewport, setViewport] = useState<MapViewport>();
  const cells = useCoverageCells(viewport, state.mode, state.layer);

  const onViewChange = (next: MapViewport) => {
    setViewport(next);
    const at = formatView(next);
    if (at !== raw.at) update({ at });
  };
  // The layer reads from MIN_LAYER_ZOOM in: asked for further out, the map zooms in around
  // the point checked, else its centre, rather than leave the user with an empty layer.
  const zoomInForLayer = (patch: { layer?: boolean } = {}) => {
    const centre = state.point ?? viewport ?? state.at;
    if (!centre) return update(patch);
    update({ ...patch, at: formatView({ lat: centre.lat, lng: centre.lng, zoom: MIN_LAYER_ZOOM }) });
  };
  const showLayer = (layer: boolean) => {
    const zoom = viewport?.zoom ?? state.at?.zoom;
    if (layer && zoom !== undefined && zoom < MIN_LAYER_ZOOM) zoomInForLayer({ layer });
    else update({ layer });
  };
  const check = (point: LatLng) => update({ point: formatPoint(point) }, { push: true });
  // A typed point may be anywhere: the map goes there too.
  const checkTyped = (point: LatLng) =>
    update(
      {
        point: formatPoint(point),
        at: formatView({ ...point, zoom: Math.max(state.at?.zoom ?? 0, POINT_ZOOM) }),
      },
      { push: true },
    );

  return (
    <div className="page coverage">
      <div className="page__header">
        <h1>Coverage</h1>
        <Link to={paths.deploymentCheck({ mode: state.mode })}>Check a deployment</Link>
      </div>
      <p className="muted">
        Click the map or type coordinates to see how many base stations hear a device there.
      </p>
      <div className="coverage__controls">
        <PointForm point={state.point} onCheck={checkTyped} />
        <div className="filter-bar">
          <Switch className="switch" isSelected={state.layer} onChange={showLayer}>
            <span className="switch__track" aria-hidden="true" />
            Show coverage layer
          </Switch>
          <div className="field">
            <label htmlFor={`${id}-mode`}>Layer mode</label>
            <select
              id={`${id}-mode`}
              value={state.mode}
              onChange={(e) => update({ mode: parseMode(e.target.value) })}
            >
              <SelectOptions choices={MODE_CHOICES} />
            </select>
          </div>
        </div>
      </div>
      <MapView
        label="Coverage map"
        className="coverage__map"
        view={state.at}
        onViewChange={onViewChange}
        onClick={check}
        overlay={
          state.layer ? (
            <CoverageLegend cells={cells} mode={state.mode} onZoomIn={() => zoomInForLayer()} />
          ) : undefined
        }
      >
        {state.layer && <CoverageCellLayer cells={cells} />}
        {state.point && (
          <MarkerLayer
            markers={[
              {
                key: 'point',
                ...state.point,
                label: `Point checked: ${formatPoint(state.point, ', ')}`,
                className: 'map-dot map-dot--point',
                size: 18,
              },
            ]}
          />
        )}
      </MapView>
      {state.point ? <PointCoverage point={state.point} /> : <p className="muted">No point checked yet.</p>}
    </div>
  );
}
