import { comparePeriodCodes, parsePeriodCode, quarterOfMonth } from '../period.ts';

/** One observation: a canonical period code and its value. */
export interface PeriodValue {
  period: string;
  value: number;
}

export interface QuarterlySeries {
  /** Quarterly values (`YYYYKWnn`), sorted by period. */
  points: PeriodValue[];
  /** Quarters left out because not all three months had a value (monthly input only). */
  incomplete: Array<{ period: string; months: number }>;
}

/**
 * Brings one series to quarters: monthly values are averaged per quarter (an average, because the
 * series are balances, rates and stocks, for which a sum is wrong); a quarter needs all three months,
 * else it is absent and listed as incomplete — nothing is filled in. Quarterly values pass through.
 * Refuses (RangeError) other period kinds, a mix of months and quarters, and a period given twice.
 */
export function toQuarterly(series: readonly PeriodValue[]): QuarterlySeries {
  const kinds = new Set<string>();
  const seen = new Set<string>();
  const months = new Map<string, number[]>();
  const quarters: PeriodValue[] = [];
  for (const { period, value } of series) {
    const parsed = parsePeriodCode(period);
    if (!parsed) throw new RangeError(`unknown period code ${JSON.stringify(period)}`);
    if (parsed.kind !== 'month' && parsed.kind !== 'quarter') {
      throw new RangeError(`period ${period} is a ${parsed.kind}; only months and quarters can become quarters`);
    }
    if (seen.has(period)) throw new RangeError(`period ${period} occurs twice`);
    seen.add(period);
    kinds.add(parsed.kind);
    if (kinds.size > 1) throw new RangeError(`a series mixes months and quarters (at ${period})`);
    if (parsed.kind === 'quarter') {
      quarters.push({ period, value });
    } else {
      const quarter = quarterOfMonth(parsed);
      const values = months.get(quarter) ?? [];
      values.push(value);
      months.set(quarter, values);
    }
  }
  const incomplete: QuarterlySeries['incomplete'] = [];
  for (const [period, values] of months) {
    if (values.length === 3) quarters.push({ period, value: (values[0]! + values[1]! + values[2]!) / 3 });
    else incomplete.push({ period, months: values.length });
  }
  quarters.sort((a, b) => comparePeriodCodes(a.period, b.period));
  incomplete.sort((a, b) => comparePeriodCodes(a.period, b.period));
  return { points: quarters, incomplete };
}
