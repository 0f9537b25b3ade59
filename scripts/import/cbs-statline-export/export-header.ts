import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';
import { refuseWrongDelimiter } from '../refuse-wrong-delimiter.ts';

export interface ExportTopic {
  index: number;
  /** The header without its unit, the path of topic groups included: `Bedrijfsgrootte/1 werkzaam persoon`. */
  code: string;
  /** The last part of the path: `1 werkzaam persoon`. */
  label: string;
  unit: string;
}

/** Where things are in a StatLine CSV export: label columns, Perioden, then one column per topic. */
export interface ExportHeader {
  fields: string[];
  dimensions: { index: number; name: string }[];
  period: number;
  topics: ExportTopic[];
}

const layout = 'a StatLine CSV export header: the dimension columns, "Perioden", then topic columns "Group/Topic (unit)"';
// "Bedrijfsgrootte/1 werkzaam persoon (aantal)": topic groups and topic, then the unit in brackets.
const topicHeader = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * Reads the header line. Columns before "Perioden" hold labels (one dimension each), columns after it
 * numbers (one topic each, every topic with its unit in brackets, as StatLine writes them).
 */
export function parseExportHeader(file: string, record: CsvRecord): ExportHeader {
  refuseWrongDelimiter(file, record, ';');
  const { line } = record;
  const fields = record.fields.map((f) => f.trim());
  const seen = new Map<string, number>();
  fields.forEach((name, index) => {
    const where = { file, line, column: String(index + 1) };
    if (name === '') throw new InputError(where, 'a header cell is blank', undefined, 'a name for every column');
    const first = seen.get(name);
    if (first !== undefined) throw new InputError(where, `column name used twice (also column ${first + 1}):`, name, 'each name once');
    seen.set(name, index);
  });
  const period = fields.indexOf('Perioden');
  if (period < 0) throw new InputError({ file, line }, 'the header has no Perioden column:', fields.join(';'), layout);
  const topics = fields.slice(period + 1).map((name, i) => {
    const index = period + 1 + i;
    const match = topicHeader.exec(name);
    if (!match) {
      throw new InputError({ file, line, column: String(index + 1) }, 'a topic header without its unit in brackets:', name, layout);
    }
    const code = match[1]!;
    return { index, code, label: code.slice(code.lastIndexOf('/') + 1).trim(), unit: match[2]!.trim() };
  });
  if (topics.length === 0)
    throw new InputError({ file, line }, 'the header has no topic columns after Perioden:', fields.join(';'), layout);
  return { fields, dimensions: fields.slice(0, period).map((name, index) => ({ index, name })), period, topics };
}
