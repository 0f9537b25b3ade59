import { comparePeriodCodes } from '../../src/lib/period.ts';
import type { Drop, SourceRecord } from '../lib/drop.ts';
import { formatNumberCell } from '../lib/drop-csv.ts';

/** A value as the drop states it: a number, or the symbol saying why there is none. */
export interface PointValue {
  value: number | null;
  symbol: string | null;
}
export interface PointEntry extends PointValue {
  period: string;
  status: string;
}
export interface Revision {
  period: string;
  old: PointValue;
  new: PointValue;
}
export interface StatusChange {
  period: string;
  old: string;
  new: string;
}
export interface ChangeCounts {
  added: number;
  revised: number;
  status: number;
  removed: number;
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
  name: string;
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
  const names = [...new Set([...Object.keys(oldDrop.rows), ...Object.keys(newDrop.rows)])].sort();
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

function compareDataset(name: string, oldRows: readonly object[], newRows: readonly object[]): DatasetDiff {
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

function groupBySeries(rows: readonly object[]): Map<string, { head: Head; points: Map<string, Point> }> {
  const groups = new Map<string, { head: Head; points: Map<string, Point> }>();
  for (const row of rows) {
    const [source, topic, series, category] = [text(row, 'source'), text(row, 'topic'), text(row, 'series'), text(row, 'category')];
    const key = `${source}\u0000${topic}\u0000${series}\u0000${category}`;
    let group = groups.get(key);
    if (!group) {
      group = { head: { source, topic, series, category, label: labelOf(row) }, points: new Map() };
      groups.set(key, group);
    }
    // Single figures without a period code are identified by their period text.
    const period = text(row, 'period') || text(row, 'period_text');
    const raw: unknown = Reflect.get(row, 'value');
    const value = typeof raw === 'number' ? Number(formatNumberCell(raw)) : null;
    const symbol = text(row, 'symbol') || null;
    group.points.set(`${text(row, 'period')}\u0000${text(row, 'period_text')}`, {
      period,
      value,
      symbol,
      status: text(row, 'status'),
      text: text(row, 'value_text'),
    });
  }
  return groups;
}

function labelOf(row: object): string {
  const series = text(row, 'series_label') || [text(row, 'topic'), text(row, 'series')].filter(Boolean).join(' / ');
  const category = text(row, 'category_label') || text(row, 'category');
  return category ? `${series} — ${category}` : series;
}

/** A text cell of a drop row (rows are typed per dataset; this reads the columns they share). */
function text(row: object, column: string): string {
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
