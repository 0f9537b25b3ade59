import { join } from 'node:path';
import { comparePeriodCodes, latestPeriodCode } from '../../src/lib/period.ts';
import { sourceNotices } from '../../src/lib/provenance/notices.ts';
import { seriesKey } from '../../src/lib/series-key.ts';
import type { Dataset } from '../datasets/dataset.ts';
import type { Drop, SourceRecord } from '../lib/drop.ts';
import { linkSeries } from './linked-series.ts';
import type { LinkRule } from './links.ts';
import { attributeFigures, attributeSeries } from './provenance.ts';

type Row = Record<string, unknown> & { source: string; period: string; value: number | null };

export interface GeneratedSeries {
  source: string;
  series: string;
  seriesLabel: string;
  category: string;
  categoryLabel: string;
  unit: string;
  points: {
    period: string;
    value: number | null;
    status: string;
    symbol?: string;
    lower?: number | null;
    upper?: number | null;
    /** Chain-linked: the source id of the successor whose growth carried the level on (scripts/build-data/links.ts). */
    linked?: string;
  }[];
}

/**
 * What `npm run data` writes for one dataset: the rows grouped into series (or the single figures), each
 * value with its provenance (scripts/build-data/provenance.ts), and a meta record whose sources carry the
 * notices a reader needs (src/lib/provenance/notices.ts). A base series of `links` is continued with its
 * successor's quarters (flagged `linked`, then 'gekoppeld'); the successor stays as it is. `dataDir` only
 * names the drop's files in errors.
 */
export function generateDataset(
  // biome-ignore lint/suspicious/noExplicitAny: any dataset of the registry
  dataset: Dataset<any>,
  drop: Drop,
  options: { links?: readonly LinkRule[]; dataDir?: string } = {},
): { data: object; meta: object } {
  const rows = (drop.rows[dataset.name] ?? []) as Row[];
  const used = drop.manifest.datasets[dataset.name]?.sources ?? [];
  const file = join(options.dataDir ?? 'data', drop.manifest.id, `${dataset.name}.csv`);
  const meta = {
    dataset: dataset.name,
    title: dataset.title,
    drop: drop.manifest.id,
    rows: rows.length,
    latestPeriod: latestPeriod(rows),
    sources: used
      .map((id) => drop.sources[id])
      .filter((s): s is SourceRecord => s !== undefined)
      .map((s) => ({ ...s, notices: sourceNotices(s, rows.filter((row) => row.source === s.id).map(noticePoint)) })),
  };
  const isSingleFigures = dataset.columns.includes('topic' as never);
  const data = isSingleFigures
    ? { dataset: dataset.name, drop: drop.manifest.id, figures: attributeFigures(rows.map(figureRow), file) }
    : {
        dataset: dataset.name,
        drop: drop.manifest.id,
        series: attributeSeries(withLinks(groupSeries(rows), options.links ?? []), drop.sources, file),
      };
  return { data, meta };
}

const noticePoint = (row: Row) => ({ period: row.period, value: row.value, status: String(row['status']) });
const figureRow = (row: Row) => ({ ...row, unit: String(row['unit']), source_url: String(row['source_url']), note: String(row['note']) });

function groupSeries(rows: Row[]): GeneratedSeries[] {
  const groups = new Map<string, GeneratedSeries>();
  for (const row of rows) {
    const key = seriesKey({ source: row.source, series: String(row['series']), category: String(row['category']) });
    let group = groups.get(key);
    if (!group) {
      group = {
        source: row.source,
        series: String(row['series']),
        seriesLabel: String(row['series_label']),
        category: String(row['category']),
        categoryLabel: String(row['category_label']),
        unit: String(row['unit']),
        points: [],
      };
      groups.set(key, group);
    }
    const point: GeneratedSeries['points'][number] = { period: row.period, value: row.value, status: String(row['status']) };
    if (row['symbol'] !== null && row['symbol'] !== undefined) point.symbol = String(row['symbol']);
    if ('lower' in row) {
      point.lower = row['lower'] as number | null;
      point.upper = row['upper'] as number | null;
    }
    group.points.push(point);
  }
  return [...groups.values()];
}

function withLinks(series: GeneratedSeries[], links: readonly LinkRule[]): GeneratedSeries[] {
  const byKey = new Map(series.map((s) => [seriesKey(s), s]));
  for (const rule of links) {
    const base = byKey.get(seriesKey(rule.base));
    const successor = byKey.get(seriesKey(rule.successor));
    if (!base || !successor) continue;
    const { linked } = linkSeries(rule, base.points, successor.points);
    base.points = [...base.points, ...linked].sort((a, b) => comparePeriodCodes(a.period, b.period));
  }
  return series;
}

function latestPeriod(rows: Row[]): string | null {
  const periods = rows.filter((row) => row.value !== null && row.period !== '').map((row) => row.period);
  return latestPeriodCode(periods) ?? null;
}
