import { useInfiniteQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { deviceTypeQueries } from './device-type-queries.ts';
import { EventSections } from './event-sections.tsx';

/** Communication-down (ERROR) and network-issue (WARN) events of the device type. */
export function EventsTab() {
  const id = useParams().deviceTypeId ?? '';
  const errors = useInfiniteQuery(deviceTypeQueries.errorEvents(id));
  const warns = useInfiniteQuery(deviceTypeQueries.warnEvents(id));
  return (
    <div className="page">
      <EventSections errors={errors} warns={warns} idPrefix="" />
    </div>
  );
}
