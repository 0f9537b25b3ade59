import { type Period, parsePeriodCode, periodCode } from '../../src/lib/period.ts';
import { seriesKey } from '../../src/lib/series-key.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import { InputError } from '../lib/input-error.ts';
import type { CheckContext } from './dataset.ts';

export interface AdditivityRule {
  /** Which series the rule covers (the table says their years are the totals of their quarters). */
  series: (row: Observation) => boolean;
  parts: 'quarters' | 'months';
  whole: 'year' | 'quarter';
  /** Largest difference accepted, in the unit of the series (rounding of published figures). */
  tolerance: number;
  /** `refuse` stops the import; `note` records the difference in the drop's provenance. */
  action: 'refuse' | 'note';
}

/**
 * Checks that a whole (year, quarter) equals the sum of its parts where all parts are present.
 * Used where the table says the figures add up, e.g. 82242NED: a year is the sum of its quarters.
 */
export function checkAdditivity(rows: Observation[], rule: AdditivityRule, context: CheckContext): void {
  const values = new Map<string, number>();
  for (const row of rows) if (rule.series(row) && row.value !== null) values.set(cellKey(row, row.period), row.value);
  for (const row of rows) {
    if (!rule.series(row) || row.value === null) continue;
    const period = parsePeriodCode(row.period);
    if (!period || period.kind !== rule.whole) continue;
    const parts = partsOf(period, rule.parts);
    const partValues = parts.map((code) => values.get(cellKey(row, code)));
    if (partValues.some((v) => v === undefined)) continue;
    const sum = partValues.reduce<number>((a, b) => a + (b ?? 0), 0);
    const difference = Math.abs(sum - row.value);
    if (difference <= rule.tolerance + 1e-9) continue;
    if (rule.action === 'note') {
      const partsNl = rule.parts === 'quarters' ? 'kwartalen' : 'maanden';
      context.note(
        row.source,
        `optelling wijkt af: ${row.series} ${row.category} ${row.period} is ${row.value}, de ${partsNl} (${parts[0]}…${parts.at(-1)}) tellen op tot ${round(sum)}`,
      );
      continue;
    }
    const what = `${row.series} ${row.category} ${row.period} is ${row.value}, but its ${rule.parts} (${parts[0]}…${parts.at(-1)}) add up to ${round(sum)}`;
    const at = context.whereOf?.(row);
    throw new InputError(
      at ? { ...at, column: at.column ?? 'value' } : { file: context.fileOf(row.source), column: 'value' },
      `the ${rule.whole} does not equal the sum of its ${rule.parts}: ${what}; value`,
      String(row.value),
      `${round(sum)} (the table says ${rule.whole}s are the totals of their ${rule.parts}; tolerance ${rule.tolerance})`,
    );
  }
}

function cellKey(row: Observation, period: string): string {
  return `${seriesKey(row)}|${period}`;
}

function partsOf(whole: Period, parts: 'quarters' | 'months'): string[] {
  if (parts === 'quarters') return [1, 2, 3, 4].map((q) => periodCode('quarter', whole.year, q));
  const first = whole.kind === 'quarter' ? whole.index * 3 - 2 : 1;
  const count = whole.kind === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => periodCode('month', whole.year, first + i));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
