import { markerStatus, type ProvisionalStatus } from '../../src/lib/provisional.ts';
import type { MissingSymbol } from '../../src/schemas/observation.ts';

/**
 * Number cells as CBS, DNB and our tidy files write them. Nothing is guessed: a cell is a number in the
 * file's own locale, one of the file's explicit symbols, or it is refused (the caller names the place).
 */
export interface CellValue {
  /** The number, 0 for nihil, null for every other symbol. */
  value: number | null;
  symbol?: MissingSymbol;
  /** Provisional marker on the cell itself (StatLine formatted export). */
  flag?: ProvisionalStatus;
}

export interface NumberFormat {
  /** `dot`: 1234.5 (machine files). `nl`: 1.234,5 (StatLine formatted export). */
  locale: 'dot' | 'nl';
  /** Which symbols this file uses, e.g. { '.': 'ontbreekt' }; never a number (a cell that reads as one is one). */
  symbols: Readonly<Record<string, MissingSymbol>>;
  /** What a blank cell means in this file, or 'refuse' when it cannot occur. */
  blank: MissingSymbol | 'refuse';
  /** Whether a trailing * or ** marks a provisional cell (StatLine formatted export only). */
  flags?: boolean;
}

const dotNumber = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const nlNumber = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** Parses one cell; undefined means "not a number in this format" and must become an InputError. */
export function parseCbsNumber(raw: string, format: NumberFormat): CellValue | undefined {
  if (format.locale === 'dot') {
    const value = plainDecimal(raw);
    if (value !== undefined) return { value }; // no symbol is a number
  }
  let text = raw.trim();
  let flag: CellValue['flag'];
  if (format.flags) {
    const marker = /\*{1,2}$/.exec(text)?.[0];
    flag = markerStatus(marker);
    if (marker && flag) text = text.slice(0, -marker.length).trim();
  }
  if (text === '') {
    if (format.blank === 'refuse') return undefined;
    return withFlag(symbolCell(format.blank), flag);
  }
  // Own keys only: a cell "constructor" is not a symbol.
  const symbol = Object.hasOwn(format.symbols, text) ? format.symbols[text] : undefined;
  if (symbol) return withFlag(symbolCell(symbol), flag);
  if (format.locale === 'dot') {
    const value = Number(text);
    if (!dotNumber.test(text) || !Number.isFinite(value)) return undefined;
    return withFlag({ value }, flag);
  }
  if (!nlNumber.test(text)) return undefined;
  return withFlag({ value: Number(text.replaceAll('.', '').replace(',', '.')) }, flag);
}

const powersOfTen = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The common machine cell, fast: spaces, `-?digits[.digits]` (or `-?.digits`), spaces, at most 15 digits;
 * undefined for anything else, which then takes the general path. With at most 15 digits the mantissa
 * and 10^decimals are exact doubles, so their quotient is the correctly rounded value: Number(text).
 * Number() itself is slower on such padded cells: without this loop the cbs-csv adapter of
 * `npm run bench:import` takes 18% more CPU.
 */
function plainDecimal(raw: string): number | undefined {
  // One pass, each character read once: spaces, an optional -, digits with at most one point, spaces.
  const length = raw.length;
  let i = 0;
  let c = 32;
  while (i < length) {
    c = raw.charCodeAt(i);
    if (c !== 32) break;
    i++;
  }
  const negative = c === 45; // -
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let point = -1; // digits before the point; -1: no point
  for (; i < length; i++) {
    c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) {
      point = digits;
    } else {
      break;
    }
  }
  if (i < length) {
    if (c !== 32) return undefined;
    for (i++; i < length; i++) if (raw.charCodeAt(i) !== 32) return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const decimals = point < 0 ? 0 : digits - point;
  const value = decimals === 0 ? mantissa : mantissa / powersOfTen[decimals]!;
  return negative ? -value : value;
}

function withFlag(cell: CellValue, flag: CellValue['flag']): CellValue {
  return flag ? { ...cell, flag } : cell;
}

function symbolCell(symbol: MissingSymbol): CellValue {
  return symbol === 'nihil' ? { value: 0, symbol } : { value: null, symbol };
}

/** What a cell of this format should look like, for error messages. */
export function describeNumberFormat(format: NumberFormat): string {
  const number = format.locale === 'dot' ? 'a number with a decimal point (1234.5)' : 'a Dutch number (1.234,5)';
  const symbols = Object.keys(format.symbols).map((s) => `"${s}"`);
  if (format.blank !== 'refuse') symbols.push('a blank cell');
  return symbols.length ? `${number} or ${symbols.join(', ')}` : number;
}
