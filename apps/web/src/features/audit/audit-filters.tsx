import { type FormEvent, useId } from 'react';
import { type AuditFilter, distinct } from './audit-filter.ts';
import type { AuditEntry } from './audit-queries.ts';

interface Props {
  entries: readonly AuditEntry[];
  filter: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

/** User, endpoint, outcome and free text; options come from the entries loaded. */
export function AuditFilters({ entries, filter, onApply }: Props) {
  const id = useId();
  const users = distinct(entries, 'user');
  const endpoints = distinct(entries, 'endpoint');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim() || undefined;
    onApply({ user: text('user'), endpoint: text('endpoint'), outcome: text('outcome'), text: text('text') });
  };
  return (
    <form
      className="filter-bar"
      aria-label="Filters"
      onSubmit={submit}
      // Remount when the URL or the options change, so the selects show the applied values.
      key={JSON.stringify([filter, users, endpoints])}
    >
      <div className="field">
        <label htmlFor={`${id}-user`}>User</label>
        <select id={`${id}-user`} name="user" defaultValue={filter.user ?? ''}>
          <option value="">Any user</option>
          {users.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-endpoint`}>Endpoint</label>
        <select id={`${id}-endpoint`} name="endpoint" defaultValue={filter.endpoint ?? ''}>
          <option value="">Any endpoint</option>
          {endpoints.map((e) => (
            <option key={e}>{e}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select id={`${id}-outcome`} name="outcome" defaultValue={filter.outcome ?? ''}>
          <option value="">Any outcome</option>
          <option value="ok">Succeeded (2xx)</option>
          <option value="failed">Failed</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Contains</label>
        <input id={`${id}-text`} name="text" type="search" defaultValue={filter.text ?? ''} />
      </div>
      <button type="submit" className="button">
        Apply filters
      </button>
    </form>
  );
}
