import { basename } from 'node:path';
import type { CsvRecord } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { columnName } from '../column-name.ts';
import { duplicateError } from '../duplicate-error.ts';
import { parseDotValue } from '../parse-dot-number.ts';
import { refuseWrongDelimiter } from '../refuse-wrong-delimiter.ts';
import { streamRows } from '../stream-rows.ts';
import type { TidyShape } from './shape.ts';

// The header says nothing about who made the file, so each file of this shape is cited by name, here.
const knownFiles: Record<string, ReturnType<TidyShape['provenance']>> = {
  'ondernemersvertrouwen-kwartaal': {
    publisher: 'derde partij (samengesteld met cbsodata uit CBS-tabel 85612)',
    title: 'Ondernemersvertrouwen en economisch klimaat per kwartaal (derde partij, uit CBS-tabel 85612)',
    url: null,
    notes: [
      'GEEN ruwe CBS-opname: een derde partij stelde dit paneel samen met de cbsodata-client uit CBS-tabel 85612',
      'het totaal voor alle bedrijven wijkt begin 2024 0,2 tot 1,1 punt af van de seizoengecorrigeerde cijfers van CBS',
    ],
  },
};

/** `quarter_start,<series>…`: one row per quarter (first day, YYYY-MM-01), one column per series. */
export const tidyQuarterlySeriesShape: TidyShape = {
  header: 'quarter_start,<series>,…',
  fit: (header) => (header[0] === 'quarter_start' && header.length > 1 ? 1 : 0),
  provenance(file) {
    const stem = basename(file).replace(/\.csv$/i, '');
    const known = knownFiles[stem];
    if (!known)
      throw new InputError(
        { file },
        'no publisher is recorded for this quarterly file:',
        basename(file),
        `one of ${Object.keys(knownFiles)
          .map((k) => `${k}.csv`)
          .join(', ')} (add new files to tidy-quarterly-series.ts)`,
      );
    return known;
  },

  async scan(file, emit) {
    let header: string[] = [];
    const firstLine = new Map<string, number>();
    await streamRows(file, {
      delimiter: ',',
      onHeader(record) {
        header = checkHeader(file, record);
        return header.length;
      },
      onRow(record) {
        const { line, fields } = record;
        const periodText = fields[0] ?? '';
        const periodWhere = { file, line, column: columnName(header, 0) };
        const period = parsePeriod(periodText, ['quarter-start']);
        if (!period) throw new InputError(periodWhere, 'an unknown period', periodText, describePeriodForms(['quarter-start']));
        const earlier = firstLine.get(period.code);
        if (earlier !== undefined) throw duplicateError(periodWhere, 'quarter', `${periodText} (${period.code})`, earlier);
        firstLine.set(period.code, line);
        header.forEach((series, index) => {
          if (index === 0) return;
          const where = { file, line, column: columnName(header, index) };
          emit(
            { measure: series, dims: {}, period: period.code, value: parseDotValue(fields[index] ?? '', where), status: 'onbekend' },
            where,
          );
        });
      },
    });
    return {
      // The file states no units; the dataset definitions give the series their meaning.
      measures: Object.fromEntries(header.slice(1).map((series) => [series, { label: series, unit: '' }])),
      dimensions: {},
      notes: [],
    };
  },
};

function checkHeader(file: string, record: CsvRecord): string[] {
  refuseWrongDelimiter(file, record, ',');
  const { fields, line } = record;
  if (fields[0] !== 'quarter_start')
    throw new InputError({ file, line, column: '1' }, 'unexpected header column', fields[0], '"quarter_start"');
  if (fields.length < 2)
    throw new InputError(
      { file, line },
      'the header has no series columns:',
      fields.join(','),
      'quarter_start followed by one column per series',
    );
  const seen = new Set<string>();
  fields.forEach((name, index) => {
    const where = { file, line, column: `${index + 1}` };
    if (name.trim() === '') throw new InputError(where, 'an empty column name', name, 'a series name');
    if (seen.has(name)) throw new InputError(where, 'a repeated column name', name, 'each series once');
    seen.add(name);
  });
  return fields;
}
