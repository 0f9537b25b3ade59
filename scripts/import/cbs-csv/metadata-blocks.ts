import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';

/** One block of the metadata CSV: a line with only its name, a header line, then rows. */
export interface MetadataBlock {
  name: string;
  /** Line of the name. */
  line: number;
  header: string[];
  rows: CsvRecord[];
  /** Column index of a header name; refuses when the block lacks it. */
  column(name: string): number;
}

/**
 * Splits the metadata CSV's records into blocks. A record with a single field starts a block (no block
 * has a one-column header); every row must have as many fields as its block's header.
 */
export function metadataBlocks(file: string, records: CsvRecord[]): MetadataBlock[] {
  const blocks: MetadataBlock[] = [];
  let current: MetadataBlock | undefined;
  for (const record of records) {
    if (record.fields.length === 1) {
      current = block(file, record.fields[0]!.trim(), record.line);
      blocks.push(current);
    } else if (!current) {
      throw new InputError(
        { file, line: record.line },
        'the metadata starts with a row instead of a block name:',
        record.fields.join(';'),
        'a line with one quoted name such as "TableInfos"',
      );
    } else if (current.header.length === 0) {
      current.header = record.fields.map((f) => f.trim());
    } else if (record.fields.length !== current.header.length) {
      throw new InputError(
        { file, line: record.line, column: `count (block ${current.name})` },
        `a row with ${record.fields.length} fields:`,
        record.fields.join(';'),
        `${current.header.length} fields like its header`,
      );
    } else {
      current.rows.push(record);
    }
  }
  return blocks;
}

function block(file: string, name: string, line: number): MetadataBlock {
  const result: MetadataBlock = {
    name,
    line,
    header: [],
    rows: [],
    column(column) {
      const index = result.header.indexOf(column);
      if (index < 0)
        throw new InputError({ file, line: line + 1, column }, `block ${name} has no column`, column, `a header with ${column}`);
      return index;
    },
  };
  return result;
}
