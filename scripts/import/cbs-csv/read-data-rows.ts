import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { describeNumberFormat, type NumberFormat, parseCbsNumber } from '../../lib/cbs-number.ts';
import { streamCsv } from '../../lib/csv-stream.ts';
import { InputError, type Where } from '../../lib/input-error.ts';
import { KeyBitset } from '../../lib/key-bitset.ts';
import type { SourceRow } from '../source-table.ts';
import { checkHeader } from './check-header.ts';
import { findFirstLine } from './find-first-line.ts';
import type { PeriodIndex } from './period-index.ts';
import type { CbsMetadata } from './read-metadata.ts';

// The "onbewerkte dataset": machine numbers with a decimal point, "." for missing, no blanks.
const format: NumberFormat = { locale: 'dot', symbols: { '.': 'ontbreekt' }, blank: 'refuse' };

export interface DataRowsOptions {
  file: string;
  metadata: CbsMetadata;
  periods: PeriodIndex;
  onRow: (row: SourceRow, where: Where) => void;
}

/**
 * Streams the data CSV: checks the header against the metadata, then turns each record into one
 * SourceRow per topic. Per record: a Map lookup per dimension and for the period, one bit for the
 * duplicate check and parseCbsNumber per topic; nothing else is allocated besides the rows themselves.
 * The lookups are skipped in the usual order of a CBS file (a series' periods one after another, the
 * dimension codes changing only between series): a code equal to the previous record's has its index,
 * and the period after the previous one is tried before the Map.
 */
export async function readDataRows({ file, metadata, periods, onRow }: DataRowsOptions): Promise<void> {
  const header = ['ID', ...metadata.dimensions.map((d) => d.key), ...Object.keys(metadata.measures)];
  const dims = metadata.dimensions.flatMap((d, i) =>
    d.time
      ? []
      : [
          {
            id: d.key,
            column: i + 1,
            codes: d.codes,
            index: new Map(d.codes.map((c, k) => [c, k])),
            // The data file pads codes as the metadata does ("301000 "): found as is, a cell needs no trim().
            padded: new Map(d.padded.map((c, k) => [c, k])),
            size: d.codes.length,
            /** The previous record's cell and its index. */
            lastCell: undefined as string | undefined,
            lastIndex: 0,
          },
        ],
  );
  const periodColumn = metadata.dimensions.findIndex((d) => d.time) + 1;
  const periodKey = metadata.dimensions[periodColumn - 1]!.key;
  const topics = Object.keys(metadata.measures).map((measure, k) => ({ measure, column: 1 + metadata.dimensions.length + k }));
  const seen = new KeyBitset(
    dims.reduce((n, d) => n * d.size, 1),
    periods.count,
  );
  const codes: string[] = new Array(dims.length);
  let headerDone = false;
  let headerLine = 1;
  let lastPeriodAt = -1;
  // Every row gets its own dims object: a shallow copy of this one, rebuilt when a code changes
  // (copying an object of a known shape is much cheaper than adding its properties one by one).
  let recordDims: Record<string, string> | undefined;

  const onRecord = ({ fields, line }: { fields: string[]; line: number }) => {
    if (!headerDone) {
      checkHeader(file, { fields, line }, header);
      headerDone = true;
      headerLine = line;
      return;
    }
    if (fields.length !== header.length) {
      throw new InputError(
        { file, line },
        `a row with ${fields.length} fields:`,
        fields.join(';'),
        `${header.length} fields like the header`,
      );
    }
    let combined = 0;
    for (let d = 0; d < dims.length; d++) {
      const dim = dims[d]!;
      const cell = fields[dim.column]!;
      if (cell !== dim.lastCell) {
        let index = dim.padded.get(cell);
        if (index === undefined) {
          const code = cell.trim(); // codes are padded: "301000 "
          index = dim.index.get(code);
          if (index === undefined) {
            throw new InputError(
              { file, line, column: dim.id },
              `code not in the ${dim.id} block of the metadata:`,
              code,
              `a code listed in the metadata's ${dim.id} block`,
            );
          }
        }
        dim.lastCell = cell;
        dim.lastIndex = index;
        codes[d] = dim.codes[index]!; // the trimmed code
        recordDims = undefined;
      }
      combined = combined * dim.size + dim.lastIndex;
    }
    const period = fields[periodColumn]!.trim();
    const periodAt = periods.findAfter(lastPeriodAt, period) ?? periods.lookup(period, { file, line, column: periodKey });
    lastPeriodAt = periodAt;
    if (!seen.add(periodAt, combined)) throw new DuplicateRow(line, period, codes.slice());
    const status: PeriodStatus = periods.status(periodAt);
    const where: Where = { file, line };
    if (!recordDims) {
      recordDims = {};
      for (let d = 0; d < dims.length; d++) recordDims[dims[d]!.id] = codes[d]!;
    }
    for (let t = 0; t < topics.length; t++) {
      const topic = topics[t]!;
      const raw = fields[topic.column]!;
      const cell = parseCbsNumber(raw, format);
      if (!cell) {
        const problem = raw.trim() === '' ? 'a blank cell, which cannot occur in this format' : 'not a number:';
        throw new InputError({ file, line, column: topic.measure }, problem, raw, describeNumberFormat(format));
      }
      const rowDims = { ...recordDims };
      const row: SourceRow = cell.symbol
        ? { measure: topic.measure, dims: rowDims, period, value: cell.value, symbol: cell.symbol, status }
        : { measure: topic.measure, dims: rowDims, period, value: cell.value, status };
      onRow(row, where);
    }
  };

  try {
    const records = await streamCsv(file, { delimiter: ';', onRecord });
    // A header-only download would replace the dataset by nothing.
    if (records < 2)
      throw new InputError({ file, line: headerLine }, 'the file has a header but no data rows', undefined, 'at least one row');
  } catch (error) {
    if (!(error instanceof DuplicateRow)) throw error;
    // Rare and fatal: only now read the file again to name the first line with the same key.
    const columns = [...dims.map((d) => d.column), periodColumn];
    const first = await findFirstLine(file, columns, [...error.codes, error.period]);
    const keyText = [...dims.map((d, i) => `${d.id}=${error.codes[i]}`), `${periodKey}=${error.period}`].join(', ');
    throw new InputError(
      { file, line: error.line },
      `duplicate row: the same dimensions and period as line ${first}:`,
      keyText,
      'one row per dimension codes and period',
    );
  }
}

/** Thrown inside the stream to stop it; turned into an InputError once the first line is known. */
class DuplicateRow {
  constructor(
    readonly line: number,
    readonly period: string,
    readonly codes: string[],
  ) {}
}
