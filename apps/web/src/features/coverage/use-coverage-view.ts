import type { CoverageMode } from '@sfc/api';
import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { type CoverageView, paths } from '../../app/paths.ts';
import { usePageNavigate } from '../../app/use-page-navigate.ts';
import { type LatLng, type MapViewState, parseView } from '../../components/map/index.ts';
import { parsePoint } from './coordinates.ts';
import { parseMode } from './coverage-texts.ts';

export interface CoverageScreenState {
  at: MapViewState | undefined;
  mode: CoverageMode;
  layer: boolean;
  point: LatLng | undefined;
}

/**
 * The coverage screen's state, all in the URL (a link reproduces the view), and a way to
 * change part of it. Map moves replace the history entry; a new point pushes one, so
 * Back returns to the previous point.
 */
export function useCoverageView() {
  const [search] = useSearchParams();
  const navigate = usePageNavigate();
  const atText = search.get('at') ?? undefined;
  const raw: CoverageView = {
    at: atText,
    mode: search.get('mode') ?? undefined,
    layer: search.get('layer') === 'true',
    point: search.get('point') ?? undefined,
  };
  // Two changes can come before the URL does (a map move ending just after a mode is
  // picked): each builds on the one before, not on the URL this render saw.
  const latest = useRef(raw);
  const seen = useRef(search.toString());
  if (seen.current !== search.toString()) {
    seen.current = search.toString();
    latest.current = raw;
  }
  // One object per URL value: the map follows `view` whenever it changes identity.
  const at = useMemo(() => parseView(atText ?? null), [atText]);
  const state: CoverageScreenState = {
    at,
    mode: parseMode(raw.mode),
    layer: raw.layer === true,
    point: parsePoint(raw.point ?? null),
  };
  const update = (patch: CoverageView, { push = false } = {}) => {
    latest.current = { ...latest.current, ...patch };
    navigate(paths.coverage(latest.current), { replace: !push });
  };
  return { state, raw, update };
}
