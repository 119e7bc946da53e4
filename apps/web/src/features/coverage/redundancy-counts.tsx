import { REDUNDANCY_WORDS, type Redundancy, redundancyClass } from './coverage-texts.ts';

const CLASSES = [3, 2, 1, 0, null] as const satisfies readonly (Redundancy | null)[];

/** How many answers fall in each redundancy class (null: the API gave none). */
export function countByRedundancy(answers: readonly { redundancy: Redundancy | null }[]) {
  const counts = new Map<Redundancy | null, number>(CLASSES.map((c) => [c, 0]));
  for (const a of answers) counts.set(a.redundancy, (counts.get(a.redundancy) ?? 0) + 1);
  return counts;
}

interface RedundancyCountsProps {
  label: string;
  answers: readonly { redundancy: Redundancy | null }[];
  /** What is counted, singular: "cell", "point". */
  unit: string;
}

/**
 * The colour of each redundancy class (the map's) and how many answers fall in it: the
 * coverage layer's legend and a deployment's summary. The unknown class shows only when used.
 */
export function RedundancyCounts({ label, answers, unit }: RedundancyCountsProps) {
  const counts = countByRedundancy(answers);
  return (
    <ul className="redundancy-counts" aria-label={label}>
      {CLASSES.map((r) => {
        const count = counts.get(r) ?? 0;
        if (r === null && count === 0) return null;
        return (
          <li key={String(r)}>
            <span className={`redundancy-counts__swatch map-dot--${redundancyClass(r)}`} aria-hidden="true" />
            {r === null ? 'Unknown' : `${r}: ${REDUNDANCY_WORDS[r]}`}
            <span className="redundancy-counts__count">
              {count} {count === 1 ? unit : `${unit}s`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
