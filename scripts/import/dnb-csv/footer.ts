import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';

const lines = [/^Bron: DNB$/, /^Disclaimer: /];
const expected = 'the footer lines "Bron: DNB" and "Disclaimer: …" at the end of the file';

/**
 * DNB ends its export with two one-field lines. They end the data: a data row after them is refused,
 * and a file without them is refused as cut off.
 */
export function dnbFooter(file: string) {
  let seen = 0;
  let startLine = 0;
  let lastLine = 1;
  return {
    /** True when `record` is (part of) the footer; throws when it comes after the footer. */
    take(record: CsvRecord): boolean {
      lastLine = record.line;
      const text = record.fields.length === 1 ? (record.fields[0] ?? '').trim() : undefined;
      const next = lines[seen];
      if (text !== undefined && next?.test(text)) {
        if (seen === 0) startLine = record.line;
        seen++;
        return true;
      }
      if (seen > 0)
        throw new InputError(
          { file, line: record.line },
          `a line after the footer that starts on line ${startLine}:`,
          record.fields.join(','),
          expected,
        );
      return false;
    },
    requireComplete(): void {
      if (seen < lines.length)
        throw new InputError({ file, line: lastLine }, 'the file ends without its footer (a cut-off download?)', undefined, expected);
    },
  };
}
