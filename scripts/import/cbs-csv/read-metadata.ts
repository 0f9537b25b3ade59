import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { cbsPeriodStatus, cbsPeriodStatusNames } from '../../lib/cbs-period-status.ts';
import { type CsvRecord, streamCsv } from '../../lib/csv-stream.ts';
import { InputError } from '../../lib/input-error.ts';
import { isIsoDateTime } from '../../lib/iso-date-time.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { refuseControlCharactersInRecord } from '../refuse-control-characters.ts';
import type { CodeList, SourceTable } from '../source-table.ts';
import { type MetadataBlock, metadataBlocks } from './metadata-blocks.ts';

export interface CbsDimension {
  key: string;
  time: boolean;
  /** Codes in metadata order (trimmed: the data file pads them with spaces). */
  codes: string[];
  /** The same codes as the metadata writes them, padding included (the data file pads them alike). */
  padded: string[];
}

/** What the metadata CSV says, checked. */
export interface CbsMetadata {
  identifier: string;
  title: string;
  modified: string | null;
  /** Dimensions, the time dimension among them, in DataProperties order (= data column order). */
  dimensions: CbsDimension[];
  measures: SourceTable['measures'];
  codeLists: SourceTable['dimensions'];
  periods: { code: string; status: PeriodStatus }[];
}

const dimensionTypes = new Set(['Dimension', 'GeoDimension', 'GeoDetail']);

/** Reads `<ID>_metadata.csv` whole (it is small) and walks its blocks. */
export async function readCbsMetadata(file: string): Promise<CbsMetadata> {
  const records: CsvRecord[] = [];
  await streamCsv(file, {
    delimiter: ';',
    onRecord: (r) => {
      refuseControlCharactersInRecord(file, r);
      records.push(r);
    },
  });
  const blocks = new Map<string, MetadataBlock>();
  const found = { file, blocks, end: records.at(-1)?.line ?? 1 };
  for (const block of metadataBlocks(file, records)) {
    if (blocks.has(block.name)) throw new InputError({ file, line: block.line }, 'a block appears twice:', block.name, 'each block once');
    blocks.set(block.name, block);
  }
  const info = required(found, 'TableInfos');
  const infoRow = info.rows[0];
  if (info.rows.length !== 1 || !infoRow)
    throw new InputError({ file, line: info.line }, `block TableInfos has ${info.rows.length} rows`, undefined, 'exactly one row');
  const cell = (block: MetadataBlock, row: CsvRecord, column: string) => row.fields[block.column(column)]!;

  const properties = required(found, 'DataProperties');
  const dimensions: CbsDimension[] = [];
  const measures: SourceTable['measures'] = {};
  const codeLists: SourceTable['dimensions'] = {};
  let periods: CbsMetadata['periods'] | undefined;
  for (const row of properties.rows) {
    const type = cell(properties, row, 'Type');
    const key = cell(properties, row, 'Key');
    const title = cell(properties, row, 'Title').trim().replace(/\s+/g, ' ');
    if (type === 'Topic') {
      const decimals = cell(properties, row, 'Decimals').trim();
      if (decimals !== '' && !/^\d+$/.test(decimals))
        throw new InputError(
          { file, line: row.line, column: 'Decimals' },
          'not a number of decimals:',
          decimals,
          'a whole number or a blank',
        );
      const unit = cell(properties, row, 'Unit').trim();
      measures[key] = decimals === '' ? { label: title, unit } : { label: title, unit, decimals: Number(decimals) };
    } else if (type === 'TimeDimension') {
      if (periods) throw new InputError({ file, line: row.line, column: 'Type' }, 'a second time dimension:', key, 'one TimeDimension');
      periods = readPeriods(file, required(found, key));
      const codes = periods.map((p) => p.code);
      dimensions.push({ key, time: true, codes, padded: codes });
    } else if (dimensionTypes.has(type)) {
      const { list, order, padded } = readCodeList(file, required(found, key), title);
      codeLists[key] = list;
      dimensions.push({ key, time: false, codes: order, padded });
    } else if (type !== 'TopicGroup') {
      throw new InputError(
        { file, line: row.line, column: 'Type' },
        'unknown DataProperties type',
        type,
        'Topic, TopicGroup, Dimension, GeoDimension, GeoDetail or TimeDimension',
      );
    }
  }
  if (!periods)
    throw new InputError(
      { file, line: properties.line },
      'DataProperties lists no TimeDimension',
      undefined,
      'one time dimension (Perioden)',
    );
  const known = new Set(['TableInfos', 'DataProperties', ...dimensions.map((d) => d.key)]);
  for (const block of blocks.values()) {
    if (!known.has(block.name))
      throw new InputError({ file, line: block.line }, 'a block this adapter does not know:', block.name, [...known].join(', '));
  }
  const modified = cell(info, infoRow, 'Modified').trim();
  if (modified !== '' && !isIsoDateTime(modified))
    throw new InputError(
      { file, line: infoRow.line, column: 'Modified' },
      'not an ISO date-time:',
      modified,
      'a time such as 2023-08-16T02:00:00',
    );
  return {
    identifier: cell(info, infoRow, 'Identifier').trim(),
    title: cell(info, infoRow, 'Title').trim(),
    modified: modified === '' ? null : modified,
    dimensions,
    measures,
    codeLists,
    periods,
  };
}

