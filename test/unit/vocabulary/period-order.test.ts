import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../../scripts/lib/period-grammar.ts';
import { formatPeriod, monthNames } from '../../../src/format/period.ts';
import { comparePeriods, latestPeriodCode, nextPeriodCode, periodCode } from '../../../src/lib/period.ts';

describe('comparePeriods: codes in time order, then text-only periods', () => {
  test.each([
    [
      ['2024JJ00', '2023KW04', '2023MM12', '2023JJ00'],
      ['2023MM12', '2023KW04', '2023JJ00', '2024JJ00'],
    ],
    [
      ['2024 begin', '2019JJ00', 'eind 2013', '2013JJ00'],
      ['2013JJ00', '2019JJ00', '2024 begin', 'eind 2013'],
    ],
    [
      ['2025JL00', '2021JL00', '2024JJ00'],
      ['2021JL00', '2024JJ00', '2025JL00'],
    ],
    [
      ['b', 'B', 'a'],
      ['B', 'a', 'b'],
    ],
  ])('%j → %j', (periods, sorted) => {
    expect([...periods].sort((a, b) => comparePeriods(a, b))).toEqual(sorted);
  });

  test('text-only periods in a given order', () => {
    const dutch = (a: string, b: string) => a.localeCompare(b, 'nl');
    expect(['b', 'B', 'a', '2020JJ00'].sort((a, b) => comparePeriods(a, b, dutch))).toEqual(['2020JJ00', 'a', 'b', 'B']);
  });
});

describe('latestPeriodCode', () => {
  test.each<[string[], string | undefined]>([
    [[], undefined],
    [['2023KW01'], '2023KW01'],
    [['2023KW04', '2024KW01', '2023KW02'], '2024KW01'],
    [['2023MM12', '2023KW04', '2023JJ00'], '2023JJ00'],
    [['2099JL00', '2100JJ00'], '2100JJ00'],
  ])('%j → %s', (codes, latest) => {
    expect(latestPeriodCode(codes)).toBe(latest);
  });
});

describe('one list of month names for reading and writing periods', () => {
  test.each(monthNames.map((name, i) => [name, i + 1] as const))('%s is month %d both ways', (name, month) => {
    const code = periodCode('month', 2023, month);
    expect(formatPeriod(code)).toBe(`${name} 2023`);
    expect(parsePeriod(`2023 ${name}`, ['dutch-label'])).toEqual({ code });
  });
});

describe('nextPeriodCode: the next period of the same kind', () => {
  test.each([
    ['2023MM11', '2023MM12'],
    ['2023MM12', '2024MM01'],
    ['2023KW04', '2024KW01'],
    ['2023HJ01', '2023HJ02'],
    ['2023HJ02', '2024HJ01'],
    ['2023JJ00', '2024JJ00'],
    ['2025JL00', '2026JL00'],
  ])('%s → %s', (code, next) => {
    expect(nextPeriodCode(code)).toBe(next);
  });

  test('refuses what is not a code', () => {
    expect(() => nextPeriodCode('2024 begin')).toThrow('not a period code: 2024 begin');
  });
});
