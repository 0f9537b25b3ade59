import type { ChangeCounts, DropDiff, PointValue, SeriesDiff } from './compare-drops.ts';

export interface FormatOptions {
  /** Series listed per dataset before "… and N more series". */
  maxSeries?: number;
  /** Lines per kind of change within a series before "… and N more". */
  maxPoints?: number;
}

/** A readable summary of a drop diff, one line per string; the JSON report has everything. */
export function formatDiff(diff: DropDiff, options: FormatOptions = {}): string[] {
  const maxSeries = options.maxSeries ?? 10;
  const maxPoints = options.maxPoints ?? 5;
  const lines = [`changes from drop ${diff.old} to ${diff.new}: ${describeCounts(diff.counts)}`];
  for (const source of diff.sources) {
    const from = source.old ? `retrieved ${source.old.retrieved ?? '?'}` : 'new';
    const to = source.new ? `retrieved ${source.new.retrieved ?? '?'}` : 'gone';
    lines.push(`  source ${source.id}: ${from} → ${to}`);
  }
  const unchanged = diff.datasets.filter((d) => d.series.length === 0);
  if (unchanged.length) lines.push(`  unchanged: ${unchanged.map((d) => `${d.name} (${d.rows.new} rows)`).join(', ')}`);
  for (const dataset of diff.datasets) {
    if (dataset.series.length === 0) continue;
    const rows = dataset.rows.old === dataset.rows.new ? `${dataset.rows.new} rows` : `${dataset.rows.old} → ${dataset.rows.new} rows`;
    lines.push(`  ${dataset.name} (${rows}): ${describeCounts(dataset.counts)}`);
    for (const series of dataset.series.slice(0, maxSeries)) lines.push(...seriesLines(series, maxPoints));
    if (dataset.series.length > maxSeries) lines.push(`    … and ${dataset.series.length - maxSeries} more series (see the JSON report)`);
  }
  return lines;
}

export function describeCounts(counts: ChangeCounts): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    part(counts.added, 'new period', 'new periods'),
    part(counts.revised, 'revised value', 'revised values'),
    part(counts.status, 'status change', 'status changes'),
    part(counts.removed, 'removed row', 'removed rows'),
  ].join(', ');
}

function seriesLines(series: SeriesDiff, max: number): string[] {
  const lines = [`    ${series.source} ${[series.topic, series.series, series.category].filter(Boolean).join(' / ')} (${series.label})`];
  const list = <T>(kind: string, items: T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    const shown = items.slice(0, max).map(show).join(', ');
    lines.push(`      ${kind}: ${shown}${items.length > max ? `, … and ${items.length - max} more` : ''}`);
  };
  list('new', series.added, (p) => `${p.period} = ${valueText(p)} (${p.status})`);
  list('revised', series.revised, (r) => `${r.period} ${valueText(r.old)} → ${valueText(r.new)}`);
  list('status', series.status, (s) => `${s.period} ${s.old} → ${s.new}`);
  list('removed', series.removed, (p) => `${p.period} (was ${valueText(p)})`);
  return lines;
}

function valueText(point: PointValue): string {
  if (point.value === null) return point.symbol ?? 'empty';
  return point.symbol ? `${point.value} (${point.symbol})` : String(point.value);
}
