import type { ReactNode } from 'react';
import type { CsvValue } from '../../lib/csv.ts';

/** One column of the data table: how a row shows on screen and how it exports. */
export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The value written to the CSV export; plain data, never markup. Absent: not exported (controls). */
  csv?: (row: T) => CsvValue;
  /** A width hint, as a class of data-table.css. */
  width?: 'xs' | 's' | 'm' | 'l';
}
