import { useInfiniteQuery } from '@tanstack/react-query';
import { EventSections } from '../device-types/event-sections.tsx';
import { deviceQueries } from './device-queries.ts';

/** Communication-down (ERROR) and network-issue (WARN) events of one device. */
export function DeviceEvents({ id }: { id: string }) {
  const errors = useInfiniteQuery(deviceQueries.errorEvents(id));
  const warns = useInfiniteQuery(deviceQueries.warnEvents(id));
  return <EventSections errors={errors} warns={warns} idPrefix="device-" />;
}
