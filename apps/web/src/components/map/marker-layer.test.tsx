import { render } from '@testing-library/react';
import { MapContainer } from 'react-leaflet';
import { describe, expect, it, vi } from 'vitest';
import type { MapMarker } from './map-types.ts';
import { MarkerLayer } from './marker-layer.tsx';

const dot = (key: string, over: Partial<MapMarker> = {}): MapMarker => ({
  key,
  lat: 43.6,
  lng: 1.44,
  label: `Device ${key}`,
  className: 'map-dot map-dot--ok',
  size: 16,
  ...over,
});

function renderLayer(markers: MapMarker[], onSelect = vi.fn()) {
  const view = (m: MapMarker[]) => (
    <MapContainer center={[43.6, 1.44]} zoom={10} style={{ width: 400, height: 300 }}>
      <MarkerLayer markers={m} onSelect={onSelect} />
    </MapContainer>
  );
  const result = render(view(markers));
  return { ...result, update: (m: MapMarker[]) => result.rerender(view(m)), onSelect };
}

const buttons = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('.map-marker-host[role="button"]'),
];

describe('MarkerLayer', () => {
  it('draws each marker as a button named by its label, with its text', () => {
    const { container } = renderLayer([dot('a'), dot('b', { label: 'Cluster of 12 devices', text: '12' })]);
    expect(buttons(container).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Device a',
      'Cluster of 12 devices',
    ]);
    expect(buttons(container)[1]?.textContent).toBe('12');
  });

  it('keeps the element of a marker that did not change, replaces a changed one, removes a gone one', () => {
    const { container, update } = renderLayer([dot('a'), dot('b'), dot('c')]);
    const [aBody, bBody] = buttons(container).map((el) => el.firstElementChild);
    update([dot('a'), dot('b', { className: 'map-dot map-dot--ko', label: 'Device b, KO' })]);
    const after = buttons(container);
    expect(after).toHaveLength(2);
    // Leaflet keeps a marker's host element; what it holds is rebuilt only when the look changed.
    expect(after[0]?.firstElementChild).toBe(aBody);
    expect(after[1]?.firstElementChild).not.toBe(bBody);
    expect(after[1]?.getAttribute('aria-label')).toBe('Device b, KO');
    expect(after[1]?.querySelector('.map-dot--ko')).not.toBeNull();
  });

  it('selects a marker on click and on Enter, and marks the selected one pressed', () => {
    const { container, update, onSelect } = renderLayer([dot('a'), dot('b')]);
    buttons(container)[1]?.click();
    expect(onSelect).toHaveBeenLastCalledWith('b');
    buttons(container)[0]?.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('a');
    update([dot('a', { selected: true }), dot('b')]);
    expect(buttons(container).map((x) => x.getAttribute('aria-pressed'))).toEqual(['true', null]);
  });
});
