import type { Callback } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { useCanEdit } from '../auth/use-auth.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { target } from './callback-labels.ts';
import { CallbackForm } from './callback-form.tsx';
import { callbackQueries } from './callback-queries.ts';
import { CallbackTable } from './callback-table.tsx';

const GROUPS = [
  { key: 'data', title: 'Data callbacks' },
  { key: 'service', title: 'Service callbacks' },
  { key: 'error', title: 'Error callbacks' },
] as const;

function DownlinkNote({
  callbacks,
  downlinkMode,
}: {
  callbacks: readonly Callback[];
  downlinkMode: number | undefined;
}) {
  const selected = callbacks.find((cb) => cb.downlinkHook);
  return (
    <p>
      Downlink callback:{' '}
      {selected ? (
        <span className="mono">{target(selected)}</span>
      ) : (
        <span className="muted">none selected</span>
      )}
      {downlinkMode !== 1 && (
        <span className="muted"> (the device type is in direct downlink mode, so it is not used)</span>
      )}
    </p>
  );
}

/** Callbacks of the device type, grouped data / service / error; editors create, toggle, delete. */
export function CallbacksTab() {
  const id = useParams().deviceTypeId ?? '';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const query = useQuery(callbackQueries.list(id));
  const deviceType = useQuery(deviceTypeQueries.detail(id)).data;
  if (canEdit && search.get('create') === 'true') {
    return (
      <CallbackForm deviceTypeId={id} onDone={() => navigate(paths.deviceTypes.detail(id, 'callbacks'))} />
    );
  }
  return (
    <div className="page">
      {canEdit && (
        <div>
          <Link className="button" to={paths.deviceTypes.detail(id, 'callbacks', { create: 'true' })}>
            Create callback
          </Link>
        </div>
      )}
      <QueryState query={query} loadingLabel="Loading callbacks…">
        {(list) => (
          <>
            <DownlinkNote callbacks={list.data} downlinkMode={deviceType?.downlinkMode} />
            {GROUPS.map(({ key, title }) => (
              <section key={key} aria-labelledby={`callbacks-${key}`}>
                <h2 id={`callbacks-${key}`}>{title}</h2>
                {list[key].length === 0 ? (
                  <EmptyState title={`No ${title.toLowerCase()}`} />
                ) : (
                  <CallbackTable label={title} deviceTypeId={id} callbacks={list[key]} canEdit={canEdit} />
                )}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </div>
  );
}
