import { describe, expect, it } from 'vitest';
import { computeBarometer } from '../../../src/lib/barometer/barometer.ts';
import { clockSeries, type Quadrant, quadrantOf } from '../../../src/lib/barometer/clock.ts';
import { type Indicator, indicatorById } from '../../../src/lib/barometer/indicators.ts';
import { type PeriodValue, toQuarterly } from '../../../src/lib/barometer/quarterly.ts';
import { periodCode } from '../../../src/lib/period.ts';

const quarter = (i: number, from = 1990) => periodCode('quarter', from + Math.floor(i / 4), (i % 4) + 1);
const options = { filter: { name: 'hp', lambda: 1600 }, minQuarters: 24 } as const;

/** A balance with a clean 24-quarter cycle on a slow trend. */
function cyclical(length: number, period = 24): PeriodValue[] {
  return Array.from({ length }, (_, i) => ({ period: quarter(i), value: 10 + 0.05 * i + 3 * Math.sin((2 * Math.PI * i) / period) }));
}

function quadrants(indicator: Indicator, series: PeriodValue[]): Quadrant[] {
  const clock = clockSeries(indicator, series, options);
  if (clock.status !== 'used') throw new Error(clock.reason);
  return clock.points.flatMap((p) => (p.quadrant ? [p.quadrant] : []));
}

/** The quadrants visited, with consecutive repeats collapsed. */
const distinctRuns = (qs: Quadrant[]) => qs.filter((q, i) => i === 0 || q !== qs[i - 1]);

const clockwise: Quadrant[] = ['green', 'orange', 'red', 'yellow'];
const next = (q: Quadrant) => clockwise[(clockwise.indexOf(q) + 1) % 4];

describe('quadrantOf', () => {
  it.each([
    [1, 1, 'green'],
    [1, -1, 'orange'],
    [-1, -1, 'red'],
    [-1, 1, 'yellow'],
    [1, 0, 'orange'],
    [0, 1, 'yellow'],
    [0, 0, 'red'],
    [0, -1, 'red'],
  ] as const)('level %d, change %d → %s', (level, change, expected) => {
    expect(quadrantOf(level, change)).toBe(expected);
  });
  it('has no quadrant without a change', () => expect(quadrantOf(1, null)).toBeNull());
});

describe('clockSeries', () => {
  const balance = indicatorById('ondernemersvertrouwen');

  it('takes a clean cycle round the quadrants: green → orange → red → yellow → green', () => {
    const runs = distinctRuns(quadrants(balance, cyclical(120)));
    expect(runs.length).toBeGreaterThanOrEqual(16); // five cycles, four quadrants each, minus the edges
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBe(next(runs[i - 1]!));
  });

  it('mirrors every point for an inverted indicator: the opposite quadrant, the same turning sense', () => {
    // y → −y and x → −x is a half turn of the clock, not a reflection: green ↔ red, orange ↔ yellow, and the
    // points still go round green → orange → red → yellow (a reversed order would need time to run backwards).
    const inverted: Indicator = { ...balance, direction: -1 };
    const series = cyclical(120);
    const plain = quadrants(balance, series);
    const mirrored = quadrants(inverted, series);
    const opposite: Record<Quadrant, Quadrant> = { green: 'red', orange: 'yellow', red: 'green', yellow: 'orange' };
    expect(mirrored).toEqual(plain.map((q) => opposite[q]));
    const runs = distinctRuns(mirrored);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBe(next(runs[i - 1]!));
  });

  it('standardises the level: mean 0 and population standard deviation 1', () => {
    const clock = clockSeries(balance, cyclical(60), options);
    if (clock.status !== 'used') throw new Error(clock.reason);
    const levels = clock.points.map((p) => p.level);
    const mean = levels.reduce((s, v) => s + v, 0) / levels.length;
    const sd = Math.sqrt(levels.reduce((s, v) => s + (v - mean) ** 2, 0) / levels.length);
    expect(mean).toBeCloseTo(0, 12);
    expect(sd).toBeCloseTo(1, 12);
    expect(clock.points[0]!.change).toBeNull();
    expect(clock.points[1]!.change).toBeCloseTo(clock.points[1]!.level - clock.points[0]!.level, 12);
  });

  it('leaves out a series of 23 quarters, and says why', () => {
    expect(clockSeries(balance, cyclical(23), options)).toEqual({ status: 'excluded', reason: 'te kort voor een trend: 23 kwartalen' });
    expect(clockSeries(balance, cyclical(24), options).status).toBe('used');
  });

  it('uses only the stretch after a gap, and notes what it left out', () => {
    const series = cyclical(60).filter((_, i) => i !== 9);
    const clock = clockSeries(balance, series, options);
    if (clock.status !== 'used') throw new Error(clock.reason);
    expect(clock.points[0]!.period).toBe(quarter(10));
    expect(clock.points).toHaveLength(50);
    expect(clock.notes).toEqual([`gat in de reeks vóór ${quarter(10)}: 9 eerdere kwartalen niet gebruikt`]);
    const short = clockSeries(
      balance,
      cyclical(40).filter((_, i) => i !== 20),
      options,
    );
    expect(short).toEqual({ status: 'excluded', reason: 'te kort voor een trend: 19 kwartalen' });
  });

  it('takes logarithms of level series and refuses values ≤ 0 there', () => {
    const gdp = indicatorById('bbp');
    const series = cyclical(40).map((p) => ({ ...p, value: Math.exp(p.value / 10) }));
    expect(clockSeries(gdp, series, options).status).toBe('used');
    series[5] = { ...series[5]!, value: 0 };
    expect(() => clockSeries(gdp, series, options)).toThrow(/bbp .*values > 0/);
  });

  it('leaves out a series without cyclical movement instead of standardising rounding noise', () => {
    const line = Array.from({ length: 40 }, (_, i) => ({ period: quarter(i), value: 2 + 0.1 * i }));
    expect(clockSeries(balance, line, options)).toEqual({
      status: 'excluded',
      reason: 'geen cyclische beweging: de reeks volgt haar trend',
    });
  });
});

