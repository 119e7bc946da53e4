import { formatFull, formatIso, formatShort, type TimeUnit, toDate } from '../lib/time.ts';

interface TimeTextProps {
  value: number | undefined;
  unit: TimeUnit;
}

/** A time in the user's time zone, the absolute time on hover. 0 or absent reads "never". */
export function TimeText({ value, unit }: TimeTextProps) {
  if (value === undefined || value === 0) return <span className="muted">never</span>;
  const date = toDate(value, unit);
  return (
    <time dateTime={formatIso(date)} title={formatFull(date)}>
      {formatShort(date)}
    </time>
  );
}
