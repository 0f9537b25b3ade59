import { basename } from 'node:path';
import { streamCsv } from '../lib/csv-stream.ts';
import { InputError } from '../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../lib/period-grammar.ts';
import { CodeLists } from './code-lists.ts';
import { dnbFooter } from './dnb-csv/footer.ts';
import { dnbUnit } from './dnb-csv/unit.ts';
import { parseDotValue } from './parse-dot-number.ts';
import { readHeaderFields } from './read-header-fields.ts';
import { requireColumns } from './require-columns.ts';
import { requireFieldCount } from './require-field-count.ts';
import type { Adapter, SourceTable } from './source-table.ts';
import { type Emit, type TableScan, tableFromScan } from './table-from-scan.ts';

const columns = ['Instrument', 'InstrumentSub', 'Sector', 'Periode', 'waarde'] as const;

// The header names no table, so the file name does; a file we do not know is refused, not given a guessed title.
const knownTables: Record<string, { tableId: string; title: string }> = {
  'kernindicatoren-monetaire-statistieken-maand': {
    tableId: 'dnb-kernindicatoren-monetaire-statistieken-maand',
    title: 'Kernindicatoren monetaire statistieken (maand)',
  },
};

/**
 * DNB's CSV export. A series is (Instrument, InstrumentSub, Sector); the measure code is the trimmed
 * "Instrument | InstrumentSub" text, the sector a dimension. One series can appear in several blocks
 * (recent months follow at the end of the file), so rows are keyed by series and month, not by block.
 */
export const dnbCsvAdapter: Adapter = {
  format: 'dnb-csv',

  async detect(path) {
    const header = await readHeaderFields(path, ',');
    return header !== undefined && header.join(',') === columns.join(',');
  },

  async open(path) {
    const name = basename(path);
    const m = /^(.+?)(?:_(\d{4}-\d{2}-\d{2}))?\.csv$/i.exec(name);
    const known = m?.[1] === undefined ? undefined : knownTables[m[1]];
    if (!m || !known) {
      throw new InputError(
        { file: path },
        'not a DNB table this importer knows:',
        name,
        `a file named ${Object.keys(knownTables)
          .map((t) => `${t}_YYYY-MM-DD.csv`)
          .join(' or ')}`,
      );
    }
    return tableFromScan({
      format: 'dnb-csv',
      path,
      provenance: {
        publisher: 'DNB',
        ...known,
        modified: null,
        licence: 'CC BY 4.0',
        retrieved: retrievedFrom(path, m[2]),
        url: 'https://www.dnb.nl/statistieken/data-zoeken/',
      },
      scan: (emit) => scanDnb(path, emit),
    });
  },
};

function retrievedFrom(file: string, date: string | undefined): string | null {
  if (date === undefined) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new InputError({ file }, 'the download date in the file name is not a date:', date, 'YYYY-MM-DD');
  }
  return date;
}

async function scanDnb(file: string, emit: Emit): Promise<TableScan> {
  let headerSeen = false;
  const footer = dnbFooter(file);
  const codes = new CodeLists({ sector: 'Sector' });
  const measures: SourceTable['measures'] = {};
  const seen = new Map<string, { value: number; line: number }>(); // series + month → first value
  let repeats = 0;
  const unreadable: number[] = []; // lines whose period is the bare 0
  await streamCsv(file, {
    delimiter: ',',
    onRecord(record) {
      if (!headerSeen) {
        requireColumns(file, record, columns, ',');
        headerSeen = true;
        return;
      }
      if (footer.take(record)) return;
      requireFieldCount(file, record, columns.length, ',');
      const { line } = record;
      const [instrument = '', sub = '', sector = '', periode = '', waarde = ''] = record.fields.map((f) => f.trim());
      const where = (column: (typeof columns)[number]) => ({ file, line, column: `${column} (${columns.indexOf(column) + 1})` });
      if (!instrument || !sub || !sector) {
        const empty = !instrument ? 'Instrument' : !sub ? 'InstrumentSub' : 'Sector';
        throw new InputError(where(empty), 'an empty label', '', 'the series label');
      }
      const measure = `${instrument} | ${sub}`;
      measures[measure] ??= { label: measure, unit: dnbUnit(sub, where('InstrumentSub')) };
      codes.add('sector', sector);
      // DNB writes one month as the bare number 0 (1970-01 in the real file, an epoch artefact, it seems).
      // Which month it meant is not in the cell, so the row is left out, counted and located in the notes.
      if (periode === '0') {
        unreadable.push(line);
        return;
      }
      const period = parsePeriod(periode, ['year-month']);
      if (!period) throw new InputError(where('Periode'), 'an unknown period', periode, describePeriodForms(['year-month']));
      const value = parseDotValue(waarde, where('waarde'));
      const key = `${measure} | ${sector} | ${period.code}`;
      const first = seen.get(key);
      if (first && first.value === value) {
        repeats++;
        return;
      }
      if (first) {
        throw new InputError(
          where('waarde'),
          `this series and month already has value ${first.value} on line ${first.line}; here it is`,
          waarde,
          'the same value in every block that repeats a series',
        );
      }
      seen.set(key, { value, line });
      emit({ measure, dims: { sector }, period: period.code, value, status: 'onbekend' }, where('waarde'));
    },
  });
  footer.requireComplete();
  if (seen.size === 0) throw new InputError({ file }, 'the file has a header but no data rows', undefined, 'at least one row');
  return {
    measures,
    dimensions: codes.toRecord(),
    notes: [
      `${repeats} herhaalde rijen overgeslagen`,
      ...(unreadable.length
        ? [`${unreadable.length} rij(en) met periode "0" (geen maand) overgeslagen: regel ${unreadable.join(', ')}`]
        : []),
    ],
  };
}
