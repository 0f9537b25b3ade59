import { formatPeriodShort } from '../format/period.ts';
import { parsePeriodCode, periodCode, periodMidpoint } from '../lib/period.ts';

/** The x position of a period on a time axis: its midpoint, so months, quarters and years line up. */
export function periodDate(code: string): Date {
  const period = parsePeriodCode(code);
  if (!period) throw new Error(`not a canonical period code: ${code}`);
  return periodMidpoint(period);
}

/**
 * Year ticks (1 January) for a time domain, every 1, 2, 5, 10 or 20 years so that at most `maxTicks` fit,
 * labelled via src/format ("2020").
 */
export function yearTicks(domain: [Date, Date], maxTicks: number): { ticks: Date[]; format: (d: Date) => string } {
  const first = domain[0].getUTCFullYear();
  const last = domain[1].getUTCFullYear();
  const span = Math.max(1, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= maxTicks) ?? 50;
  const ticks: Date[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const tick = new Date(Date.UTC(year, 0, 1));
    if (tick >= domain[0] && tick <= domain[1]) ticks.push(tick);
  }
  // A domain inside one year (or between two ticks) still gets one labelled tick.
  if (ticks.length === 0) ticks.push(new Date(Date.UTC(first, 6, 1)));
  return { ticks, format: (d) => formatPeriodShort(periodCode('year', d.getUTCFullYear())) };
}
