import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The real raw drops, beside the project (see ../shared/sources/PROVENANCE.md). */
export const sharedSources = join(root, '..', 'shared', 'sources');
export const haveSharedSources = existsSync(sharedSources);

/**
 * describe() for tests on the real raw files: they run where ../shared/sources is, are skipped on a
 * machine without it, and fail in CI (process.env.CI), where a missing folder is a broken checkout and
 * never a reason for a green run.
 */
export function describeReal(name: string, body: () => void): void {
  if (haveSharedSources) describe(name, body);
  else if (process.env['CI']) describe(name, () => it('finds ../shared/sources', () => fail(`${sharedSources} is missing`)));
  else describe.skip(name, body);
}

function fail(message: string): never {
  throw new Error(`${message}: CI runs with ../shared (the real raw files) beside the project`);
}

export interface MatchingDrop {
  id: string;
  dir: string;
  manifest: {
    id: string;
    datasets: Record<string, { rows: number; sources: string[] }>;
    sources: string[];
    /** Only for a drop made with --allow-shrink (scripts/import/shrink-guard.ts): the drop before it, and why. */
    shrink?: { previous: string; reason: string };
  };
  /** Provenance record per source id, as the drop holds it. */
  sources: Record<string, { files: { name: string; bytes: number; sha256: string }[] } & Record<string, unknown>>;
}

const cached = new Map<string, MatchingDrop>();

/**
 * The committed drop made from exactly the raw files in ../shared/sources: the one whose provenance
 * records (name, size, SHA-256 of every raw file) are those of the files there. Tests on the real files
 * compare against it instead of pinning today's counts. When the files changed and no drop matches, this
 * throws, naming what differs: a new drop must be made.
 */
export function matchingDrop(dataDir = join(root, 'data')): MatchingDrop {
  const known = cached.get(dataDir);
  if (known) return known;
  const raw = rawFiles();
  const ids = readdirSync(dataDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dataDir, e.name, 'drop.json')))
    .map((e) => e.name)
    .sort()
    .reverse();
  const drops = ids.map((id) => readDropRecords(join(dataDir, id), id));
  const found = drops.find((drop) => sameFiles(recorded(drop), [...raw.keys()]));
  if (found) {
    cached.set(dataDir, found);
    return found;
  }
  const newest = drops[0];
  const listed = newest ? recorded(newest) : [];
  const changed = [
    ...[...raw].filter(([key]) => !listed.includes(key)).map(([, path]) => `${path} is not recorded`),
    ...listed.filter((key) => !raw.has(key)).map((key) => `${key.split('\t')[0]} (recorded) is not there as recorded`),
  ];
  throw new Error(
    `no committed drop in data/ was made from the raw files in ${sharedSources}; against ${newest?.id ?? 'no drop'}: ` +
      `${changed.slice(0, 8).join('; ')}${changed.length > 8 ? ` … (${changed.length} in all)` : ''}. ` +
      'Make a new drop: npm run import -- ../shared/sources --drop <YYYY-MM-DD>, review and commit it.',
  );
}

/**
 * The committed drop `drop` was made on top of (the latest drop in data/ when it was imported): the one its
 * shrink record names, or else the newest one before it; undefined for the first drop. Importing the same
 * raw files into a data folder holding only that drop (with the recorded --allow-shrink reason) makes `drop`
 * again, byte for byte.
 */
export function previousDrop(drop: MatchingDrop, dataDir = join(root, 'data')): { id: string; dir: string } | undefined {
  const id =
    drop.manifest.shrink?.previous ??
    readdirSync(dataDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name < drop.id && existsSync(join(dataDir, e.name, 'drop.json')))
      .map((e) => e.name)
      .sort()
      .at(-1);
  return id === undefined ? undefined : { id, dir: join(dataDir, id) };
}

/** Rows of a dataset in the matching drop (cells as text), of one source when given. */
export function matchingRows(dataset: string, source?: string): Record<string, string>[] {
  const text = readFileSync(join(matchingDrop().dir, `${dataset}.csv`), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return source === undefined ? rows : rows.filter((row) => row['source'] === source);
}

function readDropRecords(dir: string, id: string): MatchingDrop {
  const manifest = JSON.parse(readFileSync(join(dir, 'drop.json'), 'utf8')) as MatchingDrop['manifest'];
  const sources: MatchingDrop['sources'] = {};
  for (const source of manifest.sources) {
    sources[source] = JSON.parse(readFileSync(join(dir, 'provenance', `${source.replace('/', '--')}.json`), 'utf8'));
  }
  return { id, dir, manifest, sources };
}

function recorded(drop: MatchingDrop): string[] {
  return Object.values(drop.sources).flatMap((s) => s.files.map((f) => fileKey(f.name, f.bytes, f.sha256)));
}

function sameFiles(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

const fileKey = (name: string, bytes: number, sha256: string) => `${name}\t${bytes}\t${sha256}`;

// Files an import reads: everything but notes (.md, .txt, .pdf), as scripts/import/find-sources.ts skips them.
const notes = new Set(['.md', '.txt', '.pdf']);

/** Key (name, bytes, SHA-256) → path under ../shared/sources of every raw data file. */
function rawFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!notes.has(extname(entry.name).toLowerCase())) {
        const bytes = readFileSync(path);
        files.set(fileKey(entry.name, bytes.length, createHash('sha256').update(bytes).digest('hex')), relative(sharedSources, path));
      }
    }
  };
  walk(sharedSources);
  return files;
}
