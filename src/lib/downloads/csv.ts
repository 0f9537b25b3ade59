/** CSV for the downloads: comma-separated, dot as decimal point, RFC 4180 quoting, safe to open in a spreadsheet. */

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1+1`, `@SUM(…)`, or a leading tab or
 * carriage return) gets a leading `'`, so it stays text. Numbers (`-12.5`) are left as they are.
 */
export function neutralise(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A metadata line before the header: `# Bron,"CBS, tabel 82242NED; …"`. It starts with `#` (readers that
 * know comment lines, like the data package's `commentChar`, skip it) and is itself a valid, neutralised
 * CSV row for those that do not.
 */
export function csvComment(key: string, value: string): string {
  return csvLine([`# ${key}`, value.replace(/[\r\n]+/g, ' ')]);
}

/** The file: a UTF-8 byte order mark (so spreadsheets read é and € right), the lines, a final newline. */
export function csvFile(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
