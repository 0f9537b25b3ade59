import { join } from 'node:path';
import { comparePeriodCodes, latestPeriodCode } from '../../src/lib/period.ts';
import { sourceNotices } from '../../src/lib/provenance/notices.ts';
import { seriesKey } from '../../src/lib/series-key.ts';
import { artefactText } from '../../src/schemas/artefact.ts';
import { type DatasetName, datasetSchemas, type FigureDatasetName, type SeriesDatasetName } from '../../src/schemas/datasets.ts';
import {
  type DatasetMeta,
  figuresFile,
  type GeneratedPoint,
  type GeneratedSeries,
  metaFile,
  seriesFile,
} from '../../src/schemas/generated-dataset.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import type { SourceRecord } from '../../src/schemas/source-record.ts';
import { datasetByName } from '../datasets/index.ts';
import type { Drop } from '../lib/drop.ts';
import { linkSeries } from './linked-series.ts';
import type { LinkRule } from './links.ts';
import { attributeFigures, attributeSeries } from './provenance.ts';

/** A row of a series dataset: an observation, with margins in financiering. */
type SeriesRow = Observation & { lower?: number | null; upper?: number | null };

/** A series as the drop's rows make it, before its provenance is added. */
type GroupedSeries = Omit<GeneratedSeries, 'attribution' | 'unitName'>;

/**
 * What `npm run data` writes for one dataset, by file name: `<name>.json` (the rows grouped into series, or the
 * single figures), each value with its provenance (scripts/build-data/provenance.ts), and `<name>.meta.json`,
 * whose sources carry the notices a reader needs (src/lib/provenance/notices.ts); each file is checked against
 * its schema (src/schemas/generated-dataset.ts). A base series of `links` is continued with its successor's
 * quarters (flagged `linked`, then 'gekoppeld'); the successor stays as it is. `dataDir` only names the
 * drop's files in errors.
 */
export function datasetFiles(
  name: DatasetName,
  drop: Drop,
  options: { links?: readonly LinkRule[]; dataDir?: string } = {},
): [string, string][] {
  const file = join(options.dataDir ?? 'data', drop.manifest.id, `${name}.csv`);
  const data = isSeriesDataset(name) ? seriesDataText(name, drop, options.links ?? [], file) : figuresDataText(name, drop, file);
  const meta = metaOf(name, drop);
  return [
    [`${name}.json`, data],
    [`${name}.meta.json`, artefactText(metaFile(name), meta, `${name}.meta.json`, { indent: true })],
  ];
}

function isSeriesDataset(name: DatasetName): name is SeriesDatasetName {
  return datasetSchemas[name].kind === 'series';
}

function seriesDataText(name: SeriesDatasetName, drop: Drop, links: readonly LinkRule[], file: string): string {
  const rows: readonly SeriesRow[] = drop.rows[name] ?? [];
  const series = attributeSeries(withLinks(groupSeries(rows), links), drop.sources, file);
  return artefactText(seriesFile(name), { dataset: name, drop: drop.manifest.id, series }, `${name}.json`);
}

function figuresDataText<N extends FigureDatasetName>(name: N, drop: Drop, file: string): string {
  const figures = attributeFigures(drop.rows[name] ?? [], file);
  return artefactText(figuresFile(name), { dataset: name, drop: drop.manifest.id, figures }, `${name}.json`);
}

function metaOf(name: DatasetName, drop: Drop): DatasetMeta {
  const rows: readonly { source: string; period: string; value: number | null; status: string }[] = drop.rows[name] ?? [];
  const used = drop.manifest.datasets[name]?.sources ?? [];
  const rowsOf = (source: string) => rows.filter((row) => row.source === source);
  return {
    dataset: name,
    title: datasetByName[name].title,
    drop: drop.manifest.id,
    rows: rows.length,
    latestPeriod: latestPeriodCode(rows.filter((row) => row.value !== null && row.period !== '').map((row) => row.period)) ?? null,
    sources: used
      .map((id) => drop.sources[id])
      .filter((s): s is SourceRecord => s !== undefined)
      .map((s) => ({ ...s, notices: sourceNotices(s, rowsOf(s.id)) })),
  };
}

function groupSeries(rows: readonly SeriesRow[]): GroupedSeries[] {
  const groups = new Map<string, GroupedSeries>();
  for (const row of rows) {
    const key = seriesKey(row);
    let group = groups.get(key);
    if (!group) {
      group = {
        source: row.source,
        series: row.series,
        seriesLabel: row.series_label,
        category: row.category,
        categoryLabel: row.category_label,
        unit: row.unit,
        points: [],
      };
      groups.set(key, group);
    }
    const point: GeneratedPoint = { period: row.period, value: row.value, status: row.status };
    if (row.symbol !== null) point.symbol = row.symbol;
    if ('lower' in row) {
      point.lower = row.lower;
      point.upper = row.upper;
    }
    group.points.push(point);
  }
  return [...groups.values()];
}

function withLinks(series: GroupedSeries[], links: readonly LinkRule[]): GroupedSeries[] {
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
