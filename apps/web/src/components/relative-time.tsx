import { formatFull, formatIso, formatRelative, type TimeUnit, toDate } from '../lib/time.ts';

interface RelativeTimeProps {
  value: number | undefined;
  unit: TimeUnit;
}

/** "5 minutes ago (25 Nov 2026, 19:20)": how long ago and when, the full time on hover. */
export function RelativeTime({ value, unit }: RelativeTimeProps) {
  if (value === undefined || value === 0) return <span className="muted">never</span>;
  const date = toDate(value, unit);
  return (
    <time dateTime={formatIso(date)} title={formatFull(date)}>
      {formatRelative(date)} ({formatFull(date)})
    </time>
  );
}
