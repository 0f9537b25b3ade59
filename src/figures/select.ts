import type { GeneratedData, GeneratedFigure, GeneratedPoint, GeneratedSeries, SeriesDataset } from '../lib/generated.ts';
import { comparePeriodCodes, comparePeriods, type PeriodKind, parsePeriodCode } from '../lib/period.ts';
import { figureKey, seriesKey } from '../lib/series-key.ts';
import type { CellData } from './figure-spec.ts';
import type { DimensionValue, NamedSeries, SeriesFamily } from './vocabulary/series.ts';

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

/**
 * The generated series of a family as named series, each carrying its category as the family's dimension value
 * (code and label from the data; `slug` names it in a view's address when its label reads badly there).
 */
export function familyMembers(
  data: GeneratedData,
  family: SeriesFamily,
  options: { test?: (series: GeneratedSeries) => boolean; slug?: (series: GeneratedSeries) => string } = {},
): NamedSeries[] {
  return familySeries(data, family)
    .filter(options.test ?? (() => true))
    .map((s) => {
      const value: DimensionValue = { code: s.category, label: s.categoryLabel, ...(options.slug ? { slug: options.slug(s) } : {}) };
      return {
        dataset: family.dataset,
        source: s.source,
        series: s.series,
        category: s.category,
        label: s.categoryLabel,
        dimensions: { [family.dimension]: value },
        better: family.better,
      };
    });
}

/** A series' points of one period kind that have a value, oldest first. */
export function pointsOf(series: GeneratedSeries, kind: PeriodKind): (GeneratedPoint & { value: number })[] {
  return series.points
    .filter((p): p is GeneratedPoint & { value: number } => p.value !== null && parsePeriodCode(p.period)?.kind === kind)
    .sort((a, b) => comparePeriodCodes(a.period, b.period));
}

/** Single figures of a topic, optionally only those whose series/category pass a test. */
export function figuresOf<T extends GeneratedFigure>(rows: readonly T[], topic: string, test: (row: T) => boolean = () => true): T[] {
  return rows.filter((row) => row.topic === topic && test(row));
}

/** A point of a series as a cell: its identity, the series' attribution (or the point's own) and unit, the point's flags and margin. */
export function seriesCell(
  dataset: SeriesDataset,
  series: GeneratedSeries,
  point: Pick<GeneratedPoint, 'period' | 'flags' | 'lower' | 'upper' | 'attribution'> & { value: number },
): CellData {
  return {
    dataset,
    series: seriesKey(series),
    period: point.period,
    value: point.value,
    attribution: point.attribution ?? series.attribution,
    unit: series.unitName,
    flags: point.flags ?? [],
    ...(point.lower !== undefined ? { lower: point.lower, upper: point.upper ?? null } : {}),
  };
}

/** A single figure as a cell: its identity, its own attribution, unit, flags and the publication's wording. */
export function figureCell(dataset: 'kerncijfers' | 'productiviteit', row: GeneratedFigure & { value: number }): CellData {
  return {
    dataset,
    series: figureKey(row),
    period: row.period || row.period_text,
    value: row.value,
    attribution: row.attribution,
    unit: row.unitName,
    flags: row.flags,
    ...(row.remark ? { remark: row.remark } : {}),
  };
}

const dutch = (a: string, b: string) => a.localeCompare(b, 'nl');

/** Sort helper: single figures by period code (text-only periods last, in Dutch order), then by category. */
export function byPeriod(a: GeneratedFigure, b: GeneratedFigure): number {
  const order = comparePeriods(a.period || a.period_text, b.period || b.period_text, dutch);
  return order || (a.period && b.period ? dutch(a.category, b.category) : 0);
}

export function hasValue<T extends { value: number | null }>(row: T): row is T & { value: number } {
  return row.value !== null;
}
