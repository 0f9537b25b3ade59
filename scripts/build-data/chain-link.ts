import type { PeriodValue } from '../../src/lib/barometer/quarterly.ts';
import { comparePeriodCodes, nextQuarter, parsePeriodCode, previousQuarter } from '../../src/lib/period.ts';
import type { OverlapQuarter, OverlapSummary } from '../../src/schemas/barometer-file.ts';

/**
 * What a successor table publishes to continue a level series: per quarter either the percentage change
 * against the quarter before (`change`, e.g. CBS 85880NED "Volume, t.o.v. voorgaande periode") or an index
 * level (`index`; its quarter-on-quarter growth is the ratio of two consecutive levels).
 */
export interface Successor {
  kind: 'change' | 'index';
  points: readonly PeriodValue[];
}

export interface LinkedValue extends PeriodValue {
  /** True for a quarter whose value was carried on from the link quarter by the successor's growth. */
  linked: boolean;
}

export interface ChainLinkResult {
  /** The base series, then the linked quarters (sorted). */
  points: LinkedValue[];
  /** The last quarter of the base series, whose value the successor's growth carries on; null when nothing was linked. */
  linkQuarter: string | null;
  /** Every quarter whose growth both tables give (the base's growth from its own two levels), 4 decimals. */
  overlap: OverlapQuarter[];
}

/**
 * Continues a discontinued quarterly level series with the growth its successor publishes (chain-linking,
 * shared/specs/MKBAROMETER.md): from the last base quarter L, value(t) = value(t−1) × (1 + change(t)/100) for
 * `change`, or value(t−1) × index(t)/index(t−1) for `index`, quarter after quarter while the successor has
 * consecutive quarters; the first missing quarter ends the link (nothing is bridged or filled in). An index
 * successor must cover L itself. The chain runs in full precision; each linked value is rounded to `decimals`.
 * Refuses (RangeError) non-quarter codes, a quarter given twice, values that are not finite, and a base value
 * or an index level ≤ 0.
 */
export function chainLink(base: readonly PeriodValue[], successor: Successor, decimals: number): ChainLinkResult {
  const levels = quarterMap('base', base, true);
  const published = quarterMap('successor', successor.points, successor.kind === 'index');
  const periods = [...levels.keys()].sort(comparePeriodCodes);
  const points: LinkedValue[] = periods.map((period) => ({ period, value: levels.get(period)!, linked: false }));

  const growth = (period: string): number | undefined => {
    const value = published.get(period);
    if (value === undefined) return undefined;
    if (successor.kind === 'change') return 1 + value / 100;
    const before = published.get(previousQuarter(period));
    return before === undefined ? undefined : value / before;
  };

  const overlap: OverlapQuarter[] = [];
  for (const period of periods) {
    const before = levels.get(previousQuarter(period));
    const factor = growth(period);
    if (before === undefined || factor === undefined) continue;
    const baseGrowth = (levels.get(period)! / before - 1) * 100;
    const successorGrowth = (factor - 1) * 100;
    overlap.push({
      period,
      base: round(baseGrowth, 4),
      successor: round(successorGrowth, 4),
      difference: round(successorGrowth - baseGrowth, 4),
    });
  }

  const last = periods.at(-1);
  if (last === undefined || (successor.kind === 'index' && !published.has(last))) return { points, linkQuarter: null, overlap };
  let value = levels.get(last)!;
  let period = nextQuarter(last);
  for (let factor = growth(period); factor !== undefined; factor = growth(period)) {
    value *= factor;
    points.push({ period, value: round(value, decimals), linked: true });
    period = nextQuarter(period);
  }
  return { points, linkQuarter: points.at(-1)!.linked ? last : null, overlap };
}

/** Summarises an overlap (rounded to 4 decimals, so the output is the same text every time); undefined when empty. */
export function summariseOverlap(overlap: readonly OverlapQuarter[]): OverlapSummary | undefined {
  if (overlap.length === 0) return undefined;
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
  const largest = overlap.reduce((top, q) => (Math.abs(q.difference) > Math.abs(top.difference) ? q : top));
  const compound = (rates: number[]) => (rates.reduce((product, r) => product * (1 + r / 100), 1) - 1) * 100;
  return {
    quarters: overlap.length,
    first: overlap[0]!.period,
    last: overlap.at(-1)!.period,
    meanDifference: round(sum(overlap.map((q) => q.difference)) / overlap.length, 4),
    meanAbsoluteDifference: round(sum(overlap.map((q) => Math.abs(q.difference))) / overlap.length, 4),
    largest: { period: largest.period, difference: round(largest.difference, 4) },
    cumulative: { base: round(compound(overlap.map((q) => q.base)), 4), successor: round(compound(overlap.map((q) => q.successor)), 4) },
  };
}

function quarterMap(name: string, points: readonly PeriodValue[], positive: boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const { period, value } of points) {
    if (parsePeriodCode(period)?.kind !== 'quarter') throw new RangeError(`${name}: ${JSON.stringify(period)} is not a quarter code`);
    if (map.has(period)) throw new RangeError(`${name}: period ${period} occurs twice`);
    if (!Number.isFinite(value) || (positive && !(value > 0)))
      throw new RangeError(`${name} ${period}: ${value} cannot be linked${positive ? ' (a level must be > 0)' : ''}`);
    map.set(period, value);
  }
  return map;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}
