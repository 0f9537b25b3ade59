import { describe, expect, it } from 'vitest';
import { computeBarometer, type IndicatorValue } from '../../../src/lib/barometer/barometer.ts';
import { clockReadings, compositeLevels, compositeReadings, weatherOf } from '../../../src/lib/barometer/composite.ts';

const composite = (values: Array<[string, number]>) =>
  computeBarometer({ kind: 'composite', series: values.map(([period, value]) => ({ period, value })) }).quarters;

describe('weatherOf', () => {
  it.each([
    [0.5, 0.2, 'zonnig'],
    [0.5, -0.2, 'licht bewolkt'],
    [-0.5, 0.2, 'bewolkt'],
    [-0.5, -0.2, 'regen'],
    // boundaries: exactly 0 belongs to the lower half ("≤ 0")
    [0.5, 0, 'licht bewolkt'],
    [-0.5, 0, 'regen'],
    [0, 0.2, 'bewolkt'],
    [0, -0.2, 'regen'],
    [0, 0, 'regen'],
  ] as const)('B %d, ΔB %d → %s', (level, change, word) => {
    expect(weatherOf(level, change)).toBe(word);
  });
  it('has no word without ΔB', () => expect(weatherOf(1, null)).toBeNull());
});

describe('compositeReadings on hand-made composites', () => {
  it('gives all four words, and none for the first quarter', () => {
    const readings = compositeReadings([
      { period: '2023KW01', value: 0.2 },
      { period: '2023KW02', value: 0.6 }, // up, above: zonnig
      { period: '2023KW03', value: 0.3 }, // down, above: licht bewolkt
      { period: '2023KW04', value: -0.4 }, // down, below: regen
      { period: '2024KW01', value: -0.1 }, // up, below: bewolkt
    ]);
    expect(readings.map((r) => r.weather)).toEqual([null, 'zonnig', 'licht bewolkt', 'regen', 'bewolkt']);
    expect(readings[1]!.change).toBeCloseTo(0.4, 12);
  });

  it('counts ΔB exactly 0 and B exactly 0 as the lower half', () => {
    expect(
      composite([
        ['2023KW01', 0.3],
        ['2023KW02', 0.3],
      ]).map((q) => q.weather),
    ).toEqual([null, 'licht bewolkt']);
    expect(
      composite([
        ['2023KW01', -0.3],
        ['2023KW02', -0.3],
      ]).map((q) => q.weather),
    ).toEqual([null, 'regen']);
    expect(
      composite([
        ['2023KW01', -0.3],
        ['2023KW02', 0],
      ]).map((q) => q.weather),
    ).toEqual([null, 'bewolkt']);
    expect(
      composite([
        ['2023KW01', 0.3],
        ['2023KW02', 0],
      ]).map((q) => q.weather),
    ).toEqual([null, 'regen']);
  });

  it('has no ΔB after a quarter without a reading', () => {
    const readings = compositeReadings([
      { period: '2023KW01', value: 0.2 },
      { period: '2023KW03', value: 0.5 },
    ]);
    expect(readings.map((r) => [r.change, r.weather])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('the ragged edge', () => {
  // Published clock positions (no filter), so the levels are known exactly.
  const series: IndicatorValue[] = [
    { indicator: 'bbp', period: '2023KW01', value: 0.4 },
    { indicator: 'bbp', period: '2023KW02', value: 0.2 },
    { indicator: 'bbp', period: '2023KW03', value: -0.2 },
    { indicator: 'ondernemersvertrouwen', period: '2023KW01', value: 1.0 },
    { indicator: 'ondernemersvertrouwen', period: '2023KW02', value: 0.6 },
  ];
  const barometer = computeBarometer({ kind: 'clock', series });

  it('uses two indicators while both have values, then one', () => {
    expect(barometer.quarters.map((q) => [q.period, q.used, q.of])).toEqual([
      ['2023KW01', 2, 12],
      ['2023KW02', 2, 12],
      ['2023KW03', 1, 12],
    ]);
    expect(barometer.quarters.map((q) => q.indicators.map((i) => i.id))).toEqual([
      ['ondernemersvertrouwen', 'bbp'],
      ['ondernemersvertrouwen', 'bbp'],
      ['bbp'],
    ]);
  });

  it('averages what each quarter has; ΔB only over the indicators in both quarters', () => {
    expect(barometer.quarters.map((q) => q.level)).toEqual([0.7, 0.4, -0.2]);
    // 2023KW03: B − B last quarter would be −0,6, but −0,2 of it is ondernemersvertrouwen (at 0,6) leaving the mean;
    // the one indicator in both quarters, bbp, moved −0,4.
    expect(barometer.quarters.map((q) => q.change)).toEqual([null, -0.3, -0.4]);
    expect(barometer.quarters.map((q) => q.weather)).toEqual([null, 'licht bewolkt', 'regen']);
    expect(barometer.quarters.map((q) => [q.joined, q.left])).toEqual([
      [[], []],
      [[], []],
      [[], ['ondernemersvertrouwen']],
    ]);
    expect(barometer.quarters[2]!.indicators).toEqual([{ id: 'bbp', level: -0.2, change: -0.4, quadrant: 'red' }]);
    expect(barometer.excluded.map((e) => e.id)).toHaveLength(10);
    expect(barometer.method).toEqual({ input: 'clock', filter: 'none' });
  });

  it('records which indicators each mean rests on', () => {
    const levels = compositeLevels([
      { id: 'bbp', points: [{ period: '2023KW01', level: 1, change: null, quadrant: null }] },
      {
        id: 'omzet',
        points: [
          { period: '2023KW01', level: 2, change: null, quadrant: null },
          { period: '2023KW02', level: 3, change: 1, quadrant: 'green' },
        ],
      },
    ]);
    expect(levels).toEqual([
      { period: '2023KW01', value: 1.5, ids: ['bbp', 'omzet'] },
      { period: '2023KW02', value: 3, ids: ['omzet'] },
    ]);
  });
});

describe('ΔB when the set of indicators changes (revised rule)', () => {
  // Published clock positions, so every level and change is known exactly.
  const series: IndicatorValue[] = [
    // omzet leaves after 2024KW03, low in the cycle: dropping it raises B by itself
    { indicator: 'omzet', period: '2024KW02', value: -0.75 },
    { indicator: 'omzet', period: '2024KW03', value: -0.85 },
    { indicator: 'bbp', period: '2024KW02', value: 0.3 },
    { indicator: 'bbp', period: '2024KW03', value: 0.2 },
    { indicator: 'bbp', period: '2024KW04', value: 0.1 },
    { indicator: 'faillissementen', period: '2024KW02', value: 0.2 },
    { indicator: 'faillissementen', period: '2024KW03', value: 0.1 },
    { indicator: 'faillissementen', period: '2024KW04', value: 0.0 },
    // consumentenvertrouwen joins in 2024KW04, high in the cycle
    { indicator: 'consumentenvertrouwen', period: '2024KW04', value: 1.1 },
  ];
  const quarters = computeBarometer({ kind: 'clock', series }).quarters;
  const [q2, q3, q4] = quarters;

  it('equals B(t) − B(t−1) while the set stays the same', () => {
    expect(q3!.level).toBe(-0.1833);
    expect(q3!.change).toBe(-0.1); // every indicator fell 0,1
    expect(q3!.change).toBeCloseTo(q3!.level - q2!.level, 3);
    expect([q3!.joined, q3!.left]).toEqual([[], []]);
  });

  it('is the mean change of the indicators in both quarters when one joins and one leaves', () => {
    // B rises from −0,1833 to 0,4 (+0,5833), all of it composition: bbp and faillissementen both fell 0,1.
    expect(q4!.level).toBe(0.4);
    expect(q4!.change).toBe(-0.1);
    expect(q4!.weather).toBe('licht bewolkt'); // B − B(t−1) would have said "zonnig"
    expect(q4!.joined).toEqual(['consumentenvertrouwen']);
    expect(q4!.left).toEqual(['omzet']);
    expect(q4!.used).toBe(3);
    expect(q4!.indicators.filter((i) => i.change !== null).map((i) => i.id)).toEqual(['bbp', 'faillissementen']);
  });

  it('has no ΔB when no indicator is in both quarters', () => {
    const readings = clockReadings([
      { id: 'bbp', points: [{ period: '2024KW01', level: 1, change: null, quadrant: null }] },
      { id: 'omzet', points: [{ period: '2024KW02', level: -1, change: null, quadrant: null }] },
    ]);
    expect(readings.map((r) => [r.period, r.level, r.change, r.weather, r.joined, r.left])).toEqual([
      ['2024KW01', 1, null, null, [], []],
      ['2024KW02', -1, null, null, ['omzet'], ['bbp']],
    ]);
  });

  it('leaves the composition unsaid after a quarter without any reading', () => {
    const readings = clockReadings([
      {
        id: 'bbp',
        points: [
          { period: '2024KW01', level: 1, change: null, quadrant: null },
          { period: '2024KW03', level: 2, change: null, quadrant: null },
        ],
      },
    ]);
    expect(readings.map((r) => [r.period, r.change, r.joined, r.left])).toEqual([
      ['2024KW01', null, [], []],
      ['2024KW03', null, [], []],
    ]);
  });
});

describe('the composite input kind', () => {
  it('derives only ΔB and the weather; how many indicators B rests on is not known', () => {
    const barometer = computeBarometer({
      kind: 'composite',
      series: [
        { period: '2023KW03', value: 0.35 },
        { period: '2023KW02', value: 0.5 },
      ],
    });
    expect(barometer.quarters).toEqual([
      { period: '2023KW02', level: 0.5, change: null, weather: null, indicators: [], used: null, of: 12, joined: null, left: null },
      {
        period: '2023KW03',
        level: 0.35,
        change: -0.15,
        weather: 'licht bewolkt',
        indicators: [],
        used: null,
        of: 12,
        joined: null,
        left: null,
      },
    ]);
    expect(barometer.excluded).toEqual([]);
    expect(barometer.method).toEqual({ input: 'composite', filter: 'none' });
  });

  it('rounds the output to 4 decimals and refuses months and repeated quarters', () => {
    expect(
      composite([
        ['2023KW01', 0.123456],
        ['2023KW02', -0.000001],
      ]).map((q) => [q.level, q.change]),
    ).toEqual([
      [0.1235, null],
      [0, -0.1235],
    ]);
    expect(() => composite([['2023MM01', 1]])).toThrow(/not a quarter code/);
    expect(() =>
      composite([
        ['2023KW01', 1],
        ['2023KW01', 2],
      ]),
    ).toThrow(/occurs twice/);
  });
});
