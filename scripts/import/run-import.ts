import { comparePeriodCodes } from '../../src/lib/period.ts';
import { sourceId } from '../datasets/dataset.ts';
import { datasets } from '../datasets/index.ts';
import { type Drop, listDrops, readDrop, type SourceRecord } from '../lib/drop.ts';
import { InputError, type Where } from '../lib/input-error.ts';
import { chooseDropId } from './choose-drop-id.ts';
import { findSources } from './find-sources.ts';
import { refuseControlCharacters } from './refuse-control-characters.ts';
import { guardShrink } from './shrink-guard.ts';
import type { SourceTable } from './source-table.ts';

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

type Row = { source: string; period: string } & Record<string, unknown>;

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
  const rows: Record<string, Row[]> = Object.fromEntries(datasets.map((d) => [d.name, [] as Row[]]));

  if (previous) {
    for (const dataset of datasets) {
      rows[dataset.name] = ((previous.rows[dataset.name] ?? []) as Row[]).filter((row) => !tables.has(row.source));
    }
    for (const [id, record] of Object.entries(previous.sources)) if (!tables.has(id)) sources[id] = record;
  }

  const places = new WeakMap<object, Where>(); // where each selected row came from, for the checks' messages
  for (const [id, { table, path }] of tables) {
    const selected = datasets.map((dataset) => dataset.feeds.map(() => [] as Row[]));
    let count = 0;
    await table.rows((row, where) => {
      count++;
      datasets.forEach((dataset, d) => {
        dataset.feeds.forEach((feed, f) => {
          if (!feed.accepts(table)) return;
          const chosen = feed.select(row, table) as Row | undefined;
          if (chosen) {
            selected[d]![f]!.push(chosen);
            places.set(chosen, where);
          }
        });
      });
    });
    datasets.forEach((dataset, d) => {
      dataset.feeds.forEach((feed, f) => {
        const chosen = selected[d]![f]!;
        rows[dataset.name]!.push(...((feed.derive ? feed.derive(chosen as never, table) : chosen) as Row[]));
      });
    });
    // A header-only or emptied download would silently replace a dataset by nothing.
    if (count === 0)
      throw new InputError({ file: path }, 'the source holds no observations', undefined, 'at least one observation (download it again?)');
    sources[id] = { id, ...table.provenance };
    notes.set(id, [...table.provenance.notes]);
    log(`read ${id} (${path}): ${count} observations`);
  }

  const fileOf = (source: string) => tables.get(source)?.path ?? `data/${previousIds.at(-1) ?? ''} (${source})`;
  // The raw file and line a row came from (carried-over rows: the drop it came from).
  const placeOf = (row: Row): Where => places.get(row) ?? { file: fileOf(row.source) };
  const manifest: Drop['manifest'] = { id: '', datasets: {}, sources: [] };
  for (const dataset of datasets) {
    const list = rows[dataset.name]!;
    const seen = new Map<string, Row>();
    for (const row of list) {
      const key = dataset.key(row);
      const twin = seen.get(key);
      if (twin) {
        const first = places.get(twin);
        const also = first?.line !== undefined ? ` (also on line ${first.line})` : first?.path ? ` (also at ${first.path})` : '';
        throw new InputError(
          placeOf(row),
          `duplicate observation in dataset ${dataset.name}${also}`,
          key,
          'one value per series, category and period',
        );
      }
      seen.set(key, row);
      if (tables.has(row.source)) refuseDamagedText(row, placeOf(row));
      const result = dataset.schema.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new InputError(
          { ...placeOf(row), column: String(issue?.path[0] ?? '') },
          `row does not fit dataset ${dataset.name} (${issue?.message})`,
          JSON.stringify(row),
          'a row the schema accepts',
        );
      }
    }
    dataset.check?.(list, { fileOf, whereOf: (row) => places.get(row), note: (source, message) => notes.get(source)?.push(message) });
    list.sort(compareRows);
    const used = [...new Set(list.map((row) => row.source))].sort();
    manifest.datasets[dataset.name] = { rows: list.length, sources: used };
  }
  const shrink = guardShrink({
    previous: previous && { id: previous.manifest.id, rows: previous.rows },
    rows,
    datasets,
    allowShrink: options.allowShrink,
    fileOf,
  });
  if (shrink) manifest.shrink = shrink;
  for (const [id, list] of notes) sources[id] = { ...sources[id]!, notes: [...new Set(list)] };

  manifest.sources = Object.keys(sources).sort();
  manifest.id = chooseId(latestRetrieval(Object.values(sources)));
  return { manifest, rows, sources: Object.fromEntries(manifest.sources.map((id) => [id, sources[id]!])), previous };
}

/** Text cells of a row just read (labels come from the data or its code lists) with a NUL or the like. */
function refuseDamagedText(row: Row, where: Where): void {
  for (const [column, value] of Object.entries(row)) if (typeof value === 'string') refuseControlCharacters({ ...where, column }, value);
}

function compareRows(a: Row, b: Row): number {
  for (const column of ['topic', 'series', 'category', 'source'] as const) {
    const x = String(a[column] ?? '');
    const y = String(b[column] ?? '');
    if (x !== y) return x < y ? -1 : 1;
  }
  const byPeriod = comparePeriodCodes(a.period, b.period);
  if (byPeriod !== 0) return byPeriod;
  const x = String(a['period_text'] ?? '');
  const y = String(b['period_text'] ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

function latestRetrieval(sources: SourceRecord[]): string | undefined {
  return sources
    .map((s) => s.retrieved ?? s.modified?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}
