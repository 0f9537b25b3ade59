import type { GeneratedData, GeneratedPoint, GeneratedSeries, SeriesDataset } from '../lib/generated.ts';
import { comparePeriodCodes, comparePeriods, type PeriodKind, parsePeriodCode } from '../lib/period.ts';
import { figureKey, seriesKey } from '../lib/series-key.ts';
import type { KerncijfersRow } from '../schemas/kerncijfers.ts';
import type { CellData } from './figure-spec.ts';
import type { NamedSeries, SeriesFamily } from './vocabulary/series.ts';

/** One generated series; a missing series stops the build (the figure's definition no longer fits the data). */
export function findSeries(data: GeneratedData, named: NamedSeries): GeneratedSeries {
  const key = seriesKey(named);
  const found = data.series[named.dataset].find((s) => seriesKey(s) === key);
  if (!found) throw new Error(`figure data: series ${key} is not in src/generated/${named.dataset}.json`);
  return found;
}

/** Every generated series of a family (one table, optionally one measure), in the order of the data. */
export function familySeries(data: GeneratedData, family: SeriesFamily): GeneratedSeries[] {
  return data.series[family.dataset].filter(
    (s) => s.source === family.source && (family.series === undefined || s.series === family.series),
  );
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

export function seriesCell(
  dataset: SeriesDataset,
  series: GeneratedSeries,
  point: { period: string; value: number; linked?: string | undefined },
): CellData {
  return {
    dataset,
    series: seriesKey(series),
    period: point.period,
    value: point.value,
    ...(point.linked ? { flags: ['gekoppeld'] } : {}),
  };
}

/** " (gekoppeld)" after a value whose cell carries that flag, so the table and the tooltip say it in words. */
export function flagSuffix(data: CellData): string {
  return data.flags?.length ? ` (${data.flags.join(', ')})` : '';
}

export function figureCell(dataset: 'kerncijfers' | 'productiviteit', row: KerncijfersRow & { value: number }): CellData {
  return { dataset, series: figureKey(row), period: row.period || row.period_text, value: row.value };
}

const dutch = (a: string, b: string) => a.localeCompare(b, 'nl');

/** Sort helper: single figures by period code (text-only periods last, in Dutch order), then by category. */
export function byPeriod(a: KerncijfersRow, b: KerncijfersRow): number {
  const order = comparePeriods(a.period || a.period_text, b.period || b.period_text, dutch);
  return order || (a.period && b.period ? dutch(a.category, b.category) : 0);
}

export function hasValue<T extends { value: number | null }>(row: T): row is T & { value: number } {
  return row.value !== null;
}
