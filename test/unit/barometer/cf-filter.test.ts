import { describe, expect, it } from 'vitest';
import { cfCycle } from '../../../src/lib/barometer/cf-filter.ts';

function correlation(a: readonly number[], b: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let sab = 0,
    saa = 0,
    sbb = 0;
  a.forEach((x, i) => {
    sab += (x - ma) * (b[i]! - mb);
    saa += (x - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

const sine = (n: number, period: number) => Array.from({ length: n }, (_, t) => Math.sin((2 * Math.PI * t) / period));

describe('cfCycle (Christiano–Fitzgerald, 6–32 quarters)', () => {
  it('leaves no cycle in a straight line', () => {
    const line = Array.from({ length: 60 }, (_, t) => 5 - 0.3 * t);
    expect(Math.max(...cfCycle(line).map(Math.abs))).toBeLessThan(1e-9);
  });

  it('keeps a 16-quarter cycle and drops a 100-quarter one', () => {
    const n = 120;
    const inBand = sine(n, 16);
    const slow = sine(n, 100);
    const cycle = cfCycle(inBand.map((c, t) => c + 3 * slow[t]! + 0.5 * t));
    expect(correlation(cycle, inBand)).toBeGreaterThan(0.9);
    const middle = (v: number[]) => v.slice(20, 100);
    expect(Math.max(...middle(cycle).map((c, i) => Math.abs(c - inBand[i + 20]!)))).toBeLessThan(0.35);
  });

  it('matches the statsmodels algorithm (cffilter, drift=True) on a small series', () => {
    // Reference values from a NumPy transcription of statsmodels.tsa.filters.cf_filter.cffilter.
    const x = Array.from({ length: 10 }, (_, i) => Math.sin(i * 1.7) * 3 + i * 0.4 + (i % 3));
    const expected = [
      0.566575458338744, 0.802397445531205, 0.7173724907941348, 0.36033293632329655, -0.06156393308828789, -0.31610180311182035,
      -0.29466623925406954, -0.07191436734767365, 0.16129199389686744, 0.23672157666331337,
    ];
    for (const [i, value] of cfCycle(x).entries()) expect(value).toBeCloseTo(expected[i]!, 12);
  });

  it('refuses a short series and a bad band', () => {
    expect(() => cfCycle([1, 2])).toThrow(RangeError);
    expect(() => cfCycle([1, 2, 3, 4], { low: 8, high: 6 })).toThrow(RangeError);
  });
});
