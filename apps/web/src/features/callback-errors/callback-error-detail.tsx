import type { CallbackError } from '@sfc/api';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { TimeText } from '../../components/time-text.tsx';

function Pairs({ label, entries }: { label: string; entries: [string, string][] }) {
  if (entries.length === 0) return null;
  return (
    <table className="plain-table" aria-label={label}>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row" className="mono">
              {name}
            </th>
            <td className="mono">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One failed delivery in full (reference: Messages not sent this month), with where to fix it. */
export function CallbackErrorDetail({ error: e, onClose }: { error: CallbackError; onClose: () => void }) {
  const cb = e.callback;
  return (
    <section aria-labelledby="callback-error-detail" className="detail-panel">
      <div className="page__header">
        <h2 id="callback-error-detail">
          Failure for device <span className="mono">{e.device}</span> at <TimeText value={e.time} unit="s" />
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close details
        </button>
      </div>
      <p>
        <Link to={paths.devices.detail(e.device)}>Open device {e.device}</Link> ·{' '}
        <Link to={paths.deviceTypes.detail(e.deviceType, 'callbacks')}>Open the device type's callbacks</Link>
      </p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{e.status ?? '—'}</dd>
        <dt>Message</dt>
        <dd>{e.message ?? '—'}</dd>
        <dt>Data</dt>
        <dd className="mono">{e.data}</dd>
        <dt>SNR</dt>
        <dd>{e.snr === undefined ? '—' : `${e.snr} dB`}</dd>
        {cb && 'url' in cb && (
          <>
            <dt>URL</dt>
            <dd className="mono">{cb.url}</dd>
            <dt>Method</dt>
            <dd>{cb.method ?? '—'}</dd>
            <dt>Content type</dt>
            <dd>{cb.contentType ?? '—'}</dd>
            <dt>Body</dt>
            <dd>{cb.body ? <pre className="mono">{cb.body}</pre> : '—'}</dd>
          </>
        )}
        {cb && 'subject' in cb && (
          <>
            <dt>Email subject</dt>
            <dd>{cb.subject}</dd>
            <dt>Email message</dt>
            <dd>
              <pre>{cb.message}</pre>
            </dd>
          </>
        )}
      </dl>
      {cb && 'url' in cb && cb.headers && (
        <>
          <h3>Headers</h3>
          <Pairs label="Headers" entries={Object.entries(cb.headers)} />
        </>
      )}
      {e.parameters && (
        <>
          <h3>Parameters</h3>
          <Pairs label="Parameters" entries={Object.entries(e.parameters).map(([k, v]) => [k, String(v)])} />
        </>
      )}
    </section>
  );
}
