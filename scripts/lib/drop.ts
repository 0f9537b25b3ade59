import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDropId } from '../../src/lib/drop-id.ts';
import { datasets } from '../datasets/index.ts';
import type { ShrinkRecord } from '../import/shrink-guard.ts';
import type { Provenance } from '../import/source-table.ts';
import { createDirAtomic } from './atomic-write.ts';
import { parseDropCsv, toDropCsv } from './drop-csv.ts';
import { InputError } from './input-error.ts';
import { readJson as readJsonFile } from './read-json.ts';

/** A source as a drop records it: the adapter's provenance plus what the importer noted. */
export interface SourceRecord extends Provenance {
  id: string; // "cbs-odata-v4/82242NED"
}

export interface DropManifest {
  id: string;
  datasets: Record<string, { rows: number; sources: string[] }>;
  sources: string[];
  /** Only when `--allow-shrink` let datasets lose rows compared with the previous drop: which, and why. */
  shrink?: ShrinkRecord;
}

export interface Drop {
  manifest: DropManifest;
  rows: Record<string, object[]>;
  sources: Record<string, SourceRecord>;
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

/** Reads and validates a whole drop: every dataset against its schema, every row's source recorded. */
export async function readDrop(dataDir: string, id: string): Promise<Drop> {
  const dir = join(dataDir, id);
  const manifestFile = join(dir, 'drop.json');
  const manifest = await readJson<DropManifest>(manifestFile);
  const sources: Record<string, SourceRecord> = {};
  for (const sourceId of manifest.sources) {
    sources[sourceId] = await readJson<SourceRecord>(join(dir, 'provenance', provenanceFile(sourceId)));
  }
  const rows: Record<string, object[]> = {};
  for (const dataset of datasets) {
    const file = join(dir, `${dataset.name}.csv`);
    // A dataset added after this drop was made: the drop does not have it (not even as 0 rows).
    if (!(dataset.name in manifest.datasets) && !existsSync(file)) continue;
    if (!existsSync(file))
      throw new InputError({ file }, 'the dataset file is missing from the drop', undefined, `${dataset.name}.csv beside drop.json`);
    const parsed = parseDropCsv(file, await readFile(file, 'utf8'), dataset.columns, dataset.schema) as { source: string }[];
    parsed.forEach((row, index) => {
      if (!sources[row.source])
        throw new InputError(
          { file, line: index + 2, column: 'source' },
          'the row names a source the drop does not record',
          row.source,
          `one of ${manifest.sources.join(', ')}`,
        );
    });
    rows[dataset.name] = parsed;
  }
  return { manifest, rows, sources };
}

/** True when two drops hold the same datasets, byte for byte as their CSV files would be written. */
export function sameRows(a: Drop, b: Drop): boolean {
  return datasets.every(
    (dataset) => toDropCsv(a.rows[dataset.name] ?? [], dataset.columns) === toDropCsv(b.rows[dataset.name] ?? [], dataset.columns),
  );
}

async function readJson<T>(file: string): Promise<T> {
  // The drop's own JSON files are written by `npm run import`; the shape is checked where they are used.
  return (await readJsonFile(file, 'a file written by `npm run import`')) as T;
}

/**
 * Writes a new drop in one step: into a temp folder, then renamed into place, so a failure (or a kill) leaves
 * data/ as it was. A drop folder that exists is never written again.
 */
export async function writeDrop(dataDir: string, drop: Drop): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await createDirAtomic(join(dataDir, drop.manifest.id), async (dir) => {
    await mkdir(join(dir, 'provenance'));
    for (const dataset of datasets) {
      await writeFile(join(dir, `${dataset.name}.csv`), toDropCsv(drop.rows[dataset.name] ?? [], dataset.columns));
    }
    for (const id of drop.manifest.sources) {
      await writeFile(join(dir, 'provenance', provenanceFile(id)), `${JSON.stringify(drop.sources[id], null, 2)}\n`);
    }
    await writeFile(join(dir, 'drop.json'), `${JSON.stringify(drop.manifest, null, 2)}\n`);
  });
}
