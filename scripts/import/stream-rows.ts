import { type CsvRecord, streamCsv } from '../lib/csv-stream.ts';
import { InputError } from '../lib/input-error.ts';
import { requireFieldCount } from './require-field-count.ts';
import { requireFinalLineBreak } from './require-final-line-break.ts';

export interface RowHandlers {
  delimiter: ',' | ';';
  /** Validates the header and returns how many fields every row must have. */
  onHeader: (header: CsvRecord) => number;
  onRow: (record: CsvRecord) => void;
}

/**
 * Streams a CSV whose first record is its header: every later record must be as wide as the header,
 * and a file with a header but no rows is refused (a cut-off or placeholder file), as is one whose last
 * line has no line break (cut short, maybe inside its last cell).
 */
export async function streamRows(file: string, handlers: RowHandlers): Promise<void> {
  let width: number | undefined;
  let rows = 0;
  let lastLine = 1;
  await streamCsv(file, {
    delimiter: handlers.delimiter,
    onRecord(record) {
      lastLine = record.line;
      if (width === undefined) {
        width = handlers.onHeader(record);
        return;
      }
      requireFieldCount(file, record, width, handlers.delimiter);
      handlers.onRow(record);
      rows++;
    },
  });
  if (rows === 0) throw new InputError({ file, line: lastLine }, 'the file has a header but no data rows', undefined, 'at least one row');
  await requireFinalLineBreak(file, lastLine);
}
