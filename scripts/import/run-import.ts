import { comparePeriodCodes } from '../../src/lib/period.ts';
import { type DatasetName, type DatasetRow, datasetNames } from '../../src/schemas/datasets.ts';
import type { CheckContext } from '../datasets/dataset.ts';
import { sourceId } from '../datasets/dataset.ts';
import { datasetByName } from '../datasets/index.ts';
import { type Drop, type DropRows, listDrops, readDrop, type SourceRecord, setRows } from '../lib/drop.ts';
import { InputError, type Where } from '../lib/input-error.ts';
import { chooseDropId } from './choose-drop-id.ts';
import { findSources } from './find-sources.ts';
import { refuseControlCharacters } from './refuse-control-characters.ts';
import { guardShrink } from './shrink-guard.ts';
import type { SourceRow, SourceTable } from './source-table.ts';

export interface ImportOptions {
  paths: string[];
  dataDir: string;
  /** Drop id (`--drop`); default: the latest retrieval date of the drop's sources (see chooseDropId). */
  dropId?: string;
  /** `--allow-shrink`'s reason: lets a dataset lose rows compared with the latest drop (see guardShrink). */
  allowShrink?: string;
  log?: (line: string) => void;
}

/** A drop built in memory, with the latest drop in the data folder it was built on (if any). */
export interface BuiltDrop extends Drop {
  previous: Drop | undefined;
}

/** Any dataset's row, for what they share. */
type Row = DatasetRow<DatasetName>;

/**
 * Reads raw sources and builds a new drop in memory: datasets fed by the given sources are rebuilt from
 * them; rows from sources not given are carried over from the latest drop. Refused: a source with no
 * observations, rows that do not fit their dataset, and a drop that loses rows compared with the latest
 * one (unless allowed). Nothing is written here.
 */
export async function buildDrop(options: ImportOptions): Promise<BuiltDrop> {
  const log = options.log ?? (() => {});
  const previousIds = await listDrops(options.dataDir);
  const chooseId = (proposed: string | undefined) =>
    chooseDropId({ given: options.dropId, proposed, existing: previousIds, dataDir: options.dataDir });
  if (options.dropId !== undefined) chooseId(undefined); // a bad --drop is refused before the sources are read
  const found = await findSources(options.paths);
  if (found.length === 0)
    throw new InputError({ file: options.paths.join(' ') }, 'no raw sources found', undefined, 'at least one raw CBS/DNB file or folder');

  const tables = new Map<string, { table: SourceTable; path: string }>();
  for (const { path, adapter } of found) {
    const table = await adapter.open(path);
    const id = sourceId(table);
    const twin = tables.get(id);
    if (twin) throw new InputError({ file: path }, `the source ${id} is given twice (also ${twin.path})`, id, 'each raw table once');
    tables.set(id, { table, path });
  }

  const previous = previousIds.length ? await readDrop(options.dataDir, previousIds.at(-1)!) : undefined;
  const sources: Record<string, SourceRecord> = {};
  const notes = new Map<string, string[]>();
  const places = new WeakMap<object, Where>(); // where each selected row came from, for the checks' messages
  // Rows from sources not given are carried over from the latest drop.
  const intakes = datasetNames.map((name) =>
    intake(
      name,
      (previous?.rows[name] ?? []).filter((row) => !tables.has(row.source)),
      places,
    ),
  );
  if (previous) for (const [id, record] of Object.entries(previous.sources)) if (!tables.has(id)) sources[id] = record;

  for (const [id, { table, path }] of tables) {
    const readers = intakes.flatMap((dataset) => dataset.open(table) ?? []);
    let count = 0;
    await table.rows((row, where) => {
      count++;
      for (const reader of readers) reader.offer(row, where);
    });
    for (const reader of readers) reader.close();
    // A header-only or emptied download would silently replace a dataset by nothing.
    if (count === 0)
      throw new InputError({ file: path }, 'the source holds no observations', undefined, 'at least one observation (download it again?)');
    sources[id] = { id, ...table.provenance };
    notes.set(id, [...table.provenance.notes]);
    log(`read ${id} (${path}): ${count} observations`);
  }

  const fileOf = (source: string) => tables.get(source)?.path ?? `data/${previousIds.at(-1) ?? ''} (${source})`;
  const context: IntakeContext = {
    fileOf,
    // The raw file and line a row came from (carried-over rows: the drop it came from).
    placeOf: (row) => places.get(row) ?? { file: fileOf(row.source) },
    isNew: (row) => tables.has(row.source),
    check: { fileOf, whereOf: (row) => places.get(row), note: (source, message) => notes.get(source)?.push(message) },
  };
  const manifest: Drop['manifest'] = { id: '', datasets: {}, sources: [] };
  const rows: DropRows = {};
  for (const dataset of intakes) {
    const used = dataset.finish(rows, context);
    manifest.datasets[dataset.name] = { rows: rows[dataset.name]?.length ?? 0, sources: used };
  }
  const shrink = guardShrink({
    previous: previous && { id: previous.manifest.id, rows: previous.rows },
    rows,
    allowShrink: options.allowShrink,
    fileOf,
  });
  if (shrink) manifest.shrink = shrink;
  for (const [id, list] of notes) sources[id] = { ...sources[id]!, notes: [...new Set(list)] };

  manifest.sources = Object.keys(sources).sort();
  manifest.id = chooseId(latestRetrieval(Object.values(sources)));
  return { manifest, rows, sources: Object.fromEntries(manifest.sources.map((id) => [id, sources[id]!])), previous };
}

