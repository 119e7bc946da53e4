import type { CoverageMode } from '@sfc/api';

/*
 * What a redundancy and a mode mean, in words (domain notes, "Radio facts"): the
 * number of base stations that hear a device at a point, capped at 3, after the
 * mode's penetration loss.
 */

export type Redundancy = 0 | 1 | 2 | 3;

export const COVERAGE_MODES = ['OUTDOOR', 'INDOOR', 'UNDERGROUND'] as const satisfies readonly CoverageMode[];

/** The API's default mode, and so the screens'. */
export const DEFAULT_MODE: CoverageMode = 'INDOOR';

/** A mode from the URL; the default when absent or unknown. */
export function parseMode(text: string | null | undefined): CoverageMode {
  return COVERAGE_MODES.find((m) => m === text) ?? DEFAULT_MODE;
}

export const MODE_LABELS: Readonly<Record<CoverageMode, string>> = {
  OUTDOOR: 'Outdoor (0 dB)',
  INDOOR: 'Indoor (20 dB)',
  UNDERGROUND: 'Underground (30 dB)',
};

/** The modes as a select offers them: value and label. */
export const MODE_CHOICES = COVERAGE_MODES.map((m) => [m, MODE_LABELS[m]] as const);

/** What each mode assumes about where the device sits. */
export const MODE_ASSUMPTIONS: Readonly<Record<CoverageMode, string>> = {
  OUTDOOR: 'Device in the open, no penetration loss.',
  INDOOR: 'Device inside a building: about 20 dB of penetration loss.',
  UNDERGROUND: 'Device in a basement, cellar or manhole: about 30 dB of penetration loss.',
};

/** A short word for a redundancy: table cells, marker labels, the legend. */
export const REDUNDANCY_WORDS: Readonly<Record<Redundancy, string>> = {
  0: 'No coverage',
  1: '1 station',
  2: '2 stations',
  3: '3 or more stations',
};

/** What a redundancy means for a device there. */
export const REDUNDANCY_MEANINGS: Readonly<Record<Redundancy, string>> = {
  0: 'No base station hears a device here: its messages are lost.',
  1: 'One base station hears a device here: it works, with no redundancy.',
  2: 'Two base stations hear a device here: one may fail without losing messages.',
  3: 'Three or more base stations hear a device here: the best coverage.',
};

/** The CSS modifier of a redundancy class (`map-cell--r2`, `map-dot--unknown`). */
export function redundancyClass(r: Redundancy | null): string {
  return r === null ? 'unknown' : `r${r}`;
}
