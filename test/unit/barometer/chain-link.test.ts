import { describe, expect, it } from 'vitest';
import { chainLink, summariseOverlap } from '../../../scripts/build-data/chain-link.ts';
import { linkSeries, type ObservedPoint } from '../../../scripts/build-data/linked-series.ts';

const series = (values: Array<[string, number]>) => values.map(([period, value]) => ({ period, value }));

describe('chainLink with published quarter-on-quarter changes', () => {
  const base = series([
    ['2023KW03', 100],
    ['2023KW04', 200],
  ]);
  const changes = series([
    ['2023KW04', 100],
    ['2024KW01', 10],
    ['2024KW02', -50],
    // 2024KW03 is missing: the link stops before it, 2024KW04 is not used
    ['2024KW04', 5],
  ]);
  const result = chainLink(base, { kind: 'change', points: changes }, 1);

  it('multiplies the last base quarter by each change, quarter after quarter, and flags those quarters', () => {
    expect(result.linkQuarter).toBe('2023KW04');
    expect(result.points).toEqual([
      { period: '2023KW03', value: 100, linked: false },
      { period: '2023KW04', value: 200, linked: false },
      { period: '2024KW01', value: 220, linked: true }, // 200 × 1,10
      { period: '2024KW02', value: 110, linked: true }, // 220 × 0,50
    ]);
  });

  it('compares the growth of both tables where both cover a quarter', () => {
    expect(result.overlap).toEqual([{ period: '2023KW04', base: 100, successor: 100, difference: 0 }]);
  });

  it('chains in full precision and rounds each linked value', () => {
    const linked = chainLink(
      series([['2020KW04', 1000]]),
      {
        kind: 'change',
        points: series([
          ['2021KW01', 0.05],
          ['2021KW02', 0.05],
        ]),
      },
      2,
    );
    // 1000 × 1,0005 = 1000,5; × 1,0005 = 1001,00025 (not 1000,5 rounded first and then multiplied)
    expect(linked.points.map((p) => p.value)).toEqual([1000, 1000.5, 1001]);
    expect(chainLink(series([['2020KW04', 3]]), { kind: 'change', points: series([['2021KW01', 10]]) }, 0).points.at(-1)!.value).toBe(3);
  });
});

describe('chainLink with an index successor', () => {
  const base = series([
    ['2023KW03', 50],
    ['2023KW04', 60],
  ]);

  it('carries the last base quarter on by the ratio of consecutive index levels', () => {
    const index = series([
      ['2023KW03', 80],
      ['2023KW04', 100],
      ['2024KW01', 110],
      ['2024KW02', 99],
    ]);
    const result = chainLink(base, { kind: 'index', points: index }, 4);
    expect(result.linkQuarter).toBe('2023KW04');
    expect(result.points.slice(2)).toEqual([
      { period: '2024KW01', value: 66, linked: true }, // 60 × 110/100
      { period: '2024KW02', value: 59.4, linked: true }, // 66 × 99/110
    ]);
    // 2023KW04: the base grew 60/50 = +20 %, the index 100/80 = +25 %
    expect(result.overlap).toEqual([{ period: '2023KW04', base: 20, successor: 25, difference: 5 }]);
  });

  it('links nothing when the index does not cover the link quarter (a gap is never bridged)', () => {
    const later = chainLink(
      base,
      {
        kind: 'index',
        points: series([
          ['2024KW01', 110],
          ['2024KW02', 99],
        ]),
      },
      4,
    );
    expect(later.linkQuarter).toBeNull();
    expect(later.points).toEqual(base.map((p) => ({ ...p, linked: false })));
    expect(later.overlap).toEqual([]);
  });

  it('links nothing when the successor ends where the base ends', () => {
    const same = chainLink(
      base,
      {
        kind: 'index',
        points: series([
          ['2023KW03', 80],
          ['2023KW04', 100],
        ]),
      },
      4,
    );
    expect(same.linkQuarter).toBeNull();
    expect(same.points.every((p) => !p.linked)).toBe(true);
    expect(same.overlap).toHaveLength(1);
  });

  it('links nothing for change successors that start after a gap', () => {
    const gap = chainLink(base, { kind: 'change', points: series([['2024KW02', 1]]) }, 4);
    expect(gap.linkQuarter).toBeNull();
    expect(gap.points).toHaveLength(2);
  });
});

