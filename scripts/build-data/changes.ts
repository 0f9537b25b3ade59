import { comparePeriods, latestPeriodCode } from '../../src/lib/period.ts';
import { figureSeriesKey, seriesKey } from '../../src/lib/series-key.ts';
import type { ChangeCounts, ChangesFile, DatasetChanges, DropChanges } from '../../src/schemas/changes-file.ts';
import { type DatasetName, datasetNames, datasetSchemas } from '../../src/schemas/datasets.ts';
import { datasetByName } from '../datasets/index.ts';
import { compareDrops, type DatasetDiff, type SeriesDiff } from '../diff/compare-drops.ts';
import { type Drop, type DropRow, readDrop } from '../lib/drop.ts';

/** At most this many entries per list and dataset; the counts stay complete. */
export const listLimit = 200;

export interface ChangesOptions {
  dataDir: string;
  /** Drop ids in dataDir, oldest first (listDrops). */
  drops: readonly string[];
  /** The drop the site is built from, already read; later drops are left out. */
  current: Drop;
}

/**
 * What `npm run data` writes to changes.json: every drop up to the current one, oldest first, with what
 * changed since the drop before it (compareDrops), summarised per dataset and series. Each drop is read
 * (and so validated) once, and only two are held at a time. Deterministic: no dates but the drops' own.
 */
export async function generateChanges({ dataDir, drops, current }: ChangesOptions): Promise<ChangesFile> {
  const id = current.manifest.id;
  const ids = [...drops.filter((d) => d < id), id];
  const out: DropChanges[] = [];
  let previous: Drop | undefined;
  for (const dropId of ids) {
    const drop = dropId === id ? current : await readDrop(dataDir, dropId);
    out.push(previous ? compared(previous, drop) : first(drop));
    previous = drop;
  }
  return { current: id, drops: out };
}

function first(drop: Drop): DropChanges {
  const sets = datasetNames
    .filter((name) => name in drop.rows)
    .sort()
    .map((name): DatasetChanges => {
      const rows = drop.rows[name] ?? [];
      return {
        ...contents(name, drop),
        previousRows: null,
        counts: { added: rows.length, revised: 0, status: 0, removed: 0 },
        newPeriods: [],
        statusChanges: [],
        removedPeriods: [],
        revised: [],
        series: [],
      };
    });
  const added = sets.reduce((n, d) => n + d.rows, 0);
  return {
    id: drop.manifest.id,
    date: drop.manifest.id.slice(0, 10),
    previous: null,
    first: true,
    counts: { added, revised: 0, status: 0, removed: 0 },
    datasets: sets,
  };
}

function compared(old: Drop, drop: Drop): DropChanges {
  const diff = compareDrops(old, drop);
  return {
    id: drop.manifest.id,
    date: drop.manifest.id.slice(0, 10),
    previous: old.manifest.id,
    first: false,
    counts: diff.counts,
    datasets: diff.datasets.map((d) => summarise(d, drop, old)),
  };
}

function summarise(d: DatasetDiff, drop: Drop, old: Drop): DatasetChanges {
  const keyOf = (s: Pick<SeriesDiff, 'source' | 'topic' | 'series' | 'category'>) => diffSeriesKey(d.name, s);
  const units = unitsOf([...(drop.rows[d.name] ?? []), ...(old.rows[d.name] ?? [])], keyOf);
  const revised = d.series
    .flatMap((s) =>
      s.revised.map((r) => ({
        series: keyOf(s),
        label: s.label,
        unit: units.get(keyOf(s)) ?? '',
        period: r.period,
        old: r.old,
        new: r.new,
      })),
    )
    .slice(0, listLimit);
  // One entry per period and change of status, with how many series made it.
  const statusChanges = new Map<string, DatasetChanges['statusChanges'][number]>();
  for (const c of d.series.flatMap((s) => s.status)) {
    const key = `${c.period}\u0000${c.old}\u0000${c.new}`;
    const entry = statusChanges.get(key);
    if (entry) entry.series++;
    else statusChanges.set(key, { period: c.period, old: c.old, new: c.new, series: 1 });
  }
  return {
    ...contents(d.name, drop),
    previousRows: d.rows.old,
    counts: d.counts,
    newPeriods: periodsOf(d.series.flatMap((s) => s.added.map((p) => p.period))),
    statusChanges: [...statusChanges.values()].sort((a, b) => comparePeriods(a.period, b.period)).slice(0, listLimit),
    removedPeriods: periodsOf(d.series.flatMap((s) => s.removed.map((p) => p.period))),
    revised,
    series: d.series.map((s) => ({ key: keyOf(s), ...countsOf(s) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

/** Name, title, rows and latest period with a value (as the meta files give them for the current drop). */
function contents(name: DatasetName, drop: Drop): Pick<DatasetChanges, 'name' | 'title' | 'rows' | 'latestPeriod'> {
  const rows: readonly DropRow[] = drop.rows[name] ?? [];
  const periods = rows.filter((row) => row.value !== null && row.period !== '').map((row) => row.period);
  return { name, title: datasetByName[name].title, rows: rows.length, latestPeriod: latestPeriodCode(periods) ?? null };
}

function countsOf(s: SeriesDiff): ChangeCounts {
  return { added: s.added.length, revised: s.revised.length, status: s.status.length, removed: s.removed.length };
}

/** Distinct periods, sorted, each with how many series have it. */
function periodsOf(periods: string[]): { period: string; series: number }[] {
  return tally(periods)
    .map(([period, series]) => ({ period, series }))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .slice(0, listLimit);
}

function tally(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts];
}

/** The key the figures' table cells use for a changed series of a dataset (src/lib/series-key.ts), without the period. */
export function diffSeriesKey(dataset: DatasetName, s: Pick<SeriesDiff, 'source' | 'topic' | 'series' | 'category'>): string {
  // Single figures are keyed by topic too.
  return datasetSchemas[dataset].kind === 'figures' ? figureSeriesKey(s) : seriesKey(s);
}

/** Unit per series key; the first row given wins (the new drop's). */
function unitsOf(
  rows: readonly DropRow[],
  keyOf: (s: Pick<SeriesDiff, 'source' | 'topic' | 'series' | 'category'>) => string,
): Map<string, string> {
  const units = new Map<string, string>();
  for (const row of rows) {
    const key = keyOf({ source: row.source, topic: 'topic' in row ? row.topic : '', series: row.series, category: row.category });
    if (!units.has(key)) units.set(key, row.unit);
  }
  return units;
}
