import type { ReceptionInfo } from '@sfc/api';
import { TimeText } from '../../components/time-text.tsx';

const ok = (status: number) => status >= 200 && status < 300;

/** Each base station that heard the message, and the callback deliveries it triggered. */
export function Receptions({ rinfos }: { rinfos: readonly ReceptionInfo[] }) {
  if (rinfos.length === 0) return <p className="muted">No reception information.</p>;
  // RSSI is not in every backend's v1 answer: the column shows only where some station has it.
  const withRssi = rinfos.some((r) => r.rssi !== undefined);
  return (
    <table className="plain-table" aria-label="Receptions">
      <thead>
        <tr>
          <th scope="col">Station</th>
          <th scope="col">SNR (dB)</th>
          {withRssi && <th scope="col">RSSI (dBm)</th>}
          <th scope="col">Station position</th>
          <th scope="col">Callback deliveries</th>
        </tr>
      </thead>
      <tbody>
        {rinfos.map((r) => (
          <tr key={r.tap}>
            <td className="mono">{r.tap}</td>
            <td>{r.snr ?? '—'}</td>
            {withRssi && <td>{r.rssi ?? '—'}</td>}
            <td>{r.lat !== undefined && r.lng !== undefined ? `${r.lat}, ${r.lng}` : '—'}</td>
            <td>
              {(r.cbStatus ?? []).length === 0 ? (
                <span className="muted">none</span>
              ) : (
                <ul className="plain-list">
                  {(r.cbStatus ?? []).map((c) => (
                    <li key={`${c.cbDef}-${c.time}`}>
                      <span className={`badge badge--${ok(c.status) ? 'ok' : 'danger'}`}>{c.status}</span>{' '}
                      <span className="mono">{c.cbDef}</span>
                      {c.info ? ` — ${c.info}` : ''} (<TimeText value={c.time} unit="s" />)
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
