import { describe, expect, it } from 'vitest';
import { type CellValue, describeNumberFormat, type NumberFormat, parseCbsNumber } from '../../scripts/lib/cbs-number.ts';
import { mulberry32 } from '../../scripts/lib/mulberry32.ts';

const dot: NumberFormat = { locale: 'dot', symbols: { '.': 'ontbreekt', x: 'geheim', '-': 'nihil' }, blank: 'refuse' };
const nl: NumberFormat = { locale: 'nl', symbols: { '.': 'ontbreekt', x: 'geheim', '-': 'nihil' }, blank: 'vervalt', flags: true };
const plain: NumberFormat = { locale: 'dot', symbols: {}, blank: 'ontbreekt' };

describe('parseCbsNumber reads', () => {
  it.each<[string, NumberFormat, CellValue]>([
    ['161241.0', dot, { value: 161241 }],
    ['-266.0', dot, { value: -266 }],
    ['0', dot, { value: 0 }],
    ['.5', dot, { value: 0.5 }],
    ['5.', dot, { value: 5 }],
    ['    89.8', dot, { value: 89.8 }], // CBS CSV pads values with spaces
    ['89.8  ', dot, { value: 89.8 }],
    ['1.234', dot, { value: 1.234 }], // in a dot file the dot is the decimal point
    ['1.5e3', dot, { value: 1500 }],
    ['2E-2', dot, { value: 0.02 }],
    ['.', dot, { value: null, symbol: 'ontbreekt' }],
    [' x ', dot, { value: null, symbol: 'geheim' }],
    ['-', dot, { value: 0, symbol: 'nihil' }],
    ['', plain, { value: null, symbol: 'ontbreekt' }],
    ['   ', plain, { value: null, symbol: 'ontbreekt' }],
    ['1.234,5', nl, { value: 1234.5 }],
    ['1.234.567', nl, { value: 1234567 }],
    ['1234,5', nl, { value: 1234.5 }],
    ['-0,25', nl, { value: -0.25 }],
    ['12', nl, { value: 12 }],
    ['', nl, { value: null, symbol: 'vervalt' }],
    ['1.234,5*', nl, { value: 1234.5, flag: 'voorlopig' }],
    ['12 **', nl, { value: 12, flag: 'nader voorlopig' }],
    ['.*', nl, { value: null, symbol: 'ontbreekt', flag: 'voorlopig' }],
  ])('%j', (text, format, expected) => {
    expect(parseCbsNumber(text, format)).toEqual(expected);
  });
});

describe('parseCbsNumber reads machine cells as Number() does', () => {
  // Plain cells take a digit loop instead of Number(): it must give the same double, on every length.
  it('on 200,000 seeded padded cells of 1–17 digits', () => {
    const random = mulberry32(42);
    const wrong: string[] = [];
    for (let i = 0; i < 200_000 && wrong.length < 10; i++) {
      let digits = '';
      for (let k = Math.floor(random() * 17); k >= 0; k--) digits += String(Math.floor(random() * 10));
      const at = Math.floor(random() * (digits.length + 1));
      const body = random() < 0.7 ? `${digits.slice(0, at)}.${digits.slice(at)}` : digits;
      const cell = `${' '.repeat(Math.floor(random() * 4))}${random() < 0.3 ? '-' : ''}${body}${' '.repeat(Math.floor(random() * 2))}`;
      if (body === '.') continue;
      const value = parseCbsNumber(cell, dot)?.value;
      if (!Object.is(value, Number(cell.trim()))) wrong.push(`${JSON.stringify(cell)}: ${value} ≠ ${Number(cell.trim())}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('parseCbsNumber refuses', () => {
  it.each<[string, NumberFormat]>([
    ['1,5', dot], // Dutch notation in a dot file
    ['1.234,5', dot],
    ['1,234.5', dot], // English thousands separator
    ['1 234', dot],
    ['', dot], // blank cannot occur in this format
    ['abc', dot],
    ['12abc', dot],
    ['0x10', dot],
    ['e5', dot],
    ['1e', dot],
    ['NaN', dot],
    ['Infinity', dot],
    ['1.5*', dot], // flags only where the format has them
    ['?', dot], // a symbol the file does not declare
    ['1.5', nl], // a decimal point in a Dutch file
    ['1,234.5', nl],
    ['1.23,4', nl], // thousands groups have three digits
    ['1e3', nl],
    ['--1', nl],
    ['constructor', dot], // not one of the file's symbols, though every object has it
    ['toString', nl],
    ['__proto__', dot],
  ])('%j', (text, format) => {
    expect(parseCbsNumber(text, format)).toBeUndefined();
  });

  it('refuses an exponent that overflows to Infinity', () => {
    expect(parseCbsNumber('1e999', dot)).toBeUndefined();
  });
});

describe('describeNumberFormat', () => {
  it.each<[NumberFormat, string]>([
    [dot, 'a number with a decimal point (1234.5) or ".", "x", "-"'],
    [nl, 'a Dutch number (1.234,5) or ".", "x", "-", a blank cell'],
    [{ locale: 'dot', symbols: {}, blank: 'refuse' }, 'a number with a decimal point (1234.5)'],
  ])('%j', (format, text) => {
    expect(describeNumberFormat(format)).toBe(text);
  });
});
