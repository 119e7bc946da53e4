import {
  divIcon,
  type LayerGroup,
  type LeafletKeyboardEvent,
  layerGroup,
  marker,
  type Marker,
} from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapMarker } from './map-types.ts';

interface Entry {
  marker: Marker;
  signature: string;
}

function signatureOf(m: MapMarker): string {
  return `${m.lat},${m.lng},${m.label},${m.text ?? ''},${m.className},${m.size},${m.background ?? ''},${m.selected === true}`;
}

function iconOf(m: MapMarker) {
  // An element, not an HTML string: Leaflet appends it as is, so nothing is parsed
  // and the background is set through the CSSOM, which the CSP (no inline styles) allows.
  const body = document.createElement('span');
  body.className = `map-marker ${m.className}${m.selected ? ' map-marker--selected' : ''}`;
  if (m.background) body.style.background = m.background;
  if (m.text) {
    const text = document.createElement('span');
    text.className = 'map-marker__text';
    text.textContent = m.text;
    body.append(text);
  }
  return divIcon({ html: body, className: 'map-marker-host', iconSize: [m.size, m.size] });
}

function decorate(entry: Marker, m: MapMarker): void {
  const element = entry.getElement();
  if (!element) return;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', m.label);
  if (m.selected) element.setAttribute('aria-pressed', 'true');
  else element.removeAttribute('aria-pressed');
}

interface MarkerLayerProps {
  markers: readonly MapMarker[];
  onSelect?: (key: string) => void;
}

/**
 * Focusable HTML markers (keyboard: Tab, then Enter), updated by key: a marker whose
 * look did not change is kept, so a pan that returns the same clusters touches no DOM.
 */
export function MarkerLayer({ markers, onSelect }: MarkerLayerProps) {
  const map = useMap();
  const group = useRef<LayerGroup | null>(null);
  const entries = useRef(new Map<string, Entry>());
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const g = layerGroup().addTo(map);
    group.current = g;
    const current = entries.current;
    return () => {
      g.remove();
      current.clear();
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    const current = entries.current;
    const wanted = new Set<string>();
    for (const m of markers) {
      wanted.add(m.key);
      const signature = signatureOf(m);
      const existing = current.get(m.key);
      if (existing?.signature === signature) continue;
      if (existing) {
        existing.marker
          .setLatLng([m.lat, m.lng])
          .setIcon(iconOf(m))
          .setZIndexOffset(m.selected ? 1000 : 0);
        existing.signature = signature;
        decorate(existing.marker, m);
        continue;
      }
      const created = marker([m.lat, m.lng], {
        icon: iconOf(m),
        keyboard: true,
        riseOnHover: true,
        zIndexOffset: m.selected ? 1000 : 0,
      });
      created.on('click', () => select.current?.(m.key));
      // A focused marker is a role=button: Enter and Space select it, as a button's would.
      // Leaflet turns neither into a click; it only passes the keypress on.
      created.on('keypress', (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
        e.originalEvent.preventDefault();
        select.current?.(m.key);
      });
      created.on('add', () => decorate(created, m));
      g.addLayer(created);
      current.set(m.key, { marker: created, signature });
    }
    for (const [key, entry] of current) {
      if (!wanted.has(key)) {
        g.removeLayer(entry.marker);
        current.delete(key);
      }
    }
  }, [markers]);

  return null;
}
