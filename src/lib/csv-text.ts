import Papa from 'papaparse';

/**
 * The one CSV writer of the project (papaparse's `unparse`), for the drops (scripts/lib/drop-csv.ts) and
 * the downloads (src/lib/downloads/csv.ts): comma-separated, fields quoted only where RFC 4180 needs it (a
 * comma, a quote, a line break) and where papaparse adds quotes to be safe (a leading or trailing space,
 * a BOM or a record/unit separator), every line ending in `newline`, the last one too.
 */
export type CsvCell = string | number | null | undefined;

export interface CsvFormat {
  newline: '\n' | '\r\n';
  /** Start with a UTF-8 byte order mark, so spreadsheets read é and € right. */
  bom?: boolean;
  /**
   * For files meant for spreadsheets: a text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`,
   * `+1+1`, `@SUM(…)`, a leading tab or carriage return) gets a leading `'` (and quotes), so it stays text.
   * Numbers, and texts that are plain numbers (`-12.5`), are left as they are.
   */
  escapeFormulae?: boolean;
}

/** Starts like a formula and is not a plain number. */
const formula = /^(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

/** `rows` as CSV text; null and undefined are empty cells, numbers are written with String(). */
export function csvText(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  if (rows.length === 0) return format.bom ? '\uFEFF' : '';
  const body = Papa.unparse(rows as CsvCell[][], {
    newline: format.newline,
    quotes: false,
    escapeFormulae: format.escapeFormulae ? formula : false,
  });
  return `${format.bom ? '\uFEFF' : ''}${body}${format.newline}`;
}
