import { describe, expect, it } from 'vitest';
import { describePeriodForms, type PeriodForm, parsePeriod } from '../../scripts/lib/period-grammar.ts';
import { comparePeriodCodes, parsePeriodCode, periodMidpoint, previousQuarter, quarterOfMonth } from '../../src/lib/period.ts';

const all: PeriodForm[] = ['cbs-code', 'dutch-label', 'year-month', 'quarter-start', 'july-year'];

describe('parsePeriod accepts every form', () => {
  it.each<[string, PeriodForm, string, string?]>([
    ['2023JJ00', 'cbs-code', '2023JJ00'],
    ['2023KW02', 'cbs-code', '2023KW02'],
    ['2023MM05', 'cbs-code', '2023MM05'],
    ['2023HJ01', 'cbs-code', '2023HJ01'],
    [' 2023KW04 ', 'cbs-code', '2023KW04'],
    ['2023', 'dutch-label', '2023JJ00'],
    ['2023 2e kwartaal', 'dutch-label', '2023KW02'],
    ['2024 1e kwartaal ', 'dutch-label', '2024KW01'], // cbsodata writes some labels with a trailing space
    ['2023 mei', 'dutch-label', '2023MM05'],
    ['2000 januari', 'dutch-label', '2000MM01'],
    ['2024 oktober', 'dutch-label', '2024MM10'],
    ['2023 December', 'dutch-label', '2023MM12'],
    ['2023 1e halfjaar', 'dutch-label', '2023HJ01'],
    ['2023 2e halfjaar', 'dutch-label', '2023HJ02'],
    ['2023*', 'dutch-label', '2023JJ00', 'voorlopig'],
    ['2023**', 'dutch-label', '2023JJ00', 'nader voorlopig'],
    ['2023 4e kwartaal*', 'dutch-label', '2023KW04', 'voorlopig'],
    ['2023 4e kwartaal **', 'dutch-label', '2023KW04', 'nader voorlopig'],
    ['2024 maart* ', 'dutch-label', '2024MM03', 'voorlopig'],
    ['2023-05', 'year-month', '2023MM05'],
    ['1956-12', 'year-month', '1956MM12'],
    ['2023-01-01', 'quarter-start', '2023KW01'],
    ['2023-04-01', 'quarter-start', '2023KW02'],
    ['2023-07-01', 'quarter-start', '2023KW03'],
    ['2023-10-01', 'quarter-start', '2023KW04'],
    ['2025', 'july-year', '2025JL00'],
  ])('%j as %s → %s', (text, form, code, marker) => {
    expect(parsePeriod(text, [form])).toEqual(marker ? { code, marker } : { code });
  });
});

describe('parsePeriod refuses', () => {
  it.each<[string, PeriodForm[]]>([
    ['2023KW05', ['cbs-code']],
    ['2023KW00', ['cbs-code']],
    ['2023MM13', ['cbs-code']],
    ['2023MM00', ['cbs-code']],
    ['2023JJ01', ['cbs-code']],
    ['2023HJ03', ['cbs-code']],
    ['2023JL00', ['cbs-code']], // July years come only from the Financieringsmonitor form
    ['2023kw02', ['cbs-code']],
    ['23KW02', ['cbs-code']],
    ['2023 13e kwartaal', ['dutch-label']],
    ['2023 5e kwartaal', ['dutch-label']],
    ['2023 3e halfjaar', ['dutch-label']],
    ['2023 mai', ['dutch-label']],
    ['2023***', ['dutch-label']],
    ['mei 2023', ['dutch-label']],
    ['2023 begin', ['dutch-label']],
    ['', ['dutch-label']],
    ['2023-13', ['year-month']],
    ['2023-00', ['year-month']],
    ['2023-5', ['year-month']],
    ['0', ['year-month']],
    ['2023-02-01', ['quarter-start']],
    ['2023-04-02', ['quarter-start']],
    ['2023-04', ['quarter-start']],
    ['2023-2024', ['july-year']],
    ['23', ['july-year']],
    ['2023 mei', ['cbs-code', 'year-month', 'quarter-start']], // a form not listed is not accepted
    ['2023-05', ['dutch-label', 'cbs-code']],
  ])('%j as %j', (text, forms) => {
    expect(parsePeriod(text, forms)).toBeUndefined();
  });

  it('treats a bare year by the first form that accepts it', () => {
    expect(parsePeriod('2023', ['dutch-label', 'july-year'])).toEqual({ code: '2023JJ00' });
    expect(parsePeriod('2023', ['july-year', 'dutch-label'])).toEqual({ code: '2023JL00' });
  });

  it('describes the forms it expected', () => {
    expect(describePeriodForms(['year-month'])).toBe('a month as YYYY-MM');
    expect(describePeriodForms(all).split(', or ')).toHaveLength(5);
  });
});

describe('src/lib/period.ts', () => {
  it.each([
    ['2023MM03', '2023KW01'],
    ['2023KW01', '2023MM04'],
    ['2023MM06', '2023KW02'],
    ['2023KW02', '2023HJ01'],
    ['2023HJ01', '2023MM07'],
    ['2023MM12', '2023KW04'],
    ['2023KW04', '2023HJ02'],
    ['2023HJ02', '2023JJ00'],
    ['2023JJ00', '2024MM01'],
    ['2022JJ00', '2023KW01'],
  ])('comparePeriodCodes orders %s before %s', (a, b) => {
    expect(comparePeriodCodes(a, b)).toBeLessThan(0);
    expect(comparePeriodCodes(b, a)).toBeGreaterThan(0);
    expect(comparePeriodCodes(a, a)).toBe(0);
  });

  it('sorts a mixed list: months before their quarter before their year', () => {
    const codes = ['2023JJ00', '2023KW01', '2023MM02', '2022JJ00', '2023MM01', '2023MM03', '2022KW04'];
    expect([...codes].sort(comparePeriodCodes)).toEqual([
      '2022KW04',
      '2022JJ00',
      '2023MM01',
      '2023MM02',
      '2023MM03',
      '2023KW01',
      '2023JJ00',
    ]);
  });

  it.each([
    ['2023MM02', '2023-02-15T00:00:00.000Z'],
    ['2023KW01', '2023-02-15T00:00:00.000Z'],
    ['2024KW01', '2024-02-15T12:00:00.000Z'], // leap year: 91 days
    ['2023HJ02', '2023-10-01T00:00:00.000Z'], // 184 days
    ['2023JJ00', '2023-07-02T12:00:00.000Z'],
  ])('periodMidpoint(%s) is %s', (code, iso) => {
    const period = parsePeriodCode(code);
    expect(period).toBeDefined();
    if (period) expect(periodMidpoint(period).toISOString()).toBe(iso);
  });

  it.each([
    ['2023KW01', '2022KW04'],
    ['2023KW03', '2023KW02'],
  ])('previousQuarter(%s) is %s', (code, previous) => {
    expect(previousQuarter(code)).toBe(previous);
  });

  it.each([
    ['2023MM01', '2023KW01'],
    ['2023MM06', '2023KW02'],
    ['2023MM12', '2023KW04'],
  ])('quarterOfMonth(%s) is %s', (code, quarter) => {
    const period = parsePeriodCode(code);
    if (period) expect(quarterOfMonth(period)).toBe(quarter);
  });
});
