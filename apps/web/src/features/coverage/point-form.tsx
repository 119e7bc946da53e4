import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormField } from '../../components/form/form-field.tsx';
import type { LatLng } from '../../components/map/index.ts';
import { readCoordinate } from './coordinates.ts';

function coordinateField(axis: 'latitude' | 'longitude') {
  const name = axis === 'latitude' ? 'Latitude' : 'Longitude';
  return z.string().transform((text, ctx) => {
    const value = readCoordinate(text, axis);
    if (typeof value === 'number') return value;
    ctx.issues.push({ code: 'custom', message: `${name} ${value}`, input: text });
    return z.NEVER;
  });
}

const PointValues = z.object({ lat: coordinateField('latitude'), lng: coordinateField('longitude') });

interface PointFormProps {
  /** The point checked now (from the URL or a map click): the fields show it. */
  point: LatLng | undefined;
  onCheck: (point: LatLng) => void;
}

/** "Check a point": coordinates typed in decimal degrees. */
export function PointForm({ point, onCheck }: PointFormProps) {
  const lat = point ? String(point.lat) : '';
  const lng = point ? String(point.lng) : '';
  const form = useForm<z.input<typeof PointValues>, unknown, z.output<typeof PointValues>>({
    resolver: zodResolver(PointValues),
    defaultValues: { lat, lng },
  });
  // A click on the map sets the point elsewhere; the fields follow it.
  const { reset } = form;
  useEffect(() => reset({ lat, lng }), [reset, lat, lng]);
  const errors = form.formState.errors;
  return (
    <form className="filter-bar" aria-label="Check a point" onSubmit={form.handleSubmit(onCheck)} noValidate>
      <FormField label="Latitude" error={errors.lat?.message}>
        {(p) => <input {...p} {...form.register('lat')} inputMode="decimal" autoComplete="off" size={12} />}
      </FormField>
      <FormField label="Longitude" error={errors.lng?.message}>
        {(p) => <input {...p} {...form.register('lng')} inputMode="decimal" autoComplete="off" size={12} />}
      </FormField>
      <button type="submit" className="button">
        Check
      </button>
    </form>
  );
}
