import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';

/**
 * Refuses a data-file header that is not exactly `expected`, naming the first column that differs.
 * A header read as one field full of commas means the file is comma-separated: said as such.
 */
export function checkHeader(file: string, record: CsvRecord, expected: readonly string[]): void {
  const { fields, line } = record;
  const wanted = `the header ${expected.map((h) => `"${h}"`).join(';')}`;
  if (fields.length === 1 && fields[0]!.includes(',')) {
    throw new InputError(
      { file, line },
      'wrong delimiter: the header is one field with commas in it',
      fields[0],
      `a semicolon-separated file (;) with ${wanted}`,
    );
  }
  const count = Math.max(fields.length, expected.length);
  for (let i = 0; i < count; i++) {
    const found = fields[i];
    const want = expected[i];
    if (found === want) continue;
    const column = `${i + 1} (${want ?? 'none expected'})`;
    if (found === undefined) throw new InputError({ file, line, column }, 'header column missing', undefined, wanted);
    throw new InputError({ file, line, column }, want === undefined ? 'extra header column' : 'wrong header column', found, wanted);
  }
}
