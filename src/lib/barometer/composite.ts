import { comparePeriodCodes, previousQuarter } from '../period.ts';
import type { ClockPoint } from './clock.ts';
import type { IndicatorId } from './indicators.ts';
import type { PeriodValue } from './quarterly.ts';

/** The barometer's word for the quadrant of (B, ΔB). */
export type Weather = 'zonnig' | 'licht bewolkt' | 'bewolkt' | 'regen';

export interface CompositeReading {
  period: string;
  /** B: the mean level. */
  level: number;
  /** ΔB: B this quarter minus B last quarter; null when last quarter has no reading. */
  change: number | null;
  weather: Weather | null;
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
 * ΔB and the weather from a series of B (quarterly, one value per quarter): ΔB(t) = B(t) − B(t−1), null when
 * the quarter before has no B. Sorted by period.
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
