import { basename } from 'node:path';
import { InputError } from '../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../lib/period-grammar.ts';
import { statLineUrl } from '../lib/statline-url.ts';
import { type CbsodataHeader, parseCbsodataHeader } from './cbsodata-csv/header.ts';
import { type ThirdPartyFile, thirdPartyFiles } from './cbsodata-csv/third-party-files.ts';
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
 * per topic. Rows are turned from wide to long: one SourceRow per (row, topic column). A file named
 * `<table id>.csv` is the client's own output; one named `<table id>_<…>.csv` was assembled by a third
 * party and is read only when cbsodata-csv/third-party-files.ts says who made it and what was left out.
 */
export const cbsodataCsvAdapter: Adapter = {
  format: 'cbsodata-csv',

  async detect(path) {
    const header = await readHeaderFields(path, ',');
    if (header === undefined) return false;
    // A pandas dump may lack ID but keeps the index column; a ;-separated file too: open() refuses it as such.
    return (header[0] === '' && (header[1] === 'ID' || header.includes('Perioden'))) || /^;ID;/.test(header[0] ?? '');
  },

  async open(path) {
    const { tableId, thirdParty } = nameOf(path);
    const note = 'CSV geschreven door de cbsodata-client; labels in plaats van codes; geen periodestatus in het bestand';
    return tableFromScan({
      format: 'cbsodata-csv',
      path,
      provenance: {
        publisher: 'CBS',
        tableId,
        title: `${tableId} (cbsodata-export)`,
        ...thirdParty?.provenance,
        modified: null,
        licence: 'CC BY 4.0',
        retrieved: null,
        url: statLineUrl(tableId),
        notes: thirdParty ? [...thirdParty.provenance.notes, note] : [note],
      },
      scan: (emit) => scanCbsodata(path, emit, thirdParty?.fixed ?? {}),
    });
  },
};

// The file carries no table metadata, so the name is the only place the table id can come from.
function nameOf(path: string): { tableId: string; thirdParty?: ThirdPartyFile } {
  const stem = basename(path).replace(/\.csv$/i, '');
  const match = /^(\d{4,5}[A-Za-z]{3})(_.+)?$/.exec(stem);
  if (!match) {
    throw new InputError(
      { file: path },
      'the file name does not name a CBS table:',
      basename(path),
      'the table id as file name, such as 84105NED.csv',
    );
  }
  if (match[2] === undefined) return { tableId: match[1]! };
  const thirdParty = Object.hasOwn(thirdPartyFiles, stem) ? thirdPartyFiles[stem] : undefined;
  if (!thirdParty) {
    throw new InputError(
      { file: path },
      'nobody is recorded as the maker of this cbsodata file:',
      basename(path),
      `${match[1]}.csv for the client's own output, or a file listed in scripts/import/cbsodata-csv/third-party-files.ts (${Object.keys(thirdPartyFiles).join(', ')})`,
    );
  }
  return { tableId: match[1]!, thirdParty };
}

const wholeNumber = /^\d+$/;

async function scanCbsodata(file: string, emit: Emit, fixed: Record<string, string>): Promise<TableScan> {
  let header: CbsodataHeader | undefined;
  let codes = new CodeLists({});
  const firstLine = new Map<string, number>(); // (dimension labels, period) → line, to refuse duplicates
  await streamRows(file, {
    delimiter: ',',
    onHeader(record) {
      header = parseCbsodataHeader(file, record);
      codes = new CodeLists(
        Object.fromEntries([...header.dimensions.map((d) => d.name), ...Object.keys(fixed)].map((name) => [name, name])),
      );
      for (const [name, label] of Object.entries(fixed)) codes.add(name, label);
      return header.fields.length;
    },
    onRow(record) {
      if (!header) return; // onHeader always runs first
      const { fields, rowNumbers, dimensions, period, topics } = header;
      const { line } = record;
      // Nothing is read from them, but a letter or a NUL there means the file was damaged (a digit lost too?).
      for (const { index } of rowNumbers) {
        const text = record.fields[index] ?? '';
        if (!wholeNumber.test(text))
          throw new InputError({ file, line, column: columnName(fields, index) }, 'not a row number:', text, 'a whole number (0, 1, 2 …)');
      }
      const dims: Record<string, string> = { ...fixed };
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
