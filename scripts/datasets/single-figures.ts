import { figureSeriesKey } from '../../src/lib/series-key.ts';
import type { KerncijfersRow } from '../../src/schemas/kerncijfers.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { sourceId } from './dataset.ts';

export const factsTable = (table: SourceTable) => table.provenance.format === 'tidy-csv' && table.provenance.tableId.includes('figures');

/** A facts/ row as a single figure: the measure code is `topic|measure`, the breakdown in `dimension`. */
export function singleFigure(row: SourceRow, table: SourceTable): KerncijfersRow {
  const at = row.measure.indexOf('|');
  const extra = row.extra ?? {};
  return {
    source: sourceId(table),
    topic: extra['dataset'] ?? row.measure.slice(0, Math.max(at, 0)),
    series: at < 0 ? row.measure : row.measure.slice(at + 1),
    category: row.dims['dimension'] ?? '',
    period: row.period,
    period_text: extra['period_text'] ?? '',
    value: row.value,
    value_text: extra['value_text'] ?? '',
    symbol: row.symbol ?? null,
    status: row.status,
    unit: extra['unit'] ?? '',
    source_url: extra['source_url'] ?? '',
    note: extra['note'] ?? '',
  };
}

export const singleFigureColumns = [
  'source',
  'topic',
  'series',
  'category',
  'period',
  'period_text',
  'value',
  'value_text',
  'symbol',
  'status',
  'unit',
  'source_url',
  'note',
] as const satisfies readonly (keyof KerncijfersRow)[];

/** A single figure's identity: its series (src/lib/series-key.ts), period code and period text. */
export function singleFigureKey(row: KerncijfersRow): string {
  return `${figureSeriesKey(row)}|${row.period}|${row.period_text}`;
}