describe('chainLink refuses what it cannot link', () => {
  it.each([
    ['a month', 'change', series([['2023MM01', 1]]), [], /base: "2023MM01" is not a quarter code/],
    [
      'a quarter twice',
      'change',
      series([
        ['2023KW01', 1],
        ['2023KW01', 2],
      ]),
      [],
      /base: period 2023KW01 occurs twice/,
    ],
    ['a level ≤ 0', 'change', series([['2023KW01', 0]]), [], /base 2023KW01: 0 cannot be linked \(a level must be > 0\)/],
    ['an index ≤ 0', 'index', series([['2023KW01', 1]]), series([['2023KW01', -1]]), /successor 2023KW01: -1 cannot be linked/],
    ['a change that is not a number', 'change', series([['2023KW01', 1]]), series([['2023KW02', Number.NaN]]), /successor 2023KW02: NaN/],
  ] as const)('%s', (_name, kind, base, successor, message) => {
    expect(() => chainLink(base, { kind, points: successor }, 1)).toThrow(message);
  });

  it('accepts negative changes (a fall) but not an index of 0', () => {
    expect(chainLink(series([['2023KW01', 10]]), { kind: 'change', points: series([['2023KW02', -100]]) }, 1).points.at(-1)!.value).toBe(0);
    expect(() => chainLink(series([['2023KW01', 10]]), { kind: 'index', points: series([['2023KW01', 0]]) }, 1)).toThrow(RangeError);
  });
});

describe('summariseOverlap', () => {
  it('gives the mean, mean absolute and largest difference, and the growth over the overlap by each table', () => {
    const summary = summariseOverlap([
      { period: '2023KW02', base: 1, successor: 2, difference: 1 },
      { period: '2023KW03', base: 2, successor: 1, difference: -1 },
      { period: '2023KW04', base: 0, successor: -2, difference: -2 },
    ]);
    expect(summary).toEqual({
      quarters: 3,
      first: '2023KW02',
      last: '2023KW04',
      meanDifference: -0.6667,
      meanAbsoluteDifference: 1.3333,
      largest: { period: '2023KW04', difference: -2 },
      // 1,01 × 1,02 × 1,00 = 1,0302; 1,02 × 1,01 × 0,98 = 1,009596
      cumulative: { base: 3.02, successor: 0.9596 },
    });
  });

  it('is undefined for an empty overlap', () => expect(summariseOverlap([])).toBeUndefined());
});

describe('linkSeries on a drop’s rows', () => {
  const rule = {
    base: { source: 'old', series: 'bbp', category: '' },
    successor: { source: 'new', series: 'bbp', category: '', kind: 'change' as const },
    decimals: 1,
  };
  const base: ObservedPoint[] = [
    { period: '2023KW04', value: 100, status: 'definitief' },
    { period: '2023JJ00', value: 400, status: 'definitief' }, // years take no part
    { period: '2024KW01', value: 110, status: 'onbekend' },
  ];
  const successor: ObservedPoint[] = [
    { period: '2024KW01', value: 10, status: 'definitief' },
    { period: '2024KW02', value: 1, status: 'voorlopig' },
    { period: '2024KW03', value: null, status: 'voorlopig' }, // an empty cell ends the link
    { period: '2024KW04', value: 2, status: 'voorlopig' },
  ];

  it('gives the linked quarters with the successor’s status and source, and a report of the link and overlap', () => {
    const { linked, report } = linkSeries(rule, base, successor);
    expect(linked).toEqual([{ period: '2024KW02', value: 111.1, status: 'voorlopig', linked: 'new' }]);
    expect(report).toEqual({
      successor: 'new',
      kind: 'change',
      linkQuarter: '2024KW01',
      first: '2024KW02',
      last: '2024KW02',
      count: 1,
      overlap: [{ period: '2024KW01', base: 10, successor: 10, difference: 0 }],
      summary: {
        quarters: 1,
        first: '2024KW01',
        last: '2024KW01',
        meanDifference: 0,
        meanAbsoluteDifference: 0,
        largest: { period: '2024KW01', difference: 0 },
        cumulative: { base: 10, successor: 10 },
      },
    });
  });

  it('links nothing when the base’s newest quarter is empty: that would bridge a gap', () => {
    const empty: ObservedPoint[] = [...base, { period: '2024KW02', value: null, status: 'onbekend' }];
    expect(linkSeries(rule, empty, successor)).toEqual({ linked: [], report: undefined });
  });
});
