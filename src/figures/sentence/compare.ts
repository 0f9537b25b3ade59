import type { ChangeAmount, News } from '../../format/change.ts';

/**
 * Which way is better for the mkb, known per series (src/figures/vocabulary/series.ts) or per figure of single
 * figures: more bankruptcies is worse ('lower'), more turnover is better ('higher'); 'neither' where a rise means
 * two things at once (more vacancies: more demand for staff, but harder to find it).
 */
export type Better = 'higher' | 'lower' | 'neither';

/**
 * How a value is compared with a year earlier: 'relative' for counts, amounts and indices (the change in %);
 * 'difference' for percentages (procentpunt) and survey balances (punten); 'growth' when the value is itself
 * the change against a year earlier (volume growth), so only its sign and size are said.
 */
export type ChangeMeasure =
  | { kind: 'relative' }
  | { kind: 'difference'; unit: 'procentpunt' | 'punt'; decimals: number }
  | { kind: 'growth'; decimals: number };

/** How the latest value compares with a year earlier, for the tile and the tests. */
export interface Comparison extends ChangeAmount {
  measure: ChangeMeasure['kind'];
  /** Period (code or text) of the value compared with; absent for growth, which is a comparison itself. */
  against?: string;
  news: News;
}

function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Math.abs(value) * factor) / factor;
}

function direction(signed: number, amount: number): ChangeAmount['direction'] {
  if (amount === 0) return 'same';
  return signed > 0 ? 'up' : 'down';
}

/**
 * The change from `previous` to `latest`, rounded as it will be written: a relative change to whole percents
 * from 10% on, else to one decimal. Undefined when a relative change has no base (a year earlier ≤ 0).
 */
export function changeBetween(latest: number, previous: number, measure: ChangeMeasure): ChangeAmount | undefined {
  if (measure.kind === 'growth') return growth(latest, measure.decimals);
  if (measure.kind === 'difference') {
    const amount = rounded(latest - previous, measure.decimals);
    return { direction: direction(latest - previous, amount), amount, decimals: measure.decimals, unit: measure.unit };
  }
  if (previous <= 0) return undefined;
  const percent = ((latest - previous) / previous) * 100;
  const decimals = rounded(percent, 1) >= 10 ? 0 : 1;
  const amount = rounded(percent, decimals);
  return { direction: direction(percent, amount), amount, decimals, unit: '%' };
}

/** A value that is itself a change in percent (volume growth against a year earlier). */
export function growth(value: number, decimals: number): ChangeAmount {
  const amount = rounded(value, decimals);
  return { direction: direction(value, amount), amount, decimals, unit: '%' };
}

/** Good or bad news for the mkb: from the change as written and which way is better for the series. */
export function newsOf(better: Better, change: ChangeAmount): News {
  if (better === 'neither') return 'no-judgement';
  if (change.direction === 'same') return 'unchanged';
  return (change.direction === 'up') === (better === 'higher') ? 'good' : 'bad';
}
