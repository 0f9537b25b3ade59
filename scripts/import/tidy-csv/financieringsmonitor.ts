import { InputError, type Where } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { CodeLists } from '../code-lists.ts';
import { duplicateError } from '../duplicate-error.ts';
import { parseDotValue } from '../parse-dot-number.ts';
import { requireColumns } from '../require-columns.ts';
import type { SourceTable } from '../source-table.ts';
import { streamRows } from '../stream-rows.ts';
import { columnFit, type TidyShape } from './shape.ts';

const columns = [
  'edition',
  'table',
  'size_class',
  'measurement_year (jul Y-1 - jul Y)',
  'percent',
  'margin95_low',
  'margin95_high',
  'source_url',
] as const;
type Column = (typeof columns)[number];

/**
 * financieringsmonitor/: percentages by size class with their 95% margins, transcribed from CBS's
 * published tables. A measurement year runs from July Y-1 to July Y (period code YYYYJL00).
 */
export const tidyFinancieringsmonitorShape: TidyShape = {
  header: columns.join(','),
  fit: (header) => columnFit(header, columns),
  provenance: () => ({
    publisher: 'CBS (Financieringsmonitor)',
    title: 'Financieringsmonitor: tabellen naar grootteklasse, met 95%-marges',
    url: null,
    notes: ['overgenomen uit de gepubliceerde tabellen van de Financieringsmonitor; bron per tabel in extra.source_url'],
  }),

  async scan(file, emit) {
    const codes = new CodeLists({ size_class: 'Grootteklasse', edition: 'Editie' });
    const measures: SourceTable['measures'] = {};
    const firstLine = new Map<string, number>();
    const withoutMargins: number[] = [];
    await streamRows(file, {
      delimiter: ',',
      onHeader(header) {
        requireColumns(file, header, columns, ',');
        return columns.length;
      },
      onRow(record) {
        const { line } = record;
        const [edition = '', table = '', sizeClass = '', year = '', percent = '', low = '', high = '', sourceUrl = ''] = record.fields;
        const where = (column: Column): Where => ({ file, line, column: `${column} (${columns.indexOf(column) + 1})` });
        for (const [column, text] of [
          ['edition', edition],
          ['table', table],
          ['size_class', sizeClass],
        ] as const) {
          if (text.trim() === '') throw new InputError(where(column), 'an empty cell', text, `a ${column}`);
        }
        const period = parsePeriod(year, ['july-year']);
        if (!period)
          throw new InputError(where('measurement_year (jul Y-1 - jul Y)'), 'an unknown period', year, describePeriodForms(['july-year']));
        const value = parseDotValue(percent, where('percent'));
        const margin = (text: string, column: Column) => (text.trim() === '' ? undefined : parseDotValue(text, where(column)));
        const lower = margin(low, 'margin95_low');
        const upper = margin(high, 'margin95_high');
        if ((lower !== undefined && lower > value) || (upper !== undefined && value > upper)) {
          throw new InputError(
            where('percent'),
            `the value lies outside its 95% margin ${low.trim() || '…'} to ${high.trim() || '…'}:`,
            percent,
            'margin95_low ≤ percent ≤ margin95_high',
          );
        }
        if (lower === undefined || upper === undefined) withoutMargins.push(line);
        const key = [edition, table, sizeClass, period.code].join(' | ');
        const earlier = firstLine.get(key);
        if (earlier !== undefined)
          throw duplicateError(where('measurement_year (jul Y-1 - jul Y)'), '(edition, table, size_class, measurement_year)', key, earlier);
        firstLine.set(key, line);
        measures[table] ??= { label: table, unit: '%' };
        codes.add('size_class', sizeClass);
        codes.add('edition', edition);
        emit(
          {
            measure: table,
            dims: { size_class: sizeClass, edition },
            period: period.code,
            value,
            status: 'onbekend',
            extra: { margin95_low: low.trim(), margin95_high: high.trim(), source_url: sourceUrl },
          },
          where('percent'),
        );
      },
    });
    return {
      measures,
      dimensions: codes.toRecord(),
      notes: withoutMargins.length
        ? [`${withoutMargins.length} rij(en) zonder (volledige) 95%-marge: regel ${withoutMargins.join(', ')}`]
        : [],
    };
  },
};
