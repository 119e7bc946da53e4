import type { DeviceType } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { GroupLink } from '../groups/group-link.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { useCanEdit } from '../auth/use-auth.ts';
import { formatKeepAlive } from './device-type-columns.tsx';
import { DeviceTypeForm } from './device-type-form.tsx';
import { deviceTypeQueries } from './device-type-queries.ts';
import { DisengageButton } from './disengage-button.tsx';

/** Settings: the facts, and for editors the edit form (`?edit=true`, so Back leaves it). */
export function SettingsTab() {
  const id = useParams().deviceTypeId ?? '';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const query = useQuery(deviceTypeQueries.detail(id));
  const editing = canEdit && search.get('edit') === 'true';
  return (
    <QueryState query={query}>
      {(deviceType) =>
        editing ? (
          <DeviceTypeForm
            deviceType={deviceType}
            onDone={() => navigate(paths.deviceTypes.detail(id, 'settings'))}
          />
        ) : (
          <div className="page">
            <DeviceTypeFacts deviceType={deviceType} />
            {canEdit && (
              <div className="form__actions">
                <Link className="button" to={paths.deviceTypes.detail(id, 'settings', { edit: 'true' })}>
                  Edit
                </Link>
                <DisengageButton deviceTypeId={id} />
              </div>
            )}
          </div>
        )
      }
    </QueryState>
  );
}

function DeviceTypeFacts({ deviceType: t }: { deviceType: DeviceType }) {
  return (
    <dl className="facts">
      <dt>Id</dt>
      <dd className="mono">{t.id}</dd>
      <dt>Group</dt>
      <dd>
        <GroupLink id={t.group} />
      </dd>
      <dt>Description</dt>
      <dd>{t.description || '—'}</dd>
      <dt>Keep alive</dt>
      <dd>{formatKeepAlive(t.keepAlive)}</dd>
      <dt>Alert email</dt>
      <dd>{t.alertEmail ?? '—'}</dd>
      <dt>Payload type</dt>
      <dd>{t.payloadType ?? '—'}</dd>
      {t.payloadType === 'Custom' && (
        <>
          <dt>Payload config</dt>
          <dd className="mono">{t.payloadConfig}</dd>
        </>
      )}
      {t.payloadType === 'Geolocation' && (
        <>
          <dt>Geolocation config</dt>
          <dd className="mono">{t.geolocPayloadConfigId}</dd>
        </>
      )}
      <dt>Contract</dt>
      <dd className="mono">{t.contract ?? '—'}</dd>
      <dt>Downlink mode</dt>
      <dd>{t.downlinkMode === 1 ? 'Callback' : 'Direct'}</dd>
      {t.downlinkMode !== 1 && (
        <>
          <dt>Downlink data</dt>
          <dd className="mono">{t.downlinkDataString ?? '—'}</dd>
        </>
      )}
    </dl>
  );
}
