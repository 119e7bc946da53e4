import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import type { LatLng } from '../../components/map/index.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatPoint } from './coordinates.ts';
import { coverageQueries } from './coverage-queries.ts';
import {
  COVERAGE_MODES,
  MODE_ASSUMPTIONS,
  REDUNDANCY_MEANINGS,
  REDUNDANCY_WORDS,
  type Redundancy,
  redundancyClass,
} from './coverage-texts.ts';

function Answer({ redundancy }: { redundancy: Redundancy }) {
  return (
    <>
      <span className={`coverage-badge coverage-badge--${redundancyClass(redundancy)}`}>{redundancy}</span>{' '}
      {REDUNDANCY_WORDS[redundancy]}
    </>
  );
}

/**
 * The redundancy at one point in each mode (three calls of the catalogue's redundancy
 * endpoint), with what each number and each mode means.
 */
export function PointCoverage({ point }: { point: LatLng }) {
  const id = useId();
  const answers = useQueries({ queries: COVERAGE_MODES.map((mode) => coverageQueries.point(point, mode)) });
  const title = `Coverage at ${formatPoint(point, ', ')}`;
  const failed = answers.filter((a) => a.error);
  return (
    <section aria-labelledby={id} className="coverage-point">
      <h2 id={id}>{title}</h2>
      <table className="plain-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Mode</th>
            <th scope="col">Redundancy</th>
            <th scope="col">What it means</th>
          </tr>
        </thead>
        <tbody>
          {COVERAGE_MODES.map((mode, i) => {
            const answer = answers[i];
            return (
              <tr key={mode}>
                <th scope="row">
                  {mode}
                  <p className="coverage-point__assumes">{MODE_ASSUMPTIONS[mode]}</p>
                </th>
                <td className="coverage-point__value">
                  {answer?.data ? (
                    <Answer redundancy={answer.data.redundancy} />
                  ) : answer?.error ? (
                    'Check failed'
                  ) : (
                    'Checking…'
                  )}
                </td>
                <td>
                  {answer?.data
                    ? REDUNDANCY_MEANINGS[answer.data.redundancy]
                    : answer?.error
                      ? errorMessage(answer.error)
                      : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {failed.length > 0 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => failed.forEach((a) => void a.refetch())}
        >
          Check again
        </button>
      )}
    </section>
  );
}
