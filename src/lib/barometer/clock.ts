import { previousQuarter } from '../period.ts';
import { cfCycle } from './cf-filter.ts';
import { hpCycle } from './hp-filter.ts';
import type { Indicator } from './indicators.ts';
import type { PeriodValue } from './quarterly.ts';
import { removeQuarterMeans } from './seasonal.ts';

/** green: above trend, improving; orange: above, worsening; red: below, worsening; yellow: below, improving. */
export const quadrants = ['green', 'orange', 'red', 'yellow'] as const;
export type Quadrant = (typeof quadrants)[number];

/** How the trend is removed: Hodrick–Prescott with λ, or Christiano–Fitzgerald with a band in quarters. */
export type TrendFilter = { name: 'hp'; lambda: number } | { name: 'cf'; low: number; high: number };

export interface ClockPoint {
  period: string;
  /** y: the standardised cyclical level. */
  level: number;
  /** x: y this quarter minus y last quarter; null for a first quarter or after a missing quarter. */
  change: number | null;
  quadrant: Quadrant | null;
}

export type ClockSeries = { status: 'used'; points: ClockPoint[]; notes: string[] } | { status: 'excluded'; reason: string };

export interface ClockOptions {
  filter: TrendFilter;
  /** Fewer quarters than this (after gaps are cut off) leave the indicator out. */
  minQuarters: number;
  /** The source is not seasonally adjusted: clear the cycle of its quarter-of-year means (seasonal.ts). */
  deseasonalise?: boolean;
}

/**
 * The quadrant of a clock point. The boundaries belong to the lower and left halves: a level or a change of
 * exactly 0 counts as "≤ 0". Without a change there is no quadrant.
 */
export function quadrantOf(level: number, change: number | null): Quadrant | null {
  if (change === null) return null;
  if (level > 0) return change > 0 ? 'green' : 'orange';
  return change > 0 ? 'yellow' : 'red';
}

/**
 * Adds change and quadrant to quarterly levels (sorted, one per quarter). The change needs the level of the
 * quarter just before; when that quarter is absent the change is null — nothing is bridged.
 */
export function clockPositions(levels: readonly PeriodValue[]): ClockPoint[] {
  const byPeriod = new Map(levels.map((point) => [point.period, point.value]));
  return levels.map(({ period, value }) => {
    const before = byPeriod.get(previousQuarter(period));
    const change = before === undefined ? null : value - before;
    return { period, level: value, change, quadrant: quadrantOf(value, change) };
  });
}

/**
 * One indicator's clock from its quarterly series (sorted, one value per quarter):
 * log (for 'log' indicators) → cyclical part (HP or CF) → × direction → standardised with the population
 * standard deviation (divide by n: the sample is the whole history, not a draw from it) → level y; then
 * change and quadrant.
 *
 * Gaps are never filled: the filter runs on the last contiguous stretch of quarters (the one ending with the
 * newest value) and a note says what was left before it. A stretch shorter than `minQuarters`, or one without
 * any cyclical movement, leaves the indicator out with a reason in Dutch.
 */
export function clockSeries(indicator: Indicator, series: readonly PeriodValue[], options: ClockOptions): ClockSeries {
  const notes: string[] = [];
  const run = lastContiguousRun(series);
  if (run.length < series.length) {
    const first = run[0]!.period;
    notes.push(`gat in de reeks vóór ${first}: ${series.length - run.length} eerdere kwartalen niet gebruikt`);
  }
  if (run.length < options.minQuarters) return { status: 'excluded', reason: `te kort voor een trend: ${run.length} kwartalen` };

  const values = run.map(({ period, value }) => {
    if (indicator.transform !== 'log') return value;
    if (!(value > 0))
      throw new RangeError(`${indicator.id} ${period}: ${value} has no logarithm; a log-transformed series needs values > 0`);
    return Math.log(value);
  });
  const cycle = options.filter.name === 'hp' ? hpCycle(values, options.filter.lambda) : cfCycle(values, options.filter);
  const adjusted = options.deseasonalise
    ? removeQuarterMeans(
        run.map((p) => p.period),
        cycle,
      )
    : cycle;
  const signed = adjusted.map((c) => c * indicator.direction);

  const n = signed.length;
  const mean = signed.reduce((sum, c) => sum + c, 0) / n;
  const sd = Math.sqrt(signed.reduce((sum, c) => sum + (c - mean) ** 2, 0) / n);
  // A straight line leaves a cycle of rounding noise; standardising that noise would invent a cycle.
  const scale = Math.max(1, ...values.map(Math.abs));
  if (!(sd > 1e-9 * scale)) return { status: 'excluded', reason: 'geen cyclische beweging: de reeks volgt haar trend' };

  const levels = run.map(({ period }, i) => ({ period, value: (signed[i]! - mean) / sd }));
  return { status: 'used', points: clockPositions(levels), notes };
}

/** The quarters after the last gap: the stretch of consecutive quarters that ends with the newest one. */
function lastContiguousRun(series: readonly PeriodValue[]): readonly PeriodValue[] {
  let start = series.length - 1;
  while (start > 0 && previousQuarter(series[start]!.period) === series[start - 1]!.period) start--;
  return series.slice(Math.max(start, 0));
}
