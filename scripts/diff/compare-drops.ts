import { comparePeriodCodes } from '../../src/lib/period.ts';
import type { PeriodStatus } from '../../src/lib/provisional.ts';
import type { ChangeCounts, PointValue } from '../../src/schemas/changes-file.ts';
import { type DatasetName, datasetNames } from '../../src/schemas/datasets.ts';
import type { Drop, DropRow, SourceRecord } from '../lib/drop.ts';
import { formatNumberCell } from '../lib/drop-csv.ts';

export type { ChangeCounts, PointValue };
export interface PointEntry extends PointValue {
  period: string;
  status: PeriodStatus;
}
export interface Revision {
  period: string;
  old: PointValue;
  new: PointValue;
}
export interface StatusChange {
  period: string;
  old: PeriodStatus;
  new: PeriodStatus;
}
/** One series (source, topic, series, category) with at least one change. */
export interface SeriesDiff {
  source: string;
  topic: string;
  series: string;
  category: string;
  label: string;
  added: PointEntry[];
  revised: Revision[];
  status: StatusChange[];
  removed: PointEntry[];
}
export interface DatasetDiff {
  name: DatasetName;
  rows: { old: number; new: number };
  counts: ChangeCounts;
  series: SeriesDiff[];
}
export interface SourceChange {
  id: string;
  old: SourceState | null;
  new: SourceState | null;
}
export interface SourceState {
  retrieved: string | null;
  modified: string | null;
}
export interface DropDiff {
  old: string;
  new: string;
  counts: ChangeCounts;
  sources: SourceChange[];
  datasets: DatasetDiff[];
}

interface Point extends PointEntry {
  text: string; // the single figures' value_text, compared with the value
}

/**
 * What changed from one drop to the next, per dataset and series: new periods, revised values (old →
 * new), period status changes (voorlopig → definitief) and removed rows. Pure and deterministic: datasets,
 * series and periods are sorted, keys come in a fixed order, and numbers are compared as the drop's CSV
 * writes them, so an in-memory drop and the same drop read back give the same report.
 */
export function compareDrops(oldDrop: Drop, newDrop: Drop): DropDiff {
  const names = datasetNames.filter((name) => name in oldDrop.rows || name in newDrop.rows).sort();
  const datasets = names.map((name) => compareDataset(name, oldDrop.rows[name] ?? [], newDrop.rows[name] ?? []));
  return {
    old: oldDrop.manifest.id,
    new: newDrop.manifest.id,
    counts: sumCounts(datasets.map((d) => d.counts)),
    sources: compareSources(oldDrop.sources, newDrop.sources),
    datasets,
  };
}

/** True when the two drops hold the same rows (sources may differ in retrieval date only). */
export function hasRowChanges(diff: DropDiff): boolean {
  const { added, revised, status, removed } = diff.counts;
  return added + revised + status + removed > 0;
}

function compareDataset(name: DatasetName, oldRows: readonly DropRow[], newRows: readonly DropRow[]): DatasetDiff {
  const before = groupBySeries(oldRows);
  const after = groupBySeries(newRows);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const series: SeriesDiff[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const head = (b ?? a)!.head;
    const diff: SeriesDiff = { ...head, added: [], revised: [], status: [], removed: [] };
    const periods = [...new Set([...(a?.points.keys() ?? []), ...(b?.points.keys() ?? [])])].sort(comparePoints);
    for (const period of periods) {
      const x = a?.points.get(period);
      const y = b?.points.get(period);
      if (!x && y) diff.added.push(entry(y));
      else if (x && !y) diff.removed.push(entry(x));
      else if (x && y) {
        if (x.value !== y.value || x.symbol !== y.symbol || x.text !== y.text)
          diff.revised.push({ period: x.period, old: pointValue(x), new: pointValue(y) });
        if (x.status !== y.status) diff.status.push({ period: x.period, old: x.status, new: y.status });
      }
    }
    if (diff.added.length + diff.revised.length + diff.status.length + diff.removed.length > 0) series.push(diff);
  }
  const counts = sumCounts(
    series.map((s) => ({ added: s.added.length, revised: s.revised.length, status: s.status.length, removed: s.removed.length })),
  );
  return { name, rows: { old: oldRows.length, new: newRows.length }, counts, series };
}

type Head = Pick<SeriesDiff, 'source' | 'topic' | 'series' | 'category' | 'label'>;

function groupBySeries(rows: readonly DropRow[]): Map<string, { head: Head; points: Map<string, Point> }> {
  const groups = new Map<string, { head: Head; points: Map<string, Point> }>();
  for (const row of rows) {
    const { source, series, category } = row;
    const topic = text(row, 'topic');
    const key = `${source}\u0000${topic}\u0000${series}\u0000${category}`;
    let group = groups.get(key);
    if (!group) {
      group = { head: { source, topic, series, category, label: labelOf(row) }, points: new Map() };
      groups.set(key, group);
    }
    // Single figures without a period code are identified by their period text.
    const period = row.period || text(row, 'period_text');
    const value = row.value === null ? null : Number(formatNumberCell(row.value));
    group.points.set(`${row.period}\u0000${text(row, 'period_text')}`, {
      period,
      value,
      symbol: row.symbol,
      status: row.status,
      text: text(row, 'value_text'),
    });
  }
  return groups;
}

function labelOf(row: DropRow): string {
  const series = text(row, 'series_label') || [text(row, 'topic'), text(row, 'series')].filter(Boolean).join(' / ');
  const category = text(row, 'category_label') || text(row, 'category');
  return category ? `${series} — ${category}` : series;
}

/** A text column that only some datasets have (`topic`, `period_text`, `series_label` …), '' in the others. */
function text(row: DropRow, column: string): string {
  const value: unknown = Reflect.get(row, column);
  return typeof value === 'string' ? value : '';
}

function comparePoints(a: string, b: string): number {
  const [pa = '', ta = ''] = a.split('\u0000');
  const [pb = '', tb = ''] = b.split('\u0000');
  if (pa !== pb) return pa === '' ? 1 : pb === '' ? -1 : comparePeriodCodes(pa, pb);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

function pointValue(point: Point): PointValue {
  return { value: point.value, symbol: point.symbol };
}

function entry(point: Point): PointEntry {
  return { period: point.period, value: point.value, symbol: point.symbol, status: point.status };
}

function sumCounts(list: ChangeCounts[]): ChangeCounts {
  const total: ChangeCounts = { added: 0, revised: 0, status: 0, removed: 0 };
  for (const c of list) {
    total.added += c.added;
    total.revised += c.revised;
    total.status += c.status;
    total.removed += c.removed;
  }
  return total;
}

function compareSources(before: Record<string, SourceRecord>, after: Record<string, SourceRecord>): SourceChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const state = (s: SourceRecord | undefined): SourceState | null => (s ? { retrieved: s.retrieved, modified: s.modified } : null);
  const fingerprint = (s: SourceRecord | undefined) => JSON.stringify(s?.files.map((f) => f.sha256) ?? null);
  return ids
    .filter(
      (id) => fingerprint(before[id]) !== fingerprint(after[id]) || JSON.stringify(state(before[id])) !== JSON.stringify(state(after[id])),
    )
    .map((id) => ({ id, old: state(before[id]), new: state(after[id]) }));
}