/** A block of the metadata; refused, at the line where the file ends, when it has none of that name. */
function required(found: { file: string; blocks: Map<string, MetadataBlock>; end: number }, name: string): MetadataBlock {
  const block = found.blocks.get(name);
  if (!block)
    throw new InputError(
      { file: found.file, line: found.end },
      'the metadata ends without the block',
      name,
      `a block introduced by a line "${name}"`,
    );
  return block;
}

// `order` keeps the file's order: Object.keys would put number-like codes ("300002") first.
function readCodeList(file: string, block: MetadataBlock, label: string): { list: CodeList; order: string[]; padded: string[] } {
  const codes: CodeList['codes'] = {};
  const order: string[] = [];
  const padded: string[] = [];
  const [keyAt, titleAt] = [block.column('Key'), block.column('Title')];
  const descriptionAt = block.header.indexOf('Description');
  for (const row of block.rows) {
    const key = row.fields[keyAt]!.trim();
    if (Object.hasOwn(codes, key))
      throw new InputError({ file, line: row.line, column: 'Key' }, `code listed twice in block ${block.name}:`, key, 'each code once');
    const description = descriptionAt < 0 ? '' : row.fields[descriptionAt]!.trim();
    const title = row.fields[titleAt]!.trim();
    codes[key] = description ? { label: title, description } : { label: title };
    order.push(key);
    padded.push(row.fields[keyAt]!);
  }
  return { list: { label, codes }, order, padded };
}

function readPeriods(file: string, block: MetadataBlock): CbsMetadata['periods'] {
  const [keyAt, statusAt] = [block.column('Key'), block.column('Status')];
  const seen = new Set<string>();
  return block.rows.map((row) => {
    const code = row.fields[keyAt]!.trim();
    if (parsePeriod(code, ['cbs-code'])?.code !== code)
      throw new InputError(
        { file, line: row.line, column: 'Key' },
        'not a period code this project reads:',
        code,
        describePeriodForms(['cbs-code']),
      );
    if (seen.has(code)) throw new InputError({ file, line: row.line, column: 'Key' }, 'period listed twice:', code, 'each period once');
    seen.add(code);
    const text = row.fields[statusAt]!.trim();
    const status = cbsPeriodStatus(text);
    if (!status) throw new InputError({ file, line: row.line, column: 'Status' }, 'unknown period status', text, cbsPeriodStatusNames);
    return { code, status };
  });
}
