import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';
import { refuseWrongDelimiter } from '../refuse-wrong-delimiter.ts';

export interface Column {
  name: string;
  index: number;
}

/**
 * Where things are in a cbsodata CSV: index, ID, label dimensions, Perioden, then one column per topic.
 * `ID` is missing where the file's author dropped it (a pandas dump of the client's output).
 */
export interface CbsodataHeader {
  fields: string[];
  /** The pandas index column and ID (when there): row numbers, read only to refuse a damaged one. */
  rowNumbers: Column[];
  dimensions: Column[];
  period: Column;
  topics: Column[];
}

const layout = 'the cbsodata layout: an unnamed index column, ID (or not), the dimension columns, Perioden, then the topic columns';

export function parseCbsodataHeader(file: string, header: CsvRecord): CbsodataHeader {
  refuseWrongDelimiter(file, header, ',');
  const { fields, line } = header;
  if (fields[0] !== '') {
    throw new InputError({ file, line, column: '1' }, 'the first header cell is', fields[0], `an empty cell (${layout})`);
  }
  // An "Id" or "id" is a misspelt ID, not a dimension.
  if (fields[1] !== 'ID' && fields[1]?.toLowerCase() === 'id') {
    throw new InputError({ file, line, column: '2' }, 'the second header cell is', fields[1], `"ID" (${layout})`);
  }
  const seen = new Set<string>();
  fields.forEach((name, index) => {
    if (index === 0) return;
    if (name.trim() === '') throw new InputError({ file, line, column: `${index + 1}` }, 'an empty column name', name, 'a column key');
    if (seen.has(name)) throw new InputError({ file, line, column: `${index + 1}` }, 'a repeated column name', name, 'each column once');
    seen.add(name);
  });
  const periodIndex = fields.indexOf('Perioden');
  if (periodIndex < 0) throw new InputError({ file, line }, 'the header has no Perioden column:', fields.join(','), layout);
  const columns = fields.map((name, index) => ({ name, index }));
  const topics = columns.slice(periodIndex + 1);
  if (topics.length === 0)
    throw new InputError({ file, line }, 'the header has no topic columns after Perioden:', fields.join(','), layout);
  const firstDimension = fields[1] === 'ID' ? 2 : 1;
  return {
    fields,
    rowNumbers: columns.slice(0, firstDimension),
    dimensions: columns.slice(firstDimension, periodIndex),
    period: { name: 'Perioden', index: periodIndex },
    topics,
  };
}