interface IntakeContext {
  fileOf(source: string): string;
  placeOf(row: Row): Where;
  /** True for a row read from a source given to this import (not carried over). */
  isNew(row: Row): boolean;
  check: CheckContext;
}

/** One dataset during an import: the rows it carries over and the rows its feeds select from each table. */
interface Intake {
  name: DatasetName;
  /** The dataset's feeds that accept a table, as one reader offered every raw row; undefined when none does. */
  open(table: SourceTable): { offer(row: SourceRow, where: Where): void; close(): void } | undefined;
  /** Refuses duplicates and rows its schema does not accept, runs the dataset's checks, sorts the rows into `rows`; returns the sources used. */
  finish(rows: DropRows, context: IntakeContext): string[];
}

function intake<N extends DatasetName>(name: N, carried: DatasetRow<N>[], places: WeakMap<object, Where>): Intake {
  const dataset = datasetByName[name];
  const list = [...carried];
  return {
    name,
    open(table) {
      const feeds = dataset.feeds.filter((feed) => feed.accepts(table));
      if (feeds.length === 0) return undefined;
      const selected = feeds.map((): DatasetRow<N>[] => []);
      return {
        offer(row, where) {
          feeds.forEach((feed, f) => {
            const chosen = feed.select(row, table);
            if (!chosen) return;
            selected[f]!.push(chosen);
            places.set(chosen, where);
          });
        },
        close() {
          feeds.forEach((feed, f) => {
            list.push(...(feed.derive ? feed.derive(selected[f]!, table) : selected[f]!));
          });
        },
      };
    },
    finish(rows, context) {
      const seen = new Map<string, DatasetRow<N>>();
      for (const row of list) {
        const key = dataset.key(row);
        const twin = seen.get(key);
        if (twin) {
          const first = places.get(twin);
          const also = first?.line !== undefined ? ` (also on line ${first.line})` : first?.path ? ` (also at ${first.path})` : '';
          throw new InputError(
            context.placeOf(row),
            `duplicate observation in dataset ${name}${also}`,
            key,
            'one value per series, category and period',
          );
        }
        seen.set(key, row);
        if (context.isNew(row)) refuseDamagedText(row, context.placeOf(row));
        const result = dataset.schema.safeParse(row);
        if (!result.success) {
          const issue = result.error.issues[0];
          throw new InputError(
            { ...context.placeOf(row), column: String(issue?.path[0] ?? '') },
            `row does not fit dataset ${name} (${issue?.message})`,
            JSON.stringify(row),
            'a row the schema accepts',
          );
        }
      }
      dataset.check?.(list, context.check);
      list.sort(compareRows);
      setRows(rows, name, list);
      return [...new Set(list.map((row) => row.source))].sort();
    },
  };
}

/** Text cells of a row just read (labels come from the data or its code lists) with a NUL or the like. */
function refuseDamagedText(row: object, where: Where): void {
  for (const [column, value] of Object.entries(row)) if (typeof value === 'string') refuseControlCharacters({ ...where, column }, value);
}

function compareRows(a: Row, b: Row): number {
  for (const column of ['topic', 'series', 'category', 'source'] as const) {
    const x = textCell(a, column);
    const y = textCell(b, column);
    if (x !== y) return x < y ? -1 : 1;
  }
  const byPeriod = comparePeriodCodes(a.period, b.period);
  if (byPeriod !== 0) return byPeriod;
  const x = textCell(a, 'period_text');
  const y = textCell(b, 'period_text');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A column some datasets have (`topic`, `period_text`), '' in the others. */
function textCell(row: Row, column: string): string {
  return column in row ? String(Reflect.get(row, column)) : '';
}

function latestRetrieval(sources: SourceRecord[]): string | undefined {
  return sources
    .map((s) => s.retrieved ?? s.modified?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}
