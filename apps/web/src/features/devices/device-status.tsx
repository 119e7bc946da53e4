import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { deviceQueries } from './device-queries.ts';

/** Token state codes (domain notes): 0 OK, 1 KO, 2 N/A. */
const TOKEN_TONES = { 0: 'ok', 1: 'danger', 2: 'none' } as const;

function TokenState({ id }: { id: string }) {
  const query = useQuery(deviceQueries.tokenState(id));
  return (
    <section aria-labelledby="token-state">
      <h2 id="token-state">Token state</h2>
      <QueryState query={query} loadingLabel="Loading token state…">
        {(t) => (
          <dl className="facts">
            <dt>State</dt>
            <dd>
              <span className={`badge badge--${TOKEN_TONES[t.code]}`}>{t.detailMessage}</span>
            </dd>
            <dt>Type</dt>
            <dd>{t.tokenType ?? '—'}</dd>
            {t.tokenType === 'FREE' ? (
              <>
                <dt>Free messages</dt>
                <dd>{t.freeMessages ?? '—'}</dd>
              </>
            ) : (
              <>
                <dt>Ends</dt>
                <dd>
                  <TimeText value={t.tokenEnd} unit="ms" />
                </dd>
              </>
            )}
          </dl>
        )}
      </QueryState>
    </section>
  );
}

function NetworkState({ id }: { id: string }) {
  const query = useQuery(deviceQueries.networkState(id));
  return (
    <section aria-labelledby="network-state">
      <h2 id="network-state">Network state</h2>
      <QueryState query={query} loadingLabel="Loading network state…">
        {(n) => (
          <p>
            <span className={`badge badge--${n.networkStatus === 'OK' ? 'ok' : 'danger'}`}>
              {n.networkStatus === 'OK' ? 'OK' : 'Not OK (NOK)'}
            </span>{' '}
            <span className="muted">from the stations that received the last messages</span>
          </p>
        )}
      </QueryState>
    </section>
  );
}

function Metrics({ id }: { id: string }) {
  const query = useQuery(deviceQueries.metrics(id));
  return (
    <section aria-labelledby="message-metrics">
      <h2 id="message-metrics">Message metrics</h2>
      <QueryState query={query} loadingLabel="Loading metrics…">
        {(m) => (
          <dl className="facts">
            <dt>Last day</dt>
            <dd>{m.lastDay}</dd>
            <dt>Last week</dt>
            <dd>{m.lastWeek}</dd>
            <dt>Last month</dt>
            <dd>{m.lastMonth}</dd>
          </dl>
        )}
      </QueryState>
    </section>
  );
}

/** Token, network and traffic of one device, each its own query: one failing keeps the others. */
export function DeviceStatus({ id }: { id: string }) {
  return (
    <div className="device-status">
      <TokenState id={id} />
      <NetworkState id={id} />
      <Metrics id={id} />
    </div>
  );
}
