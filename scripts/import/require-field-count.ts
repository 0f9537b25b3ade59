import type { CsvRecord } from '../lib/csv-stream.ts';
import { InputError } from '../lib/input-error.ts';

/** Refuses a row that does not have as many fields as the header (a stray separator or a cut-off line). */
export function requireFieldCount(file: string, record: CsvRecord, width: number, delimiter: ',' | ';'): void {
  if (record.fields.length === width) return;
  throw new InputError(
    { file, line: record.line },
    `the row has ${record.fields.length} field(s):`,
    record.fields.join(delimiter),
    `${width} fields, like the header (an unquoted "${delimiter}" inside a value, or a cut-off line?)`,
  );
}
