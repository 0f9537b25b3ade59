import { describe, expect, it } from 'vitest';
import { formatNumberCell } from '../../scripts/lib/drop-csv.ts';
import { mulberry32 } from '../../scripts/lib/mulberry32.ts';

/** The definition of a drop's number text: the shortest round-trip text after rounding to 12 digits. */
const definition = (value: number) => String(Number(value.toPrecision(12)));

describe('formatNumberCell', () => {
  it.each<[number, string]>([
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [-266, '-266'],
    [161241, '161241'],
    [26861.2, '26861.2'],
    [-4.2, '-4.2'],
    [-0.05, '-0.05'],
    [0.005, '0.005'],
    [1e-6, '0.000001'],
    [1e-7, '1e-7'],
    [1.5e-7, '1.5e-7'],
    [0.1 + 0.2, '0.3'], // float noise dropped
    [100.1 + 0.2, '100.3'],
    [1 / 3, '0.333333333333'],
    [-2 / 3, '-0.666666666667'],
    [123456789012, '123456789012'], // 12 digits: as they are
    [-12345678901, '-12345678901'], // 12 characters
    [1234567890123, '1234567890120'], // 13 digits: rounded to 12
    [12345678.9012, '12345678.9012'],
    [999999999999.5, '1000000000000'],
    [0.999999999999, '0.999999999999'],
    [0.9999999999999, '1'],
    [1e20, '100000000000000000000'],
    [1e21, '1e+21'],
    [-1e21, '-1e+21'],
    [Number.MAX_SAFE_INTEGER, '9007199254740000'],
    [Number.MAX_VALUE, '1.79769313486e+308'],
    [Number.EPSILON, '2.22044604925e-16'],
    [Number.MIN_VALUE, '5e-324'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('%d → %j', (value, text) => {
    expect(formatNumberCell(value)).toBe(text);
    expect(definition(value)).toBe(text);
  });

  // String() of at most 12 characters is taken as it is: it must be what the definition gives. Checked on
  // seeded values of every kind (a failure names the value and can be replayed).
  it('equals the definition on 300,000 generated values', () => {
    const random = mulberry32(13);
    const view = new DataView(new ArrayBuffer(8));
    const makers: (() => number)[] = [
      () => Math.floor(random() * 10 ** Math.floor(random() * 23)) * (random() < 0.3 ? -1 : 1), // integers
      () => Number((random() * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 7))), // CBS-like decimals
      () => Number((random() - 0.5).toFixed(1)) + Number((random() - 0.5).toFixed(2)), // sums with float noise
      () => (random() - 0.5) * 10 ** (-12 + Math.floor(random() * 30)), // tiny to huge
      () => {
        view.setUint32(0, Math.floor(random() * 4294967296));
        view.setUint32(4, Math.floor(random() * 4294967296));
        return view.getFloat64(0); // any double, subnormals included
      },
    ];
    const wrong: string[] = [];
    for (let i = 0; i < 300_000 && wrong.length < 10; i++) {
      const value = makers[i % makers.length]!();
      if (formatNumberCell(value) !== definition(value)) wrong.push(`${value}: ${formatNumberCell(value)} ≠ ${definition(value)}`);
    }
    expect(wrong).toEqual([]);
  });
});
