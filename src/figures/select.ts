import { comparePeriodCodes, type PeriodKind, parsePeriodCode } from '../lib/period.ts';
import type { GeneratedData, GeneratedPoint, GeneratedSeries, SeriesDataset } from '../lib/site/generated.ts';
import type { KerncijfersRow } from '../schemas/kerncijfers.ts';
import type { CellData } from './figure-spec.ts';

/** `${source}|${series}|${category}`: the identity of a generated series (and of its table cells). */
export function seriesKey(series: Pick<GeneratedSeries, 'source' | 'series' | 'category'>): string {
  return `${series.source}|${series.series}|${series.category}`;
}

/** The identity of a single figure: `${topic}|${series}|${category}|${period || period_text}`. */
export function figureKey(row: Pick<KerncijfersRow, 'topic' | 'series' | 'category' | 'period' | 'period_text'>): string {
  return `${row.topic}|${row.series}|${row.category}|${row.period || row.period_text}`;
}

/** One generated series; a missing series stops the build (the figure's definition no longer fits the data). */
export function findSeries(data: GeneratedData, dataset: SeriesDataset, key: string): GeneratedSeries {
  const found = data.series[dataset].find((s) => seriesKey(s) === key);
  if (!found) throw new Error(`figure data: series ${key} is not in src/generated/${dataset}.json`);
  return found;
}

/** A series' points of one period kind that have a value, oldest first. */
export function pointsOf(series: GeneratedSeries, kind: PeriodKind): (GeneratedPoint & { value: number })[] {
  return series.points
    .filter((p): p is GeneratedPoint & { value: number } => p.value !== null && parsePeriodCode(p.period)?.kind === kind)
    .sort((a, b) => comparePeriodCodes(a.period, b.period));
}

/** Single figures of a topic, optionally only those whose series/category pass a test. */
export function figuresOf<T extends KerncijfersRow>(rows: readonly T[], topic: string, test: (row: T) => boolean = () => true): T[] {
  return rows.filter((row) => row.topic === topic && test(row));
}

export function seriesCell(dataset: SeriesDataset, series: GeneratedSeries, point: { period: string; value: number }): CellData {
  return { dataset, series: seriesKey(series), period: point.period, value: point.value };
}

export function figureCell(dataset: 'kerncijfers' | 'productiviteit', row: KerncijfersRow & { value: number }): CellData {
  return { dataset, series: figureKey(row), period: row.period || row.period_text, value: row.value };
}

/** Sort helper: single figures by period code (text-only periods last), then by category. */
export function byPeriod(a: KerncijfersRow, b: KerncijfersRow): number {
  if (a.period && b.period) return comparePeriodCodes(a.period, b.period) || a.category.localeCompare(b.category, 'nl');
  if (a.period) return -1;
  if (b.period) return 1;
  return a.period_text.localeCompare(b.period_text, 'nl');
}

export function hasValue<T extends { value: number | null }>(row: T): row is T & { value: number } {
  return row.value !== null;
}
