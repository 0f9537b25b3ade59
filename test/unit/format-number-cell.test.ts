import { describe, expect, it } from 'vitest';
import { formatNumberCell as dropFormatNumberCell } from '../../scripts/lib/drop-csv.ts';
import { formatNumberCell, numberCellReference } from '../../scripts/lib/format-number-cell.ts';
import { mulberry32 } from '../../scripts/lib/mulberry32.ts';

const HINTS = [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 15, -1, 1.5, Number.NaN];

/** Every way the fast formatter can be asked, against the reference; returns the first few mismatches. */
function mismatches(values: Iterable<number>, hints: readonly (number | undefined)[] = HINTS): string[] {
  const found: string[] = [];
  for (const value of values) {
    const expected = numberCellReference(value);
    for (const hint of hints) {
      const text = formatNumberCell(value, hint);
      if (text !== expected) {
        found.push(
          `${Object.is(value, -0) ? '-0' : String(value)} (hint ${hint}): formatNumberCell ${JSON.stringify(text)}, reference ${JSON.stringify(expected)}`,
        );
        if (found.length >= 10) return found;
      }
    }
  }
  return found;
}

function* generated(count: number, seed: number, make: (random: () => number) => number): Generator<number> {
  const random = mulberry32(seed); // seeded, so a failure can be replayed
  for (let i = 0; i < count; i++) yield make(random);
}

/** A decimal text with `digits` significant digits and `decimals` after the point, read as CBS cells are. */
function decimalText(random: () => number, digits: number, decimals: number): number {
  let text = '';
  for (let i = 0; i < digits; i++) text += String(Math.floor(random() * 10));
  text = text.padStart(decimals + 1, '0');
  const cut = text.length - decimals;
  const sign = random() < 0.3 ? '-' : '';
  return Number(decimals > 0 ? `${sign}${text.slice(0, cut)}.${text.slice(cut)}` : `${sign}${text}`);
}

describe('formatNumberCell (fast) equals the reference String(Number(v.toPrecision(12)))', () => {
  it('on special and edge values', () => {
    const edge = [
      0,
      -0,
      1,
      -1,
      0.1,
      -0.1,
      0.5,
      1e-6,
      -1e-6,
      1e-7,
      1.5e-7,
      0.000001,
      0.0000015,
      123456.5,
      0.1 + 0.2,
      1 / 3,
      -2 / 3,
      2147483647,
      -2147483647,
      2147483648,
      -2147483648,
      2147483647.5,
      214748364.7,
      21474836.47,
      2147.483647,
      2147.483648,
      1e9,
      1e10,
      1e15,
      1e20,
      1e21,
      1e22,
      -1e21,
      123456789012,
      999999999999,
      1e12 - 1,
      0.999999999999,
      9.99999999999e20,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      5e-324,
      1.7976931348623157e308,
      26861.2,
      89.8,
      -4.2,
      14.5,
      161241,
      -266,
      0.05,
      -0.05,
      0.005,
      100.1,
      1000000.1,
      0.30000000000000004,
      4.35,
      4.345,
      1.005,
    ];
    expect(mismatches(edge)).toEqual([]);
    expect(formatNumberCell(-0)).toBe('0');
    expect(formatNumberCell(0.1 + 0.2)).toBe('0.3');
    expect(formatNumberCell(-0.05, 2)).toBe('-0.05');
    expect(formatNumberCell(26861.2, 1)).toBe('26861.2');
    expect(formatNumberCell(14, 1)).toBe('14');
    expect(formatNumberCell(1e-7)).toBe('1e-7');
  });

  it('is what the drop CSV writes', () => {
    const values = [0, -0, 1.5, -26861.2, 0.1 + 0.2, 1e21, 1e-7, 2147483648.25];
    for (const value of values) expect(dropFormatNumberCell(value)).toBe(numberCellReference(value));
  });

  it('on 1,000,000 integers of every size, negatives included', () => {
    expect(
      mismatches(
        generated(1_000_000, 1, (r) => {
          const magnitude = 10 ** Math.floor(r() * 23);
          const n = Math.floor(r() * magnitude);
          return r() < 0.3 ? -n : n;
        }),
        [undefined, 0, 2],
      ),
    ).toEqual([]);
  });

  it('on 1,000,000 decimals as CBS files write them (1–15 significant digits, 0–9 decimals)', () => {
    expect(
      mismatches(
        generated(1_000_000, 2, (r) => decimalText(r, 1 + Math.floor(r() * 15), Math.floor(r() * 10))),
        [undefined, 1, 3],
      ),
    ).toEqual([]);
  });

  it('on 1,000,000 values with more decimals than their hint, and scaled near 2^31', () => {
    expect(
      mismatches(
        generated(500_000, 3, (r) => decimalText(r, 10, 3 + Math.floor(r() * 4))),
        [0, 1, 2],
      ),
    ).toEqual([]);
    expect(
      mismatches(
        generated(500_000, 4, (r) => (2147483648 + Math.floor((r() - 0.5) * 2000)) / 10 ** Math.floor(r() * 7)),
        [undefined, 0, 3, 6],
      ),
    ).toEqual([]);
  });

  it('on 1,000,000 arbitrary doubles, sums with float noise and tiny values', () => {
    const view = new DataView(new ArrayBuffer(8));
    expect(
      mismatches(
        generated(400_000, 5, (r) => {
          view.setUint32(0, Math.floor(r() * 4294967296));
          view.setUint32(4, Math.floor(r() * 4294967296));
          return view.getFloat64(0);
        }),
        [undefined, 1],
      ),
    ).toEqual([]);
    expect(
      mismatches(
        generated(300_000, 6, (r) => decimalText(r, 4, 1) + decimalText(r, 4, 2)),
        [undefined, 2],
      ),
    ).toEqual([]);
    expect(
      mismatches(
        generated(300_000, 7, (r) => (r() - 0.5) * 10 ** (-12 + Math.floor(r() * 30))),
        [undefined, 6],
      ),
    ).toEqual([]);
  });
});
