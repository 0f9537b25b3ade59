import type { z } from 'astro/zod';
import { seriesKey } from '../../src/lib/series-key.ts';
import { type DatasetName, type DatasetRow, datasetSchemas } from '../../src/schemas/datasets.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import type { Where } from '../lib/input-error.ts';

/** What a dataset's checks may do: refuse the drop (InputError) or leave a note in its provenance. */
export interface CheckContext {
  /** The raw file a table's rows came from, for error messages. */
  fileOf(source: string): string;
  /** Where in its raw file a row came from, when the import knows (not for carried-over rows). */
  whereOf?(row: object): Where | undefined;
  note(source: string, message: string): void;
}

/** One feed into a dataset: which tables, and how one raw observation becomes a dataset row. */
export interface DatasetFeed<Row> {
  accepts(table: SourceTable): boolean;
  select(row: SourceRow, table: SourceTable): Row | undefined;
  /** Replaces the selected rows of one table by rows derived from them (e.g. sums of size classes). */
  derive?(rows: Row[], table: SourceTable): Row[];
}

/**
 * A dataset of a drop: one tidy CSV with exactly one schema, the registry's (src/schemas/datasets.ts). The
 * same schema validates the import's output, `npm run data`'s input, and the tests.
 */
export interface Dataset<N extends DatasetName> {
  name: N;
  title: string;
  schema: z.ZodType<DatasetRow<N>, z.ZodTypeDef, unknown>;
  /** CSV column order; every key of the row. */
  columns: readonly (keyof DatasetRow<N> & string)[];
  feeds: DatasetFeed<DatasetRow<N>>[];
  /** Identity of a row within the dataset: duplicates are refused. */
  key(row: DatasetRow<N>): string;
  check?(rows: DatasetRow<N>[], context: CheckContext): void;
}

/** The import logic of a dataset of the registry, attached to its name and schema. */
export function defineDataset<N extends DatasetName>(name: N, logic: Omit<Dataset<N>, 'name' | 'schema'>): Dataset<N> {
  return { name, schema: datasetSchemas[name].row, ...logic };
}

export const observationColumns = [
  'source',
  'series',
  'series_label',
  'category',
  'category_label',
  'period',
  'value',
  'symbol',
  'status',
  'unit',
] as const satisfies readonly (keyof Observation)[];

/** An observation's identity: its series key (src/lib/series-key.ts) and period. */
export function observationKey(row: Observation): string {
  return `${seriesKey(row)}|${row.period}`;
}

/** A dataset row from a source row: the shared columns, with the labels the caller chooses. */
export function toObservation(
  row: SourceRow,
  table: SourceTable,
  labels: { series: string; seriesLabel: string; category: string; categoryLabel: string; unit: string },
): Observation {
  return {
    source: sourceId(table),
    series: labels.series,
    series_label: labels.seriesLabel,
    category: labels.category,
    category_label: labels.categoryLabel,
    period: row.period,
    value: row.value,
    symbol: row.symbol ?? null,
    status: row.status,
    unit: labels.unit,
  };
}

/**
 * A raw source's id within a drop: format and table id, since one CBS table can arrive in two formats
 * (85828NED as OData v4 since 2020 and as a cbsodata export since 2000).
 */
export function sourceId(table: SourceTable): string {
  return `${table.provenance.format}/${table.provenance.tableId}`;
}

/** Label of a code in one of the table's code lists, or the code itself when the list has none. */
export function codeLabel(table: SourceTable, dimension: string, code: string): string {
  return table.dimensions[dimension]?.codes[code]?.label ?? code;
}

export function measureLabel(table: SourceTable, measure: string): string {
  return table.measures[measure]?.label ?? measure;
}
