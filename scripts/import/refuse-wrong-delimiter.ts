import type { CsvRecord } from '../lib/csv-stream.ts';
import { InputError } from '../lib/input-error.ts';

const others = { ',': [';', '\t'], ';': [',', '\t'] } as const;
const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * A header that papaparse left in one piece while it holds another separator means the file was saved
 * with the wrong delimiter (a `;` export where `,` is expected); say so instead of "column X missing".
 */
export function refuseWrongDelimiter(file: string, header: CsvRecord, delimiter: ',' | ';'): void {
  if (header.fields.length !== 1) return;
  const found = others[delimiter].find((d) => (header.fields[0] ?? '').includes(d));
  if (found === undefined) return;
  throw new InputError(
    { file, line: header.line },
    `the header is ${names[found]}-separated, not ${names[delimiter]}-separated:`,
    header.fields[0],
    `a ${names[delimiter]}-separated header`,
  );
}
