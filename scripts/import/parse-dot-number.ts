import type { MissingSymbol } from '../../src/schemas/observation.ts';
import { type CellValue, describeNumberFormat, type NumberFormat, parseCbsNumber } from '../lib/cbs-number.ts';
import { InputError, type Where } from '../lib/input-error.ts';

const dutch: NumberFormat = { locale: 'nl', symbols: {}, blank: 'refuse' };

/**
 * True for text that is a number in Dutch notation but not a decimal-point number ("1,5", "1.234,5"):
 * a file in the wrong locale, refused rather than read as text or as a different number.
 */
export function isDutchNotation(raw: string): boolean {
  return parseCbsNumber(raw, { ...dutch, locale: 'dot' }) === undefined && parseCbsNumber(raw, dutch) !== undefined;
}

/**
 * A cell of a machine-written file: a decimal-point number, or a blank with the meaning `blank` gives
 * it. Anything else, Dutch notation included, is refused at `where`.
 */
export function parseDotNumber(raw: string, where: Where, blank: MissingSymbol | 'refuse'): CellValue {
  const format: NumberFormat = { locale: 'dot', symbols: {}, blank };
  const cell = parseCbsNumber(raw, format);
  const expected = describeNumberFormat(format);
  if (cell && (cell.value === null || Number.isFinite(cell.value))) return cell;
  if (cell) throw new InputError(where, 'a number too large for a double', raw, expected);
  if (isDutchNotation(raw)) throw new InputError(where, 'a number in Dutch notation (decimal comma or thousands dots)', raw, expected);
  throw new InputError(where, raw.trim() === '' ? 'a blank cell' : 'not a number', raw, expected);
}

/** A cell that must hold a number: blanks are refused too. */
export function parseDotValue(raw: string, where: Where): number {
  const { value } = parseDotNumber(raw, where, 'refuse');
  // Unreachable with blank 'refuse' and no symbols; kept so the type needs no assertion.
  if (value === null) throw new InputError(where, 'not a number', raw, 'a number with a decimal point (1234.5)');
  return value;
}
