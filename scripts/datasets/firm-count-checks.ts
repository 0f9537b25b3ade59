import type { Observation } from '../../src/schemas/observation.ts';
import { InputError } from '../lib/input-error.ts';
import type { CheckContext } from './dataset.ts';
import { sizeOfCode } from './firm-class.ts';

// CBS rounds every figure of these tables to a multiple of 5: a whole count moves by at most 2, so a
// total and its n parts, each rounded on its own, can differ by up to 2 × (n + 1) and no more.
const roundingPerFigure = 2;

interface Tally {
  checked: number;
  differing: number;
  largest: number;
}

/**
 * The sums the firm-count tables promise, per source, SBI category and period: the size classes cover
 * 1 or more persons without gap or overlap; they add up to the total; natural persons plus legal persons
 * are the total; `0-N` is the sum of the classes below N. A difference CBS's rounding explains is noted
 * once per rule and source; a larger one, or classes that leave a gap, refuse the drop.
 */
export function checkFirmCounts(rows: Observation[], context: CheckContext): void {
  const groups = new Map<string, Map<string, Observation>>();
  for (const row of rows) {
    const key = `${row.source}|${row.category}|${row.period}`;
    const group = groups.get(key) ?? new Map<string, Observation>();
    group.set(row.series, row);
    groups.set(key, group);
  }
  const tallies = new Map<string, Tally>();
  const compare = (rule: string, whole: Observation, parts: Observation[], range?: [number, number]) => {
    if (whole.value === null || parts.some((p) => p.value === null)) return;
    const lower = range?.[0] ?? sum(parts);
    const upper = range?.[1] ?? lower;
    const tolerance = roundingPerFigure * (parts.length + 1);
    const difference = whole.value < lower ? lower - whole.value : whole.value > upper ? whole.value - upper : 0;
    const tallyKey = `${whole.source}\u0000${rule}`;
    const tally = tallies.get(tallyKey) ?? { checked: 0, differing: 0, largest: 0 };
    tallies.set(tallyKey, tally);
    tally.checked++;
    if (difference === 0) return;
    if (difference > tolerance)
      throw refusal(context, whole, parts, rule, lower === upper ? String(lower) : `${lower} … ${upper}`, tolerance);
    tally.differing++;
    tally.largest = Math.max(tally.largest, difference);
  };

  for (const group of groups.values()) {
    const sizes = [...group.values()]
      .map((row) => ({ row, size: sizeOfCode(row.series) }))
      .filter((s): s is { row: Observation; size: NonNullable<typeof s.size> } => s.size !== undefined);
    const partition = sizes.filter((s) => s.size.from >= 1).sort((a, b) => a.size.from - b.size.from);
    if (partition.length > 0) {
      requireCover(partition, context);
      const total = group.get('totaal');
      if (total)
        compare(
          `totaal = som van de ${partition.length} grootteklassen`,
          total,
          partition.map((s) => s.row),
        );
      for (const aggregate of sizes.filter((s) => s.size.from === 0 && s.size.to !== null)) {
        const limit = aggregate.size.to!;
        const below = partition.filter((s) => s.size.to !== null && s.size.to <= limit).map((s) => s.row);
        const across = partition.filter((s) => s.size.from < limit && (s.size.to === null || s.size.to > limit)).map((s) => s.row);
        const low = sum(below);
        compare(
          `${aggregate.row.series} = de grootteklassen onder ${limit}`,
          aggregate.row,
          [...below, ...across],
          [low, low + sum(across)],
        );
      }
    }
    const [total, natural, legal] = [group.get('totaal'), group.get('natuurlijke-personen'), group.get('rechtspersonen')];
    if (total && natural && legal) compare('totaal = natuurlijke personen + rechtspersonen', total, [natural, legal]);
  }

  for (const [key, tally] of [...tallies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (tally.differing === 0) continue;
    const [source, rule] = key.split('\u0000') as [string, string];
    context.note(
      source,
      `${rule}: wijkt in ${tally.differing} van ${tally.checked} gevallen af, ten hoogste ${tally.largest} (CBS rondt elk cijfer af op vijftallen)`,
    );
  }
}

function requireCover(partition: { row: Observation; size: { from: number; to: number | null } }[], context: CheckContext): void {
  let next = 1;
  for (const { row, size } of partition) {
    if (size.from !== next || next === Infinity) {
      const what = size.from > next ? `no class covers ${next} to ${size.from} persons` : `${row.series} overlaps the class before it`;
      throw new InputError(
        placeOf(context, row),
        `the size classes of ${row.category} ${row.period} (${partition.map((s) => s.row.series).join(', ')}) leave a gap or overlap: ${what}; series`,
        row.series,
        'classes that cover 1 or more persons employed, each person count once (a class label the import does not know? see scripts/datasets/firm-class.ts)',
      );
    }
    next = size.to ?? Infinity;
  }
  if (next !== Infinity) {
    const last = partition.at(-1)!.row;
    throw new InputError(
      placeOf(context, last),
      `the size classes of ${last.category} ${last.period} stop at ${next} persons employed: no open class "${next} of meer"; series`,
      last.series,
      'classes that cover 1 or more persons employed',
    );
  }
}

function refusal(
  context: CheckContext,
  whole: Observation,
  parts: Observation[],
  rule: string,
  expected: string,
  tolerance: number,
): InputError {
  return new InputError(
    { ...placeOf(context, whole), column: 'value' },
    `${whole.series} of ${whole.category} ${whole.period} does not fit its parts (${rule}; ${parts.map((p) => `${p.series} ${p.value}`).join(', ')}):`,
    String(whole.value),
    `${expected}, give or take ${tolerance} (CBS's rounding to multiples of 5)`,
  );
}

function placeOf(context: CheckContext, row: Observation) {
  return context.whereOf?.(row) ?? { file: context.fileOf(row.source) };
}

function sum(rows: Observation[]): number {
  return rows.reduce((total, row) => total + (row.value ?? 0), 0);
}
