import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { isDropId } from '../../src/lib/drop-id.ts';
import { type Artefact, artefactText, assertArtefact } from '../../src/schemas/artefact.ts';
import { type DatasetName, type DatasetRow, datasetNames } from '../../src/schemas/datasets.ts';
import { type DropManifest, dropManifestFile } from '../../src/schemas/drop-manifest.ts';
import { type SourceRecord, sourceRecordFile } from '../../src/schemas/source-record.ts';
import { datasetByName } from '../datasets/index.ts';
import { createDirAtomic } from './atomic-write.ts';
import { parseDropCsv, toDropCsv } from './drop-csv.ts';
import { InputError } from './input-error.ts';
import { readJson } from './read-json.ts';

export type { DropManifest, SourceRecord };

/**
 * A drop: its manifest (drop.json), the rows of each dataset it has (typed by the dataset's schema; a dataset
 * added after the drop was made is absent), and its source records (provenance/).
 */
export interface Drop {
  manifest: DropManifest;
  rows: DropRows;
  sources: Record<string, SourceRecord>;
}

/** A row of any dataset, for the columns they share (source, series, category, period, value, symbol, status, unit). */
export type DropRow = DatasetRow<DatasetName>;

/** The rows of each dataset a drop has, by name. */
export type DropRows = { [N in DatasetName]?: DatasetRow<N>[] };

/** Sets one dataset's rows. (A function: TypeScript checks a write under a generic name only through a parameter typed over that name.) */
export function setRows<N extends DatasetName>(rows: { [P in N]?: DatasetRow<P>[] }, name: N, list: DatasetRow<N>[]): void {
  rows[name] = list;
}

/** Drop ids in data/, oldest first (ids start with a date, so they sort as text); other entries are not drops. */
export async function listDrops(dataDir: string): Promise<string[]> {
  if (!existsSync(dataDir)) return [];
  const entries = await readdir(dataDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && isDropId(e.name))
    .map((e) => e.name)
    .sort();
}

export function provenanceFile(sourceId: string): string {
  return `${sourceId.replace('/', '--')}.json`;
}

/** Reads and validates a whole drop: drop.json and every source record against their schemas, every dataset against its own, every row's source recorded. */
export async function readDrop(dataDir: string, id: string): Promise<Drop> {
  const dir = join(dataDir, id);
  const manifest = await readArtefact(dropManifestFile, join(dir, 'drop.json'));
  const sources: Record<string, SourceRecord> = {};
  for (const sourceId of manifest.sources) {
    sources[sourceId] = await readArtefact(sourceRecordFile, join(dir, 'provenance', provenanceFile(sourceId)));
  }
  const rows: DropRows = {};
  const read = async <N extends DatasetName>(name: N): Promise<void> => {
    const dataset = datasetByName[name];
    const file = join(dir, `${name}.csv`);
    // A dataset added after this drop was made: the drop does not have it (not even as 0 rows).
    if (!(name in manifest.datasets) && !existsSync(file)) return;
    if (!existsSync(file))
      throw new InputError({ file }, 'the dataset file is missing from the drop', undefined, `${name}.csv beside drop.json`);
    const parsed = parseDropCsv(file, await readFile(file, 'utf8'), dataset.columns, dataset.schema);
    parsed.forEach((row, index) => {
      if (!sources[row.source])
        throw new InputError(
          { file, line: index + 2, column: 'source' },
          'the row names a source the drop does not record',
          row.source,
          `one of ${manifest.sources.join(', ')}`,
        );
    });
    setRows(rows, name, parsed);
  };
  for (const name of datasetNames) await read(name);
  return { manifest, rows, sources };
}

/** True when two drops hold the same datasets, byte for byte as their CSV files would be written. */
export function sameRows(a: Drop, b: Drop): boolean {
  return datasetNames.every((name) => datasetCsv(a, name) === datasetCsv(b, name));
}

/** A dataset of a drop as its CSV file (header only when the drop does not have it). */
function datasetCsv<N extends DatasetName>(drop: Drop, name: N): string {
  return toDropCsv(drop.rows[name] ?? [], datasetByName[name].columns);
}

/** A JSON file of the drop, checked against its schema (file and JSON path of a bad field). */
async function readArtefact<S extends z.ZodTypeAny>(artefact: Artefact<S>, file: string): Promise<z.infer<S>> {
  const json = await readJson(file, `${artefact.name} as ${artefact.writer} writes it`);
  assertArtefact(artefact, json, file);
  return json;
}

/**
 * Writes a new drop in one step: into a temp folder, then renamed into place, so a failure (or a kill) leaves
 * data/ as it was. A drop folder that exists is never written again.
 */
export async function writeDrop(dataDir: string, drop: Drop): Promise<void> {
  const target = join(dataDir, drop.manifest.id);
  // Every file's content first, each JSON file checked against its schema: a bug stops before anything is written.
  const files = new Map<string, string>();
  for (const name of datasetNames) files.set(`${name}.csv`, datasetCsv(drop, name));
  for (const id of drop.manifest.sources) {
    const file = join('provenance', provenanceFile(id));
    files.set(file, artefactText(sourceRecordFile, drop.sources[id]!, join(target, file), { indent: true }));
  }
  files.set('drop.json', artefactText(dropManifestFile, drop.manifest, join(target, 'drop.json'), { indent: true }));
  await mkdir(dataDir, { recursive: true });
  await createDirAtomic(target, async (dir) => {
    await mkdir(join(dir, 'provenance'));
    for (const [name, content] of files) await writeFile(join(dir, name), content);
  });
}
