/** Units a table cell may put around its number ("€ 281,1 mld", "441,2 duizend", "4,6%"). */
const prefix = String.raw`[+\-−]?\s*(?:€\s*)?[+\-−]?`;
const suffix = String.raw`(?:\s*(?:%|‰|duizend|mln|mld|mrd|miljoen|miljard|procentpunt|%-punt|pp|fte))?`;
/** A Dutch-formatted number: "." groups thousands (from 1.000 on), "," is the decimal comma. */
const dutch = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d{1,3})(?:,\d+)?`;
const numericCell = new RegExp(`^${prefix}${dutch}${suffix}$`);

const normalise = (text: string) =>
  text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether a table cell's text is a number in Dutch notation with an optional unit. A bare "2023" is not:
 * nl-NL writes that number "2.023", so four ungrouped digits are a year or a code.
 */
export function isNumericText(text: string): boolean {
  return numericCell.test(normalise(text));
}

export interface ShownNumber {
  value: number;
  /** Digits after the decimal comma: the precision the number is shown at. */
  decimals: number;
  /** Powers of ten the shown number may stand for, from its unit word ("mld" of millions is ×1000). */
  scales: number[];
}

/**
 * Reads the one number a cell shows: dots removed, comma as decimal point, sign from "-" or "−". Undefined
 * when the text holds no number or more than one.
 */
export function readShownNumber(text: string): ShownNumber | undefined {
  const clean = normalise(text);
  const tokens = [...clean.matchAll(/\d+(?:\.\d{3})*(?:,\d+)?/g)];
  if (tokens.length !== 1) return undefined;
  const token = tokens[0]!;
  const digits = token[0];
  const before = clean.slice(0, token.index);
  const after = clean.slice(token.index + digits.length).toLowerCase();
  const negative = /[-−]/.test(before);
  const value = Number(digits.replace(/\./g, '').replace(',', '.')) * (negative ? -1 : 1);
  const decimals = digits.includes(',') ? digits.split(',')[1]!.length : 0;
  const scales = [1];
  if (/duizend/.test(after)) scales.push(1e3);
  if (/mln|miljoen/.test(after)) scales.push(1e6);
  if (/mld|mrd|miljard/.test(after)) scales.push(1e3, 1e9);
  return { value, decimals, scales };
}

/**
 * Whether the text shows `value`: the shown number equals the value rounded to the shown precision, taken
 * as is or scaled by the unit word ("€ 281,1 mld" for 281 123 mln).
 */
export function showsValue(text: string, value: number): boolean {
  const shown = readShownNumber(text);
  if (!shown) return false;
  return shown.scales.some((scale) => {
    const tolerance = 0.5 * 10 ** -shown.decimals * scale + 1e-9 * Math.max(1, Math.abs(value));
    return Math.abs(shown.value * scale - value) <= tolerance;
  });
}
