import { formatNumber } from '../../src/format/number.ts';
import { comparePeriodCodes, parsePeriodCode } from '../../src/lib/period.ts';
import { type DatasetName, datasetNames } from '../../src/schemas/datasets.ts';
import type { ShrinkRecord } from '../../src/schemas/drop-manifest.ts';
import { datasetByName } from '../datasets/index.ts';
import type { DropRows } from '../lib/drop.ts';
import { InputError } from '../lib/input-error.ts';

/** What the guard needs of a row: its source and period; series and category where the rows have them. */
type Row = { source: string; period: string };

/** What one dataset would lose against the latest drop: rows, and the periods, series and categories gone entirely. */
export interface DatasetShrink {
  dataset: string;
  previousRows: number;
  rows: number;
  /** Rows of the latest drop whose key is not in the new drop. */
  lostRows: number;
  /** Periods (as ranges "1997KW01–2023KW03") with no row left in the dataset. */
  lostPeriods: string[];
  lostSeries: string[];
  lostCategories: string[];
  /** The sources the lost rows came from. */
  sources: string[];
  /** One lost row's key, for a shrink that loses no whole period, series or category. */
  example: string;
}

export interface ShrinkCheck {
  previous: { id: string; rows: DropRows } | undefined;
  rows: DropRows;
  /** `--allow-shrink`'s reason; undefined refuses any shrink. */
  allowShrink: string | undefined;
  fileOf(source: string): string;
}

/**
 * The shrink guard: a dataset that would lose rows (and so series or periods) compared with the latest drop
 * is refused, naming what would be lost, unless the maintainer allows it with a reason, which is returned
 * for drop.json. Undefined when nothing shrinks.
 */
export function guardShrink(check: ShrinkCheck): ShrinkRecord | undefined {
  const { previous } = check;
  if (!previous) return undefined;
  const found = datasetNames.flatMap((name) => {
    const shrink = datasetShrink(name, previous.rows, check.rows);
    return shrink ? [{ name, shrink }] : [];
  });
  const shrinks = found.map((f) => f.shrink);
  if (shrinks.length === 0) return undefined;
  if (check.allowShrink === undefined)
    throw new InputError(
      { file: check.fileOf(shrinks[0]!.sources[0]!) },
      `compared with the latest drop ${previous.id}, the new drop would lose rows: ${shrinks.map(describeShrink).join(' | ')}`,
      undefined,
      'no rows lost; if the loss is right, --allow-shrink "<reason>" makes the drop and records the reason in its drop.json',
    );
  const datasets: ShrinkRecord['datasets'] = {};
  for (const { name, shrink: s } of found)
    datasets[name] = { previousRows: s.previousRows, rows: s.rows, lostRows: s.lostRows, sources: s.sources, lost: describeShrink(s) };
  return { previous: previous.id, reason: check.allowShrink, datasets };
}

function datasetShrink<N extends DatasetName>(name: N, previous: DropRows, next: DropRows): DatasetShrink | undefined {
  return findShrink({ dataset: name, key: datasetByName[name].key, previous: previous[name] ?? [], next: next[name] ?? [] });
}

/** How many names a message lists before "en N meer". */
const LISTED = 4;

export interface ShrinkInput<R extends Row> {
  dataset: string;
  key: (row: R) => string;
  /** The dataset's rows in the latest drop, and in the new one. */
  previous: readonly R[];
  next: readonly R[];
}

/**
 * Compares one dataset's rows with the latest drop's. A row is lost when no new row has its key; periods,
 * series and categories are lost when no new row has them at all. Undefined when nothing is lost (rows that
 * are added or revised are not a shrink).
 */
