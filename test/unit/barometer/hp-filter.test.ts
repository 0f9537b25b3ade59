import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hpCycle, hpTrend } from '../../../src/lib/barometer/hp-filter.ts';
import { describeReal, sharedSources } from '../../helpers/real-sources.ts';

/** The same filter solved the slow, obvious way: build I + λDᵀD densely, Gaussian elimination with partial pivoting. */
function denseHpTrend(y: readonly number[], lambda: number): number[] {
  const n = y.length;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let k = 0; k + 2 < n; k++) {
    const row = [1, -2, 1];
    for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) a[k + p]![k + q]! += lambda * row[p]! * row[q]!;
  }
  const b = [...y];
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = a[r]![col]! / a[col]![col]!;
      if (factor === 0) continue;
      for (let c = col; c < n; c++) a[r]![c]! -= factor * a[col]![c]!;
      b[r]! -= factor * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * x[c]!;
    x[r] = sum / a[r]![r]!;
  }
  return x;
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0,
    saa = 0,
    sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

const maxAbsDiff = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

describe('hpTrend', () => {
  it('leaves no cycle in a straight line', () => {
    const line = Array.from({ length: 80 }, (_, t) => 3.5 + 0.25 * t);
    for (const lambda of [1, 1600, 1e5]) expect(Math.max(...hpCycle(line, lambda).map(Math.abs))).toBeLessThan(1e-8);
  });

  it('returns the series itself as λ → 0', () => {
    const y = Array.from({ length: 40 }, (_, t) => Math.sin(t) * 10 + t);
    expect(maxAbsDiff(hpTrend(y, 1e-9), y)).toBeLessThan(1e-6);
    expect(hpTrend(y, 0)).toEqual(y);
  });

  it('gives back a 20-quarter cycle around a linear trend in phase', () => {
    const n = 120;
    const cycle = Array.from({ length: n }, (_, t) => Math.sin((2 * Math.PI * t) / 20));
    const y = cycle.map((c, t) => 100 + 0.8 * t + c);
    const recovered = hpCycle(y, 1600);
    expect(correlation(recovered, cycle)).toBeGreaterThan(0.9);
    const lags = Array.from({ length: 11 }, (_, i) => i - 5);
    const byLag = lags.map((lag) => {
      const from = Math.max(0, lag);
      const to = Math.min(n, n + lag);
      return correlation(recovered.slice(from, to), cycle.slice(from - lag, to - lag));
    });
    expect(lags[byLag.indexOf(Math.max(...byLag))]).toBe(0);
  });

  it('agrees with a dense solver on small and awkward inputs', () => {
    for (const n of [3, 4, 5, 7]) {
      const y = Array.from({ length: n }, (_, t) => Math.cos(3 * t) + t * t * 0.1);
      for (const lambda of [0.5, 1600, 1e6]) expect(maxAbsDiff(hpTrend(y, lambda), denseHpTrend(y, lambda))).toBeLessThan(1e-8);
    }
  });

  it('refuses fewer than 3 values, a bad λ and non-finite values', () => {
    expect(() => hpTrend([1, 2])).toThrow(RangeError);
    expect(() => hpTrend([1, 2, 3], -1)).toThrow(RangeError);
    expect(() => hpTrend([1, Number.NaN, 3])).toThrow(RangeError);
  });
});

const observations = join(sharedSources, 'cbs-odata-v4/82242NED/Observations.json');

/** Quarterly bankruptcies of companies (A047597) plus sole proprietorships (A028820), by period. */
function quarterlyBankruptcies(file: string): number[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof json !== 'object' || json === null || !('value' in json) || !Array.isArray(json.value)) throw new Error('no value array');
  const sums = new Map<string, { sum: number; parts: number }>();
  for (const row of json.value) {
    if (typeof row !== 'object' || row === null) continue;
    const { Perioden: period, TypeGefailleerde: type, Value: value } = row;
    if (typeof period !== 'string' || !/^\d{4}KW\d{2}$/.test(period)) continue;
    if (type !== 'A047597' && type !== 'A028820') continue;
    if (typeof value !== 'number') throw new Error(`no number for ${type} ${period}`);
    const entry = sums.get(period) ?? { sum: 0, parts: 0 };
    sums.set(period, { sum: entry.sum + value, parts: entry.parts + 1 });
  }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, { sum, parts }]) => {
      if (parts !== 2) throw new Error(`${period} has ${parts} of 2 parts`);
      return sum;
    });
}

describeReal('hpTrend on the real quarterly bankruptcies (82242NED)', () => {
  it('agrees with the dense solver within 1e-6', () => {
    const y = quarterlyBankruptcies(observations).map(Math.log);
    expect(y.length).toBeGreaterThan(150);
    for (const lambda of [1600, 100, 1e5]) expect(maxAbsDiff(hpTrend(y, lambda), denseHpTrend(y, lambda))).toBeLessThan(1e-6);
  });
});
