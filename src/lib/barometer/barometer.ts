import { comparePeriodCodes, parsePeriodCode } from '../period.ts';
import { quarterlyBand } from './cf-filter.ts';
import { type ClockPoint, clockPositions, clockSeries, type Quadrant, type TrendFilter } from './clock.ts';
import { clockReadings, compositeReadings, type Weather } from './composite.ts';
import { quarterlyLambda } from './hp-filter.ts';
import { type IndicatorId, indicatorCount, indicators } from './indicators.ts';
import { type PeriodValue, toQuarterly } from './quarterly.ts';

export interface IndicatorValue extends PeriodValue {
  indicator: IndicatorId;
}

/**
 * What the barometer can start from: raw indicator series (monthly or quarterly; the trend filter runs),
 * published clock positions (values are already standardised cyclical levels y; no filter), or a published
 * composite B (only ΔB and the weather are derived).
 */
export type BarometerInput =
  | { kind: 'raw'; series: readonly IndicatorValue[] }
  | { kind: 'clock'; series: readonly IndicatorValue[] }
  | { kind: 'composite'; series: readonly PeriodValue[] };

export interface BarometerOptions {
  /** Trend filter for raw input: Hodrick–Prescott (default) or Christiano–Fitzgerald 6–32 quarters. */
  filter?: 'hp' | 'cf';
  /** HP smoothing parameter; default 1600 (quarterly data). */
  lambda?: number;
  /** Raw series with fewer quarters are left out; default 24. */
  minQuarters?: number;
  /** Raw series the source publishes without seasonal adjustment: their cycle loses its quarter-of-year means. */
  deseasonalise?: readonly IndicatorId[];
}

export interface BarometerQuarter {
  period: string;
  /** B: the mean level of the indicators with a value this quarter. */
  level: number;
  /** ΔB: the mean change of the indicators with a value this quarter and last (a composite: B − B last quarter). */
  change: number | null;
  weather: Weather | null;
  indicators: Array<{ id: IndicatorId; level: number; change: number | null; quadrant: Quadrant | null }>;
  /** How many indicators B rests on; null for a published composite, where that is not known. */
  used: number | null;
  of: typeof indicatorCount;
  /** Indicators in this quarter's reading but not in last quarter's; null for a published composite. */
  joined: IndicatorId[] | null;
  /** Indicators in last quarter's reading but not in this one's; null for a published composite. */
  left: IndicatorId[] | null;
}

export type BarometerMethod =
  | { input: 'raw'; filter: 'hp'; lambda: number; minQuarters: number; sd: 'population' }
  | { input: 'raw'; filter: 'cf'; low: number; high: number; minQuarters: number; sd: 'population' }
  | { input: 'clock' | 'composite'; filter: 'none' };

export interface Barometer {
  /** One reading per quarter that has at least one level, sorted by period. */
  quarters: BarometerQuarter[];
  /** Indicators not in the reading, in registry order, with the reason in Dutch. */
  excluded: Array<{ id: IndicatorId; reason: string }>;
  /** What was left out of an indicator that is in the reading (incomplete quarters, stretches before a gap). */
  notes: Array<{ id: IndicatorId; note: string }>;
  method: BarometerMethod;
}

/**
 * The MKBarometer and the clock of each indicator (shared/specs/MKBAROMETER.md). Computes in full precision
 * and rounds the numbers of the output to 4 decimals, so the same input always prints the same text.
 * Refuses (RangeError) period codes other than quarters (and months, for raw input), a period given twice
 * for one series, values that are not finite, and non-positive values of log-transformed indicators.
 */
