import type { CsvRecord } from '../lib/csv-stream.ts';
import { InputError } from '../lib/input-error.ts';
import { refuseWrongDelimiter } from './refuse-wrong-delimiter.ts';

/** Refuses a header that is not exactly `expected`, naming the first column that differs. */
export function requireColumns(file: string, header: CsvRecord, expected: readonly string[], delimiter: ',' | ';'): void {
  refuseWrongDelimiter(file, header, delimiter);
  const width = Math.max(expected.length, header.fields.length);
  for (let i = 0; i < width; i++) {
    const found = header.fields[i];
    const want = expected[i];
    if (found === want) continue;
    const where = { file, line: header.line, column: `${i + 1}` };
    const full = `the header ${expected.join(delimiter)}`;
    if (want === undefined) throw new InputError(where, 'an extra header column', found, full);
    if (found === undefined) throw new InputError(where, `the header ends before column "${want}"`, header.fields.join(delimiter), full);
    throw new InputError(where, 'unexpected header column', found, `"${want}" (${full})`);
  }
}