export function findShrink<R extends Row>({ dataset, key, previous, next }: ShrinkInput<R>): DatasetShrink | undefined {
  const nextKeys = new Set(next.map(key));
  const lost = previous.filter((row) => !nextKeys.has(key(row)));
  if (lost.length === 0) return undefined;
  const gone = (column: 'period' | 'series' | 'category') => {
    const still = new Set(next.map((row) => cell(row, column)));
    return [...new Set(lost.map((row) => cell(row, column)))].filter((value) => value !== '' && !still.has(value)).sort();
  };
  const lostPeriods = new Set(gone('period'));
  return {
    dataset,
    previousRows: previous.length,
    rows: next.length,
    lostRows: lost.length,
    lostPeriods: periodRanges(new Set(previous.map((row) => row.period)), lostPeriods),
    lostSeries: gone('series'),
    lostCategories: gone('category'),
    sources: [...new Set(lost.map((row) => row.source))].sort(),
    example: key(lost[0]!),
  };
}

/** A column of a row as text, '' where the row has none. */
function cell(row: Row, column: string): string {
  const value: unknown = Reflect.get(row, column);
  return value === undefined || value === null ? '' : String(value);
}

/** "vacatures: 23.142 → 1.200 rijen; 1997KW01–2023KW03 verdwijnen; reeks OntstaneVacatures_2 verdwijnt". */
export function describeShrink(shrink: DatasetShrink): string {
  const parts = [`${shrink.dataset}: ${formatNumber(shrink.previousRows, 0)} → ${formatNumber(shrink.rows, 0)} rijen`];
  const verb = (list: string[]) => (list.length === 1 && !list[0]!.includes('–') ? 'verdwijnt' : 'verdwijnen');
  // Names of series and categories may hold commas: quoted, so the list reads unambiguously.
  const gone = (list: string[], one: string, many: string) =>
    `${list.length === 1 ? one : many} ${listed(list.map((name) => `‘${name}’`))} ${verb(list)}`;
  if (shrink.lostPeriods.length) parts.push(`${listed(shrink.lostPeriods)} ${verb(shrink.lostPeriods)}`);
  if (shrink.lostSeries.length) parts.push(gone(shrink.lostSeries, 'reeks', 'reeksen'));
  if (shrink.lostCategories.length) parts.push(gone(shrink.lostCategories, 'categorie', 'categorieën'));
  const whole = shrink.lostPeriods.length + shrink.lostSeries.length + shrink.lostCategories.length;
  // The row count says how many were lost, unless rows were added too; then say it, or give an example.
  const rows = `${formatNumber(shrink.lostRows, 0)} ${shrink.lostRows === 1 ? 'rij verdwijnt' : 'rijen verdwijnen'}`;
  if (whole === 0) parts.push(`${rows}, o.a. ${shrink.example}`);
  else if (shrink.lostRows !== shrink.previousRows - shrink.rows) parts.push(rows);
  return parts.join('; ');
}

function listed(list: string[]): string {
  return list.length > LISTED ? `${list.slice(0, LISTED).join(', ')} en ${formatNumber(list.length - LISTED, 0)} meer` : list.join(', ');
}

/**
 * The lost periods as runs ("1997KW01–2023KW03"): consecutive among the dataset's periods of the same kind
 * (months, quarters, years …), so that a month series losing its months reads as one run even when the
 * quarters of another series stay. Ordered by their first period.
 */
function periodRanges(periods: ReadonlySet<string>, lost: ReadonlySet<string>): string[] {
  const byKind = new Map<string, string[]>();
  for (const period of periods) {
    const kind = parsePeriodCode(period)?.kind ?? 'other';
    const list = byKind.get(kind);
    if (list) list.push(period);
    else byKind.set(kind, [period]);
  }
  const runs: string[][] = [];
  for (const list of byKind.values()) {
    const run: string[] = [];
    for (const period of list.sort(comparePeriodCodes)) {
      if (lost.has(period)) run.push(period);
      else if (run.length) runs.push(run.splice(0));
    }
    if (run.length) runs.push(run);
  }
  return runs.sort((a, b) => comparePeriodCodes(a[0]!, b[0]!)).map((run) => (run.length === 1 ? run[0]! : `${run[0]}–${run.at(-1)}`));
}
