/** CSV for the downloads: comma-separated, dot as decimal point, RFC 4180 quoting, safe to open in a spreadsheet. */
import { type CsvCell, csvText } from '../csv-text.ts';

/**
 * A metadata row before the header: `# Bron,"CBS, tabel 82242NED; …"`. It starts with `#` (readers that
 * know comment lines, like the data package's `commentChar`, skip it) and is itself a valid CSV row for
 * those that do not.
 */
export function csvComment(key: string, value: string): CsvCell[] {
  return [`# ${key}`, value.replace(/[\r\n]+/g, ' ')];
}

/**
 * The file: a UTF-8 byte order mark (so spreadsheets read é and € right), CRLF line ends, a final one, and
 * text cells a spreadsheet would run as a formula neutralised with a leading `'`.
 */
export function csvFile(rows: readonly (readonly CsvCell[])[]): string {
  return csvText(rows, { newline: '\r\n', bom: true, escapeFormulae: true });
}