describe('toQuarterly', () => {
  it('averages three months per quarter and leaves an incomplete quarter out', () => {
    const months = [
      ['2023MM01', 1],
      ['2023MM02', 2],
      ['2023MM03', 6],
      ['2023MM04', 4],
      ['2023MM05', 5], // June missing
      ['2023MM07', -1],
      ['2023MM08', 0],
      ['2023MM09', 4],
    ] as const;
    const result = toQuarterly(months.map(([period, value]) => ({ period, value })));
    expect(result.points).toEqual([
      { period: '2023KW01', value: 3 },
      { period: '2023KW03', value: 1 },
    ]);
    expect(result.incomplete).toEqual([{ period: '2023KW02', months: 2 }]);
  });

  it('passes quarters through, sorted', () => {
    expect(
      toQuarterly([
        { period: '2023KW02', value: 2 },
        { period: '2023KW01', value: 1 },
      ]).points,
    ).toEqual([
      { period: '2023KW01', value: 1 },
      { period: '2023KW02', value: 2 },
    ]);
  });

  it.each([
    [[{ period: '2023JJ00', value: 1 }], /only months and quarters/],
    [[{ period: '2023HJ01', value: 1 }], /only months and quarters/],
    [[{ period: '2023Q1', value: 1 }], /unknown period code/],
    [
      [
        { period: '2023MM01', value: 1 },
        { period: '2023KW01', value: 1 },
      ],
      /mixes months and quarters/,
    ],
    [
      [
        { period: '2023KW01', value: 1 },
        { period: '2023KW01', value: 2 },
      ],
      /occurs twice/,
    ],
  ])('refuses %j', (series, message) => {
    expect(() => toQuarterly(series)).toThrow(message);
  });
});

describe('computeBarometer on monthly raw input', () => {
  it('averages months per quarter; the incomplete last quarter has no reading and is noted', () => {
    const series = Array.from({ length: 30 * 3 + 2 }, (_, m) => ({
      indicator: 'consumentenvertrouwen' as const,
      period: periodCode('month', 2000 + Math.floor(m / 12), (m % 12) + 1),
      value: -10 + 8 * Math.sin((2 * Math.PI * m) / 60) + 0.02 * m,
    }));
    const barometer = computeBarometer({ kind: 'raw', series });
    expect(barometer.quarters).toHaveLength(30);
    expect(barometer.quarters.at(-1)!.period).toBe('2007KW02');
    expect(barometer.quarters.some((q) => q.period === '2007KW03')).toBe(false);
    expect(barometer.notes).toEqual([{ id: 'consumentenvertrouwen', note: 'onvolledig kwartaal weggelaten: 2007KW03 (2 van 3 maanden)' }]);
    expect(barometer.excluded).toHaveLength(11);
    expect(barometer.method).toEqual({ input: 'raw', filter: 'hp', lambda: 1600, minQuarters: 24, sd: 'population' });
  });
});

describe('seasonal adjustment of unadjusted sources', () => {
  it('removes a fixed quarter-of-year pattern and keeps the cycle', async () => {
    const { removeQuarterMeans } = await import('../../../src/lib/barometer/seasonal.ts');
    const periods = Array.from({ length: 40 }, (_, i) => `${2000 + Math.floor(i / 4)}KW0${(i % 4) + 1}`);
    const pattern = [3, -1, -4, 2];
    const cycle = periods.map((_, i) => Math.sin((2 * Math.PI * i) / 20));
    const adjusted = removeQuarterMeans(
      periods,
      cycle.map((c, i) => c + pattern[i % 4]!),
    );
    const expected = removeQuarterMeans(periods, cycle);
    for (const [i, value] of adjusted.entries()) expect(value).toBeCloseTo(expected[i]!, 10);
    expect(() => removeQuarterMeans(['2000MM01'], [1])).toThrow(/not a quarter code/);
  });
});
