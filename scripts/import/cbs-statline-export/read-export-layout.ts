import { type CsvRecord, streamCsv } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';
import { refuseControlCharactersInRecord } from '../refuse-control-characters.ts';
import { requireFinalLineBreak } from '../require-final-line-break.ts';

/** The parts of a StatLine formatted export, in file order. */
export interface ExportLayout {
  file: string;
  titles: CsvRecord[];
  header: CsvRecord;
  /** Header rows after the first one (first cell blank): they carry units under the topic columns. */
  headerRows: CsvRecord[];
  data: CsvRecord[];
  footer: CsvRecord[];
}

/**
 * Reads the export whole (StatLine caps what it exports, so these files are small) and splits it:
 * single-field lines at the top are titles; the first line with more fields is the header; lines
 * with as many fields as the header are data; the first line with fewer fields starts the footer,
 * after which a data-shaped line is refused.
 */
export async function readExportLayout(file: string): Promise<ExportLayout> {
  const records: CsvRecord[] = [];
  try {
    await streamCsv(file, {
      delimiter: ';',
      onRecord: (r) => {
        refuseControlCharactersInRecord(file, r);
        records.push(r);
      },
    });
  } catch (error) {
    // A comma-separated export trips over its quotes before it shows its wrong delimiter: name the cause.
    if (records.every((r) => r.fields.length === 1) && records.slice(1).some((r) => r.fields[0]!.includes(',')))
      throw noHeader(file, records);
    throw error;
  }
  const headerAt = records.findIndex((r) => r.fields.length > 1);
  if (headerAt < 0) throw noHeader(file, records);
  const header = records[headerAt]!;
  if (headerAt === 0) {
    throw new InputError(
      { file, line: header.line },
      'the file starts with a header instead of a title line:',
      header.fields.join(';'),
      'the table title as a single quoted field on the first line',
    );
  }
  const layout: ExportLayout = { file, titles: records.slice(0, headerAt), header, headerRows: [], data: [], footer: [] };
  const width = header.fields.length;
  for (const record of records.slice(headerAt + 1)) {
    const { fields, line } = record;
    if (fields.length > width) {
      throw new InputError(
        { file, line },
        `a row with ${fields.length} fields:`,
        fields.join(';'),
        `at most ${width} fields like the header on line ${header.line}`,
      );
    }
    if (fields.length < width) {
      layout.footer.push(record);
    } else if (layout.footer.length > 0) {
      const start = layout.footer[0]!.line;
      throw new InputError(
        { file, line },
        `a data row after the footer that starts on line ${start}:`,
        fields.join(';'),
        'no data rows below the footer lines (Bron, Verklaring van symbolen, …)',
      );
    } else if (layout.data.length === 0 && fields[0]!.trim() === '') {
      layout.headerRows.push(record);
    } else {
      layout.data.push(record);
    }
  }
  await requireFinalLineBreak(file, records.at(-1)!.line); // a cut after a ';' would read the last cell as blank (vervalt)
  if (layout.data.length === 0)
    throw new InputError(
      { file, line: header.line },
      'the export has a header but no data rows',
      undefined,
      `rows with ${width} fields below the header`,
    );
  return layout;
}

function noHeader(file: string, records: CsvRecord[]): InputError {
  // A comma-separated file reads as one field per line; the title may itself contain commas.
  const commas = records.slice(1).find((r) => r.fields[0]!.includes(','));
  if (commas) {
    return new InputError(
      { file, line: commas.line },
      'wrong delimiter: every line is a single field, this one with commas in it',
      commas.fields[0],
      'a semicolon-separated (;) StatLine export',
    );
  }
  return new InputError(
    { file, line: records[0]?.line ?? 1 },
    'no header row: every line has a single field',
    records[0]?.fields[0],
    'title lines, then a header with the dimension and topic names separated by ;',
  );
}
