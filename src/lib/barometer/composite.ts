import { comparePeriodCodes, previousQuarter } from '../period.ts';
import type { ClockPoint } from './clock.ts';
import type { IndicatorId } from './indicators.ts';
import type { PeriodValue } from './quarterly.ts';

/** The barometer's word for the quadrant of (B, ΔB). */
export const weatherWords = ['zonnig', 'licht bewolkt', 'bewolkt', 'regen'] as const;
export type Weather = (typeof weatherWords)[number];

export interface CompositeReading {
  period: string;
  /** B: the mean level. */
  level: number;
  /** ΔB: see `compositeReadings` (a published composite) and `clockReadings` (indicators); null without a last quarter. */
  change: number | null;
  weather: Weather | null;
}

/** A reading computed from indicators: which indicators it rests on, and how the set differs from last quarter's. */
export interface ClockReading extends CompositeReading {
  /** The indicators whose levels were averaged, in the order of the input. */
  ids: IndicatorId[];
  /** In this quarter but not in the last one (empty when the last quarter has no reading). */
  joined: IndicatorId[];
  /** In the last quarter but not in this one (empty when the last quarter has no reading). */
  left: IndicatorId[];
}

export interface CompositeLevel extends PeriodValue {
  /** The indicators whose levels were averaged, in registry order of the input. */
  ids: IndicatorId[];
}

/**
 * The weather word: zonnig (B > 0, ΔB > 0), licht bewolkt (B > 0, ΔB ≤ 0), bewolkt (B ≤ 0, ΔB > 0),
 * regen (B ≤ 0, ΔB ≤ 0). Exactly 0 counts as "≤ 0". Without a change there is no word.
 */
export function weatherOf(level: number, change: number | null): Weather | null {
  if (change === null) return null;
  if (level > 0) return change > 0 ? 'zonnig' : 'licht bewolkt';
  return change > 0 ? 'bewolkt' : 'regen';
}

/**
 * B(t): the unweighted mean of the levels of the indicators that have a value at t (the ragged edge: each
 * quarter uses what it has, and says which). Quarters without any indicator are absent. Sorted by period.
 */
export function compositeLevels(clocks: ReadonlyArray<{ id: IndicatorId; points: readonly ClockPoint[] }>): CompositeLevel[] {
  const byPeriod = new Map<string, { sum: number; ids: IndicatorId[] }>();
  for (const { id, points } of clocks) {
    for (const { period, level } of points) {
      const entry = byPeriod.get(period) ?? { sum: 0, ids: [] };
      entry.sum += level;
      entry.ids.push(id);
      byPeriod.set(period, entry);
    }
  }
  return [...byPeriod]
    .map(([period, { sum, ids }]) => ({ period, value: sum / ids.length, ids }))
    .sort((a, b) => comparePeriodCodes(a.period, b.period));
}

/**
 * ΔB and the weather from a published series of B (quarterly, one value per quarter): ΔB(t) = B(t) − B(t−1),
 * null when the quarter before has no B. Sorted by period. Which indicators B rests on is not known here, so a
 * change of composition cannot be told apart (for indicators, `clockReadings` can).
 */
export function compositeReadings(levels: readonly PeriodValue[]): CompositeReading[] {
  const byPeriod = new Map(levels.map((point) => [point.period, point.value]));
  return [...levels]
    .sort((a, b) => comparePeriodCodes(a.period, b.period))
    .map(({ period, value }) => {
      const before = byPeriod.get(previousQuarter(period));
      const change = before === undefined ? null : value - before;
      return { period, level: value, change, weather: weatherOf(value, change) };
    });
}

/**
 * B, ΔB and the weather from the indicators' clocks (revised rule, shared/specs/MKBAROMETER.md):
 * B(t) is the mean level of the indicators with a value at t; ΔB(t) is the mean change x of the indicators that
 * have a value at both t and t−1, the x of the centre of gravity. When the set is the same in both quarters this
 * equals B(t) − B(t−1); when an indicator joins or leaves, B(t) − B(t−1) would mostly measure that change of
 * composition, so it is not used. ΔB is null when no indicator has a value in both quarters. Sorted by period.
 */
export function clockReadings(clocks: ReadonlyArray<{ id: IndicatorId; points: readonly ClockPoint[] }>): ClockReading[] {
  const byPeriod = new Map<string, Map<IndicatorId, ClockPoint>>();
  for (const { id, points } of clocks) {
    for (const point of points) {
      const entry = byPeriod.get(point.period) ?? new Map<IndicatorId, ClockPoint>();
      entry.set(id, point);
      byPeriod.set(point.period, entry);
    }
  }
  return compositeLevels(clocks).map(({ period, value, ids }) => {
    const points = byPeriod.get(period)!;
    const before = byPeriod.get(previousQuarter(period));
    const common = before ? ids.filter((id) => before.has(id)) : [];
    const changes = common.map((id) => {
      const change = points.get(id)!.change;
      // clockPositions gives a change exactly when the quarter before has a level.
      if (change === null) throw new Error(`${id} ${period}: a value in the quarter before, but no change`);
      return change;
    });
    const change = changes.length === 0 ? null : changes.reduce((sum, x) => sum + x, 0) / changes.length;
    return {
      period,
      level: value,
      change,
      weather: weatherOf(value, change),
      ids,
      joined: before ? ids.filter((id) => !before.has(id)) : [],
      left: before ? [...before.keys()].filter((id) => !points.has(id)) : [],
    };
  });
}
