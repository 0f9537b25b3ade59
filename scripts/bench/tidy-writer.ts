import { csvText } from '../../src/lib/csv-text.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { dropCells, dropFormat } from '../lib/drop-csv.ts';
import type { Where } from '../lib/input-error.ts';
import { BufferedWriter } from './buffered-writer.ts';

/**
 * The bench's tidy long CSV, `measure,<dims>,period,value,symbol,status`, one line per SourceRow: each row
 * becomes a record like the datasets' rows and is written as a drop is (dropCells, csvText in the drop
 * format), BATCH rows at a time through a buffered synchronous writer.
 */
export interface TidyWriter {
  onRow: (row: SourceRow, where: Where) => void;
  close: () => void;
  /** Input records seen (one `where` per record) and lines written, the header not counted. */
  readonly inputRows: number;
  readonly outputRows: number;
  /** Bytes written to the file. */
  readonly bytes: number;
}

// Rows per csvText call: fewer calls cost more, and so do longer strings to build (128: least CPU of 8…32768).
const BATCH = 128;

export function createTidyWriter(file: string, table: Pick<SourceTable, 'dimensions'>): TidyWriter {
  const columns = ['measure', ...Object.keys(table.dimensions), 'period', 'value', 'symbol', 'status'];
  const out = new BufferedWriter(file);
  let batch: string[][] = [columns];
  let inputRows = 0;
  let outputRows = 0;
  let lastWhere: Where | undefined;

  const flush = () => {
    out.write(csvText(batch, dropFormat));
    batch = [];
  };

  return {
    onRow(row, where) {
      if (where !== lastWhere) inputRows++; // one `where` per data record
      lastWhere = where;
      outputRows++;
      const record = { measure: row.measure, ...row.dims, period: row.period, value: row.value, symbol: row.symbol, status: row.status };
      batch.push(dropCells(record, columns));
      if (batch.length === BATCH) flush();
    },
    close() {
      if (batch.length > 0) flush();
      out.close();
    },
    get inputRows() {
      return inputRows;
    },
    get outputRows() {
      return outputRows;
    },
    get bytes() {
      return out.bytes;
    },
  };
}
