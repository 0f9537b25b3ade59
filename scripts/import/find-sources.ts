import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../lib/input-error.ts';
import { adapters } from './adapters.ts';
import type { Adapter } from './source-table.ts';

export interface FoundSource {
  path: string;
  adapter: Adapter;
}

// Files that travel with raw drops but are not data (the provenance notes, capture records).
const ignored = new Set(['.md', '.txt', '.pdf']);

/**
 * Expands the command line's files and folders into raw sources, each with the adapter that reads it.
 * A folder no adapter claims is searched; a data file no adapter claims is refused.
 */
export async function findSources(paths: readonly string[]): Promise<FoundSource[]> {
  const found: FoundSource[] = [];
  for (const path of paths) await visit(path, found, true);
  return found;
}

async function visit(path: string, found: FoundSource[], explicit: boolean): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new InputError({ file: path }, 'no such file or folder', path, 'a raw CBS/DNB file or a folder of them');
  }
  for (const adapter of adapters) {
    if (await adapter.detect(path)) {
      found.push({ path, adapter });
      return;
    }
  }
  if (info.isDirectory()) {
    const children = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const child of children) await visit(join(path, child), found, false);
    return;
  }
  if (!explicit && ignored.has(extname(path).toLowerCase())) return;
  throw new InputError(
    { file: path, line: 1 },
    'no adapter recognises this file',
    undefined,
    'one of: a CBS OData v4 folder, a CBS CSV with its metadata, a StatLine export, a cbsodata CSV, a DNB CSV or a tidy CSV (see scripts/README.md)',
  );
}