export function computeBarometer(input: BarometerInput, options: BarometerOptions = {}): Barometer {
  const lambda = options.lambda ?? quarterlyLambda;
  const minQuarters = options.minQuarters ?? 24;
  if (!Number.isFinite(lambda) || lambda < 0) throw new RangeError(`λ must be a finite number ≥ 0, got ${lambda}`);
  if (!Number.isInteger(minQuarters) || minQuarters < 3) throw new RangeError(`minQuarters must be an integer ≥ 3, got ${minQuarters}`);
  for (const { period, value } of input.series) {
    if (!Number.isFinite(value)) throw new RangeError(`${period}: value ${value} is not a finite number`);
  }

  if (input.kind === 'composite') {
    const quarters = compositeReadings(onlyQuarters('composite', input.series)).map(
      (reading): BarometerQuarter => ({
        ...reading,
        indicators: [],
        used: null,
        of: indicatorCount,
        joined: null,
        left: null,
      }),
    );
    return finish({ quarters, excluded: [], notes: [], method: { input: 'composite', filter: 'none' } });
  }

  const filter: TrendFilter = options.filter === 'cf' ? { name: 'cf', ...quarterlyBand } : { name: 'hp', lambda };
  const clocks: Array<{ id: IndicatorId; points: ClockPoint[] }> = [];
  const excluded: Barometer['excluded'] = [];
  const notes: Barometer['notes'] = [];
  for (const indicator of indicators) {
    const series = input.series.filter((point) => point.indicator === indicator.id);
    if (series.length === 0) {
      excluded.push({ id: indicator.id, reason: 'geen reeks in de invoer' });
    } else if (input.kind === 'clock') {
      clocks.push({ id: indicator.id, points: clockPositions(onlyQuarters(indicator.id, series)) });
    } else {
      const quarterly = withSeriesName(indicator.id, () => toQuarterly(series));
      for (const { period, months } of quarterly.incomplete) {
        notes.push({ id: indicator.id, note: `onvolledig kwartaal weggelaten: ${period} (${months} van 3 maanden)` });
      }
      const deseasonalise = options.deseasonalise?.includes(indicator.id) ?? false;
      const clock = clockSeries(indicator, quarterly.points, { filter, minQuarters, deseasonalise });
      if (clock.status === 'excluded') excluded.push({ id: indicator.id, reason: clock.reason });
      else {
        clocks.push({ id: indicator.id, points: clock.points });
        notes.push(...clock.notes.map((note) => ({ id: indicator.id, note })));
      }
    }
  }

  const pointsById = new Map(clocks.map(({ id, points }) => [id, new Map(points.map((p) => [p.period, p]))]));
  const quarters = clockReadings(clocks).map(({ ids, joined, left, ...reading }): BarometerQuarter => {
    const points = ids.flatMap((id) => {
      const point = pointsById.get(id)?.get(reading.period);
      return point ? [{ id, level: point.level, change: point.change, quadrant: point.quadrant }] : [];
    });
    return { ...reading, indicators: points, used: points.length, of: indicatorCount, joined, left };
  });
  const method: BarometerMethod =
    input.kind === 'clock'
      ? { input: 'clock', filter: 'none' }
      : filter.name === 'hp'
        ? { input: 'raw', filter: 'hp', lambda, minQuarters, sd: 'population' }
        : { input: 'raw', filter: 'cf', low: filter.low, high: filter.high, minQuarters, sd: 'population' };
  return finish({ quarters, excluded, notes, method });
}

/** Checks that a series holds only quarter codes, each once, and returns it sorted. */
function onlyQuarters(name: string, series: readonly PeriodValue[]): PeriodValue[] {
  const seen = new Set<string>();
  for (const { period } of series) {
    if (parsePeriodCode(period)?.kind !== 'quarter')
      throw new RangeError(`${name}: ${JSON.stringify(period)} is not a quarter code (YYYYKWnn)`);
    if (seen.has(period)) throw new RangeError(`${name}: period ${period} occurs twice`);
    seen.add(period);
  }
  return [...series].sort((a, b) => comparePeriodCodes(a.period, b.period));
}

function withSeriesName<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Rounds every number of the output to 4 decimals (and −0 to 0); the computation stays in full precision. */
function finish(barometer: Barometer): Barometer {
  return {
    ...barometer,
    quarters: barometer.quarters.map((q) => ({
      ...q,
      level: round(q.level),
      change: q.change === null ? null : round(q.change),
      indicators: q.indicators.map((i) => ({ ...i, level: round(i.level), change: i.change === null ? null : round(i.change) })),
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4 + 0;
}
