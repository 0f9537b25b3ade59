// src/format/number.ts: every number a reader sees, in Dutch style ("1.234,5", a real minus sign, "€ 281,1 mld").
import { describe, expect, test } from 'vitest';
import {
  formatEuro,
  formatEuroMillions,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatSigned,
  formatSignedPercent,
  formatThousands,
  formatValue,
  type Unit,
} from '../../../src/format/number.ts';

describe('formatNumber', () => {
  test.each<[number, number | undefined, string]>([
    [0, undefined, '0'],
    [7, undefined, '7'],
    [999, undefined, '999'],
    // nl-NL groups thousands from four digits on, with a dot
    [1000, undefined, '1.000'],
    [1234, undefined, '1.234'],
    [1234567, undefined, '1.234.567'],
    // without a precision: as many decimals as needed, at most one
    [1234.5, undefined, '1.234,5'],
    [1234.56, undefined, '1.234,6'],
    [0.04, undefined, '0'],
    [2.5, 0, '3'],
    [0.25, 1, '0,3'],
    [3, 1, '3,0'],
    [3, 2, '3,00'],
    [1234567.891, 2, '1.234.567,89'],
    // a real minus sign (U+2212), before the digits
    [-1234.5, undefined, '−1.234,5'],
    [-0.25, 2, '−0,25'],
    // a value that rounds to zero has no sign
    [-0, undefined, '0'],
    [-0.04, undefined, '0'],
    [-0.04, 1, '0,0'],
    [-0.004, 2, '0,00'],
  ])('%o with %s decimals is %j', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  test('never a hyphen-minus, a decimal point or a group space', () => {
    for (const value of [-987654.321, -1, -0.5, 12345.6]) {
      const text = formatNumber(value, 2);
      expect(text).not.toMatch(/[-\s]/);
      expect(text).toMatch(/^−?\d{1,3}(\.\d{3})*,\d{2}$/);
    }
  });
});

describe('signed changes', () => {
  test.each<[string, string, () => string]>([
    ['formatSigned(12)', '+12', () => formatSigned(12)],
    ['formatSigned(-3.5)', '−3,5', () => formatSigned(-3.5)],
    ['formatSigned(0)', '0', () => formatSigned(0)],
    ['formatSigned(1234.5, 1)', '+1.234,5', () => formatSigned(1234.5, 1)],
    // a change that rounds to zero is no rise or fall: no sign either way
    ['formatSigned(0.004, 2)', '0,00', () => formatSigned(0.004, 2)],
    ['formatSigned(-0.004, 2)', '0,00', () => formatSigned(-0.004, 2)],
    ['formatSignedPercent(4.6)', '+4,6%', () => formatSignedPercent(4.6)],
    ['formatSignedPercent(-1.23)', '−1,2%', () => formatSignedPercent(-1.23)],
    ['formatSignedPercent(0.04)', '0,0%', () => formatSignedPercent(0.04)],
    ['formatPercentagePoints(0.25, 2)', '+0,25 procentpunt', () => formatPercentagePoints(0.25, 2)],
    ['formatPercentagePoints(-0.3)', '−0,3 procentpunt', () => formatPercentagePoints(-0.3)],
    ['formatPercentagePoints(0)', '0,0 procentpunt', () => formatPercentagePoints(0)],
  ])('%s is %j', (_call, expected, format) => {
    expect(format()).toBe(expected);
  });
});

describe('units', () => {
  test.each<[string, string, () => string]>([
    ['formatPercent(4.6)', '4,6%', () => formatPercent(4.6)],
    ['formatPercent(12, 0)', '12%', () => formatPercent(12, 0)],
    ['formatPercent(-0.55, 1)', '−0,6%', () => formatPercent(-0.55, 1)],
    ['formatThousands(441.2)', '441,2 duizend', () => formatThousands(441.2)],
    ['formatThousands(1234, 0)', '1.234 duizend', () => formatThousands(1234, 0)],
    ['formatEuro(46000)', '€ 46.000', () => formatEuro(46000)],
    ['formatEuro(-46000)', '−€ 46.000', () => formatEuro(-46000)],
    ['formatEuro(12.5, 2)', '€ 12,50', () => formatEuro(12.5, 2)],
    ['formatEuro(-0.4)', '€ 0', () => formatEuro(-0.4)],
    // millions of euros: billions ("mld") from a thousand million on, else whole millions
    ['formatEuroMillions(281100)', '€ 281,1 mld', () => formatEuroMillions(281100)],
    ['formatEuroMillions(1000)', '€ 1,0 mld', () => formatEuroMillions(1000)],
    ['formatEuroMillions(850)', '€ 850 mln', () => formatEuroMillions(850)],
    ['formatEuroMillions(0.4)', '€ 0 mln', () => formatEuroMillions(0.4)],
    // what rounds to a thousand million is a billion, not "€ 1.000 mln"
    ['formatEuroMillions(999.6)', '€ 1,0 mld', () => formatEuroMillions(999.6)],
    ['formatEuroMillions(-999.6)', '€ −1,0 mld', () => formatEuroMillions(-999.6)],
    ['formatEuroMillions(-1500)', '€ −1,5 mld', () => formatEuroMillions(-1500)],
    ['formatEuroMillions(-850)', '€ −850 mln', () => formatEuroMillions(-850)],
  ])('%s is %j', (_call, expected, format) => {
    expect(format()).toBe(expected);
  });
});

describe('formatValue picks the form of the unit', () => {
  test.each<[number, Unit, number | undefined, string]>([
    [441.2, 'x 1 000', undefined, '441,2 duizend'],
    [441, 'x 1 000', 0, '441 duizend'],
    [281100, 'mln euro', undefined, '€ 281,1 mld'],
    [4.6, '%', undefined, '4,6%'],
    [4.56, '%', 2, '4,56%'],
    [1234, 'aantal', undefined, '1.234'],
    [-12.5, 'saldo', undefined, '−12,5'],
    [101.25, 'index', 2, '101,25'],
    [12.3456, 'jaar', 2, '12,35'],
  ])('%d %j (%s decimals) is %j', (value, unit, decimals, expected) => {
    expect(formatValue(value, unit, decimals)).toBe(expected);
  });
});
