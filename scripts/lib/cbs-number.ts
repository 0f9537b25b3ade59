/**
 * Number cells as CBS, DNB and our tidy files write them. Nothing is guessed: a cell is a number in the
 * file's own locale, one of the file's explicit symbols, or it is refused (the caller names the place).
 */
export type MissingSymbol =
  | 'ontbreekt' // "." unknown, unreliable or not yet published
  | 'geheim' // "x" withheld for confidentiality
  | 'nihil' // "-" nil: the value is zero
  | 'vervalt'; // blank where a figure cannot occur on logical grounds

export interface CellValue {
  /** The number, 0 for nihil, null for every other symbol. */
  value: number | null;
  symbol?: MissingSymbol;
  /** Provisional marker on the cell itself (StatLine formatted export). */
  flag?: 'voorlopig' | 'nader voorlopig';
}

export interface NumberFormat {
  /** `dot`: 1234.5 (machine files). `nl`: 1.234,5 (StatLine formatted export). */
  locale: 'dot' | 'nl';
  /** Which symbols this file uses, e.g. { '.': 'ontbreekt' }. */
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
  let text = raw.trim();
  let flag: CellValue['flag'];
  if (format.flags) {
    if (text.endsWith('**')) [text, flag] = [text.slice(0, -2).trim(), 'nader voorlopig'];
    else if (text.endsWith('*')) [text, flag] = [text.slice(0, -1).trim(), 'voorlopig'];
  }
  if (text === '') {
    if (format.blank === 'refuse') return undefined;
    return withFlag(symbolCell(format.blank), flag);
  }
  const symbol = format.symbols[text];
  if (symbol) return withFlag(symbolCell(symbol), flag);
  if (format.locale === 'dot') {
    const value = Number(text);
    if (!dotNumber.test(text) || !Number.isFinite(value)) return undefined;
    return withFlag({ value }, flag);
  }
  if (!nlNumber.test(text)) return undefined;
  return withFlag({ value: Number(text.replaceAll('.', '').replace(',', '.')) }, flag);
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
