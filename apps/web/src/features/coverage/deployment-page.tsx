import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { FormField } from '../../components/form/form-field.tsx';
import { ErrorState } from '../../components/status/error-state.tsx';
import { SelectOptions } from '../../components/form/select-options.tsx';
import { MODE_CHOICES, parseMode } from './coverage-texts.ts';
import { MAX_DEPLOYMENT_POINTS, parseDeployment } from './deployment-csv.ts';
import { DeploymentResults } from './deployment-results.tsx';
import { useDeploymentCheck } from './use-deployment-check.ts';
import './coverage.css';

const HINT = `One point per line: latitude, longitude and an optional name (43.6045,1.444,Toulouse depot). A header line (lat,lng,name or latitude,longitude) and ; between fields are fine. At most ${MAX_DEPLOYMENT_POINTS} points.`;

/**
 * Check a deployment: the redundancy at each of up to 1000 planned device sites, asked of
 * the BFF's batched coverage query. The input stays as typed; problems name their line.
 */
export function DeploymentPage() {
  const id = useId();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const mode = parseMode(search.get('mode'));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [total, setTotal] = useState(0);
  const { check, done, cancel, cancelled } = useDeploymentCheck();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDeployment(text);
    const problems =
      parsed.points.length === 0 && parsed.errors.length === 0 ? ['No coordinates to check'] : parsed.errors;
    setErrors(problems);
    if (problems.length > 0) return check.reset();
    setTotal(parsed.points.length);
    check.mutate({ points: parsed.points, mode });
  };

  return (
    <div className="page deployment">
      <div className="page__header">
        <h1>Check a deployment</h1>
        <Link to={paths.coverage({ mode })}>Back to coverage map</Link>
      </div>
      <form className="form" aria-label="Deployment to check" onSubmit={onSubmit} noValidate>
        <FormField
          label="Coordinates (CSV)"
          hint={HINT}
          error={
            errors.length > 0
              ? `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}, listed below`
              : undefined
          }
        >
          {(p) => (
            <textarea
              {...p}
              rows={8}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Import CSV">
          {(p) => (
            <input
              {...p}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => void e.target.files?.[0]?.text().then(setText)}
            />
          )}
        </FormField>
        <div className="field">
          <label htmlFor={`${id}-mode`}>Mode</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(e) => {
              check.reset();
              navigate(paths.deploymentCheck({ mode: parseMode(e.target.value) }), { replace: true });
            }}
          >
            <SelectOptions choices={MODE_CHOICES} />
          </select>
        </div>
        {errors.length > 0 && (
          <ul role="alert" aria-label="Problems in the coordinates" className="form-error">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={check.isPending}>
            Check
          </button>
          {check.isPending && (
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {check.isPending && (
        <p role="status">
          Checked {done} of {total} points…
        </p>
      )}
      {cancelled && <p role="status">Check cancelled.</p>}
      {check.error && !cancelled && <ErrorState error={check.error} title="The check failed" />}
      {check.data && (
        <DeploymentResults points={check.data} mode={mode} checkKey={String(check.submittedAt)} />
      )}
    </div>
  );
}
