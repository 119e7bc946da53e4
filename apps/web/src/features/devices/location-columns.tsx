import type { Location } from '@sfc/api';
import { Link } from 'react-router';
import type { Column } from '../../components/data-table/column.ts';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime } from '../../lib/time.ts';
import { radiusText } from './track-points.ts';

const degrees = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(5));

/** Columns of the locations table; each time links to its message (`messageHref`). */
export function locationColumns(messageHref: (l: Location) => string): Column<Location>[] {
  return [
    {
      id: 'time',
      header: 'Time',
      cell: (l) => (
        <Link to={messageHref(l)}>
          <TimeText value={l.time} unit="ms" />
        </Link>
      ),
      csv: (l) => csvTime(l.time, 'ms'),
      width: 'm',
    },
    { id: 'lat', header: 'Latitude', cell: (l) => degrees(l.lat), csv: (l) => l.lat, width: 's' },
    { id: 'lng', header: 'Longitude', cell: (l) => degrees(l.lng), csv: (l) => l.lng, width: 's' },
    { id: 'radius', header: 'Radius', cell: (l) => radiusText(l.radius), csv: (l) => l.radius, width: 's' },
    {
      id: 'valid',
      header: 'Validity',
      cell: (l) => (l.valid ? 'Valid' : <span className="muted">No estimate</span>),
      csv: (l) => l.valid,
      width: 's',
    },
  ];
}
