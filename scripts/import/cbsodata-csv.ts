import { basename } from 'node:path';
import { InputError } from '../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../lib/period-grammar.ts';
import { type CbsodataHeader, parseCbsodataHeader } from './cbsodata-header.ts';
import { CodeLists } from './code-lists.ts';
import { columnName } from './column-name.ts';
import { duplicateError } from './duplicate-error.ts';
import { parseDotNumber } from './parse-dot-number.ts';
import { readHeaderFields } from './read-header-fields.ts';
import type { Adapter } from './source-table.ts';
import { streamRows } from './stream-rows.ts';
import { type Emit, type TableScan, tableFromScan } from './table-from-scan.ts';

/**
 * CSV written by the Python `cbsodata` client: labels instead of codes, Dutch period labels, one column
 * per topic. Rows are turned from wide to long: one SourceRow per (row, topic column).
 */
export const cbsodataCsvAdapter: Adapter = {
  format: 'cbsodata-csv',

  async detect(path) {
    const header = await readHeaderFields(path, ',');
    return header !== undefined && ((header[0] === '' && header[1] === 'ID') || /^;ID;/.test(header[0] ?? '')); // a ;-separated one too: open() refuses it as such
  },

  async open(path) {
    const tableId = tableIdOf(path);
    return tableFromScan({
      format: 'cbsodata-csv',
      path,
      provenance: {
        publisher: 'CBS',
        tableId,
        title: `${tableId} (cbsodata-export)`,
        modified: null,
        licence: 'CC BY 4.0',
        retrieved: null,
        url: `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${tableId}/table`,
        notes: ['CSV geschreven door de cbsodata-client; labels in plaats van codes; geen periodestatus in het bestand'],
      },
      scan: (emit) => scanCbsodata(path, emit),
    });
  },
};

// The file carries no table metadata, so the name is the only place the table id can come from.
function tableIdOf(path: string): string {
  const stem = basename(path).replace(/\.csv$/i, '');
  if (/^\d{4,5}[A-Za-z]{3}$/.test(stem)) return stem;
  throw new InputError(
    { file: path },
    'the file name does not name a CBS table:',
    basename(path),
    'the table id as file name, such as 84105NED.csv',
  );
}

async function scanCbsodata(file: string, emit: Emit): Promise<TableScan> {
  let header: CbsodataHeader | undefined;
  let codes = new CodeLists({});
  const firstLine = new Map<string, number>(); // (dimension labels, period) → line, to refuse duplicates
  await streamRows(file, {
    delimiter: ',',
    onHeader(record) {
      header = parseCbsodataHeader(file, record);
      codes = new CodeLists(Object.fromEntries(header.dimensions.map((d) => [d.name, d.name])));
      return header.fields.length;
    },
    onRow(record) {
      if (!header) return; // onHeader always runs first
      const { fields, dimensions, period, topics } = header;
      const { line } = record;
      const dims: Record<string, string> = {};
      for (const d of dimensions) {
        const label = (record.fields[d.index] ?? '').trim();
        if (label === '')
          throw new InputError(
            { file, line, column: columnName(fields, d.index) },
            'an empty label',
            record.fields[d.index],
            'a category label',
          );
        dims[d.name] = label;
        codes.add(d.name, label);
      }
      const periodText = record.fields[period.index] ?? '';
      const parsed = parsePeriod(periodText, ['dutch-label']);
      const periodWhere = { file, line, column: columnName(fields, period.index) };
      if (!parsed) throw new InputError(periodWhere, 'an unknown period label', periodText, describePeriodForms(['dutch-label']));
      const key = JSON.stringify([...Object.values(dims), parsed.code]); // labels may contain any separator
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        throw duplicateError(periodWhere, '(dimensions, period)', [...Object.values(dims), parsed.code].join(' | '), earlier);
      firstLine.set(key, line);
      for (const topic of topics) {
        const where = { file, line, column: columnName(fields, topic.index) };
        const cell = parseDotNumber(record.fields[topic.index] ?? '', where, 'ontbreekt');
        emit(
          {
            measure: topic.name,
            dims: { ...dims },
            period: parsed.code,
            value: cell.value,
            ...(cell.symbol ? { symbol: cell.symbol } : {}),
            status: parsed.marker ?? 'onbekend',
          },
          where,
        );
      }
    },
  });
  if (!header) throw new InputError({ file }, 'the file has no header', undefined, 'a cbsodata header'); // streamRows refuses this first
  return {
    measures: Object.fromEntries(header.topics.map((t) => [t.name, { label: t.name, unit: '' }])),
    dimensions: codes.toRecord(),
    notes: [],
  };
}
