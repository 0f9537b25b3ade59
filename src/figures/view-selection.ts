import { parsePeriodCode, periodMonths } from '../lib/period.ts';
import type { Dimension, DimensionValue } from './vocabulary/series.ts';

/**
 * A view of a figure: one series picked along one of its dimensions, and a period. The builders in
 * src/figures/build/ take a selection and build the figure's content from the selected data only, so the
 * view's chart, table, text alternative and downloads are the figure's own, run on less data.
 */

/** One value of one dimension: the series a view shows. */
export interface SeriesPick {
  dimension: Dimension;
  value: DimensionValue;
}

/** The last `years` years, or every period; undefined: the figure's own default. */
export type PeriodPick = { years: number } | 'all';

export interface ViewSelection {
  /** Undefined: every series of the figure. */
  series?: SeriesPick;
  period?: PeriodPick;
}

/** What a figure's content offers to choose from; src/lib/pages/views.ts makes the views from it. */
export interface ViewChoices {
  /** Per dimension along which the figure's series differ (two values or more), its values in the figure's order. */
  series: { dimension: Dimension; values: DimensionValue[] }[];
  /** First and last period of the series, for the period choices (long time series). */
  span?: { first: string; last: string };
  /** What the figure shows by default when that is not every period ("Laatste kwartaal"); undefined: every period. */
  defaultPeriod?: string;
}

type Dimensions = Partial<Record<Dimension, DimensionValue>> | undefined;

/** The dimensions along which some series differ, each with its values in order of first appearance. */
export function seriesChoices(of: readonly Dimensions[]): ViewChoices['series'] {
  const found = new Map<Dimension, DimensionValue[]>();
  for (const dimensions of of) {
    for (const [dimension, value] of Object.entries(dimensions ?? {}) as [Dimension, DimensionValue][]) {
      const values = found.get(dimension) ?? [];
      if (!values.some((v) => v.code === value.code)) values.push(value);
      found.set(dimension, values);
    }
  }
  return [...found].filter(([, values]) => values.length > 1).map(([dimension, values]) => ({ dimension, values }));
}

/** Whether a series (by its dimension values) is in the view; a series without the picked dimension is not. */
export function isPicked(dimensions: Dimensions, selection: ViewSelection): boolean {
  const pick = selection.series;
  return pick === undefined || dimensions?.[pick.dimension]?.code === pick.value.code;
}

/** Month number (year × 12 + month) of the last month of a period code. */
function endMonth(code: string): number | undefined {
  const period = parsePeriodCode(code);
  if (!period) return undefined;
  const { end } = periodMonths(period);
  return end[0] * 12 + end[1];
}

/** Months from the first month of `first` to the last month of `last`. */
export function spanMonths(span: { first: string; last: string }): number {
  const first = parsePeriodCode(span.first);
  const last = endMonth(span.last);
  if (!first || last === undefined) return 0;
  const { start } = periodMonths(first);
  return last - (start[0] * 12 + start[1]) + 1;
}

/**
 * Which periods a selection keeps, counted back from `last` (the newest period the view shows): the last
 * n years are the periods that end in the 12·n months up to the end of `last` (60 months, 20 quarters or
 * 5 years for n = 5, whatever the period kind). Every period when the selection names none or all.
 */
export function periodTest(selection: ViewSelection, last: string): (code: string) => boolean {
  const pick = selection.period;
  const lastEnd = endMonth(last);
  if (pick === undefined || pick === 'all' || lastEnd === undefined) return () => true;
  const after = lastEnd - 12 * pick.years;
  return (code) => (endMonth(code) ?? Number.NEGATIVE_INFINITY) > after;
}

/** "laatste 5 jaar", or empty for every period and the default. */
export function periodPhrase(selection: ViewSelection): string {
  const pick = selection.period;
  return pick === undefined || pick === 'all' ? '' : `laatste ${pick.years} jaar`;
}

/** A table caption of the view: the figure's caption, then the series and the period chosen. */
export function viewCaption(caption: string, selection: ViewSelection): string {
  const parts = [selection.series?.value.label, periodPhrase(selection)].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? `${caption} (${parts.join(', ')})` : caption;
}

/** ", alleen de reeks “Horeca”" after what a chart shows, when the view picks one series; else empty. */
export function viewPhrase(selection: ViewSelection): string {
  return selection.series ? `, alleen de reeks “${selection.series.value.label}”,` : '';
}
