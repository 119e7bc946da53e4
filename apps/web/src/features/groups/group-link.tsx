import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { groupQueries } from './group-queries.ts';

/**
 * A link to a group, named by the group's name once known. Until then, or when the
 * credentials may not read the group, the id stands in, so the link always works.
 */
export function GroupLink({ id }: { id: string }) {
  const { data } = useQuery({ ...groupQueries.detail(id), retry: false });
  return (
    <Link to={paths.groups.detail(id)} className={data ? undefined : 'mono'}>
      {data?.name ?? id}
    </Link>
  );
}
