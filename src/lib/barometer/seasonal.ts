import { parsePeriodCode } from '../period.ts';

/**
 * Removes a fixed seasonal pattern from the cyclical part of a series that the source does not publish
 * seasonally adjusted: the mean of each quarter of the year (Q1, Q2, …) is subtracted from that quarter's
 * values. A trend filter leaves such a pattern in the cycle, and it would make every clock point swing
 * between quadrants from quarter to quarter. Simple and transparent on purpose (seasonal dummies); the
 * method page says so.
 */
export function removeQuarterMeans(periods: readonly string[], cycle: readonly number[]): number[] {
  const sums = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  const quarters = periods.map((period) => {
    const parsed = parsePeriodCode(period);
    if (parsed?.kind !== 'quarter') throw new RangeError(`${JSON.stringify(period)} is not a quarter code`);
    return parsed.index - 1;
  });
  quarters.forEach((q, i) => {
    sums[q]! += cycle[i]!;
    counts[q]! += 1;
  });
  return cycle.map((value, i) => value - sums[quarters[i]!]! / counts[quarters[i]!]!);
}
