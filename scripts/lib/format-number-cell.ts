/**
 * Number → text for the drop CSVs (and the tidy CSV of `npm run bench:import`), fast.
 *
 * The definition is numberCellReference(): the shortest round-trip text after dropping float noise
 * (`0.1 + 0.2` → "0.3"). That is costly (toPrecision, a parse, then a double → text conversion), while
 * almost every figure is a short decimal: a scaled integer n / 10^d with few digits. For those the text is
 * built from integers instead, which V8 turns into text from its number-string cache:
 *
 *   n = Math.round(value × 10^d) for d = the hint (the topic's Decimals), else 0, 1, … 6;
 *   when n / 10^d === value exactly and |n| < 2^31, the text is n with a decimal point put back in and
 *   trailing zeros dropped.
 *
 * Why that is the same text: n / 10^d has at most 10 significant digits, and distinct decimals of at most
 * 15 significant digits are distinct doubles, so no shorter or other decimal reads back as `value`:
 * String(value) is exactly that decimal, and so is the reference (rounding `value` to 12 significant
 * digits gives the decimal back). d ≤ 6 keeps every nonzero value ≥ 1e-6 and |n| < 2^31 keeps it below
 * 1e21, so neither uses exponent notation. -0 gives "0", like the reference. Anything else (more digits,
 * NaN, ±Infinity, float noise) takes the reference. test/unit/format-number-cell.test.ts compares both.
 */

/** The definition: the shortest round-trip text of `value` rounded to 12 significant digits. */
export function numberCellReference(value: number): string {
  return String(Number(value.toPrecision(12)));
}

const MAX_DECIMALS = 6;
const LIMIT = 2147483648; // 2^31: |n| below it is an int32, and value < 1e21
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];

/**
 * The decimals d (0..6) at which `value` is a scaled int32 n / 10^d (n = Math.round(value × 10^d)),
 * trying `hint` first; -1 when there is none.
 */
function scale(value: number, hint: number | undefined): number {
  let d = hint !== undefined && hint >= 0 && hint <= MAX_DECIMALS ? hint | 0 : 0;
  for (;;) {
    const p = POW10[d]!;
    const n = Math.round(value * p);
    if (n / p === value) {
      // The first d that fits is the one to use; a larger d only adds trailing zeros or overflows.
      return n < LIMIT && n > -LIMIT ? d : -1;
    }
    if (++d > MAX_DECIMALS) return -1;
  }
}

/**
 * The drop's text for a number: equal to numberCellReference(value), byte for byte. `decimals` (the
 * measure's Decimals from the metadata) is only a hint for speed; any number gives the right text.
 */
export function formatNumberCell(value: number, decimals?: number): string {
  let d = scale(value, decimals);
  if (d < 0) return numberCellReference(value);
  const n = Math.round(value * POW10[d]!);
  if (d === 0) return String(n === 0 ? 0 : n);
  let a = n < 0 ? -n : n;
  while (d > 0 && a % 10 === 0) {
    a /= 10;
    d--;
  }
  if (d === 0) return String(n < 0 ? -a : a);
  const p = POW10[d]!;
  const whole = (a / p) | 0;
  const fraction = String(a - whole * p);
  const text = `${whole}.${fraction.length < d ? ZEROS[d - fraction.length]! + fraction : fraction}`;
  return n < 0 ? `-${text}` : text;
}
