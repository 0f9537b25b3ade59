import { datasets } from '../../../scripts/datasets/index.ts';
import { findSources } from '../../../scripts/import/find-sources.ts';
import { buildDrop } from '../../../scripts/import/run-import.ts';
import { describeShrink, findShrink } from '../../../scripts/import/shrink-guard.ts';
import type { Drop } from '../../../scripts/lib/drop.ts';
import { toDropCsv } from '../../../scripts/lib/drop-csv.ts';
import { InputError } from '../../../scripts/lib/input-error.ts';
import type { MutationSource } from './sources.ts';

/** What an import makes of an input, as text to compare; `rows` keys the observations (adapter level). */
export interface Output {
  text: string;
  rows: { source: string; period: string; key: string }[];
}

export type Outcome =
  | { kind: 'identical' }
  | { kind: 'refused'; error: InputError }
  /** Adapter level only: observations lost, which the drop's shrink guard refuses once a dataset takes them. */
  | { kind: 'shrunk'; detail: string }
  | { kind: 'different'; first: string; text: string }
  /** Different, for a reason explained in explained.ts (the provenance notes only). */
  | { kind: 'explained'; why: string }
  | { kind: 'crash'; error: unknown };

/**
 * Imports `path` as the source's level says and returns the output, or throws what the import threw.
 * Drop level: buildDrop against `dataDir`, which holds the drop of the unmutated input, so the shrink guard
 * compares with it; the output is every dataset as its CSV, drop.json without the id, and the provenance
 * without the raw files' hashes (those change with any byte). Adapter level: the adapter's measures, code
 * lists and provenance (again without hashes) and its observations, sorted.
 */
export async function importOutput(source: MutationSource, path: string, dataDir: string): Promise<Output> {
  if (source.level === 'drop') return dropOutput(await buildDrop({ paths: [path], dataDir }));
  const [found] = await findSources([path]); // a file, or the folder it is in
  const table = await found!.adapter.open(found!.path);
  const rows: string[] = [];
  await table.rows((row) => rows.push(JSON.stringify(row)));
  const { files: _hashes, ...provenance } = table.provenance;
  // Keys sorted: a code list lists labels in the order they first occur, which row order does not change in a drop.
  const text = JSON.stringify(
    sortKeys({ format: table.format, measures: table.measures, dimensions: table.dimensions, provenance }),
    null,
    1,
  );
  return {
    text: [text, ...rows.sort()].join('\n'),
    rows: rows.map((json) => {
      const row = JSON.parse(json) as { measure: string; dims: Record<string, string>; period: string };
      return { source: table.provenance.tableId, period: row.period, key: JSON.stringify([row.measure, row.dims, row.period]) };
    }),
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

export function dropOutput(drop: Drop): Output {
  const parts = datasets.map((dataset) => `# ${dataset.name}\n${toDropCsv(drop.rows[dataset.name] ?? [], dataset.columns)}`);
  const { id: _id, ...manifest } = drop.manifest;
  parts.push(JSON.stringify(manifest, null, 1));
  for (const record of Object.values(drop.sources)) {
    const { files: _hashes, ...rest } = record;
    parts.push(JSON.stringify(rest, null, 1));
  }
  return { text: parts.join('\n'), rows: [] };
}

/** Runs one case and says what came of it, compared with the unmutated input's output. */
export async function outcomeOf(source: MutationSource, run: () => Promise<Output>, reference: Output): Promise<Outcome> {
  let output: Output;
  try {
    output = await run();
  } catch (error) {
    return error instanceof InputError ? { kind: 'refused', error } : { kind: 'crash', error };
  }
  if (output.text === reference.text) return { kind: 'identical' };
  // At adapter level the drop's shrink guard is not in the way: apply it to the observations themselves.
  if (source.level === 'adapter') {
    const shrink = findShrink({ dataset: source.name, key: (row) => String(row['key']), previous: reference.rows, next: output.rows });
    if (shrink) return { kind: 'shrunk', detail: describeShrink(shrink) };
  }
  return { kind: 'different', first: firstDifference(reference.text, output.text), text: output.text };
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const at = x.findIndex((line, i) => line !== y[i]);
  const i = at < 0 ? x.length : at;
  return `line ${i + 1} of the output: ${JSON.stringify(x[i] ?? '(end)')} became ${JSON.stringify(y[i] ?? '(end)')}`;
}
