import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDrop } from '../../scripts/import/run-import.ts';
import { writeDrop } from '../../scripts/lib/drop.ts';
import { mulberry32 } from '../../scripts/lib/mulberry32.ts';
import { escapeRegExp, hashTree, leftovers, removeTemps, root, spawnCliAsync, tempDir } from './helpers.ts';
import { explain } from './mutation/explained.ts';
import { casesPerKind, type MutationKind, mutations } from './mutation/mutations.ts';
import { importOutput, type Outcome, type Output, outcomeOf } from './mutation/outcome.ts';
import { type MutationSource, mutationSources, sharedSources } from './mutation/sources.ts';

/**
 * Robustness, measured: every raw format the importer reads, mutated as real files get mutated (cut short,
 * a line lost or doubled, the other delimiter, a bad byte, the BOM, line endings, Windows-1252, an HTML error
 * page …; see mutation/mutations.ts), seeded so every run makes the same cases. Each case must be either
 * imported with the very output of the unmutated input (a benign change: CRLF, a BOM, a doubled JSON
 * property …) or refused with an InputError that names the file and the line (or JSON path), and nothing
 * written to the data folder, which holds the drop of the unmutated input. A refusal by the shrink guard
 * (rows lost at a line boundary) names the file and what would be lost instead of a line: there is no line
 * where a missing row is. Output that differs is a bug. Most cases run in-process (buildDrop); a sample runs
 * through the real CLI (exit 1, one line on stderr, no stack trace; or "no new drop" for a benign one).
 */
// Fixed, so every run makes the same cases; MUTATION_SEED=<n> tries another set (to look for new failures).
const SEED = Number(process.env['MUTATION_SEED'] ?? 20_261_206);
/** Every n-th case also runs through the real CLI. */
const CLI_EVERY = 20;

// The real slices are part of the test: without ../shared/sources it fails, it does not skip.
if (!existsSync(sharedSources)) throw new Error(`${sharedSources} is missing: the mutation test reads slices of the real raw files`);

interface Case {
  id: number;
  source: MutationSource;
  kind: MutationKind;
  file: string;
  bytes: Buffer;
  detail: string;
}

const sources = mutationSources();
const random = mulberry32(SEED);
const cases: Case[] = [];
for (const source of sources) {
  for (const [kind, count] of Object.entries(casesPerKind) as [MutationKind, number][]) {
    for (let n = 0; n < count; n++) {
      const file = source.targets[Math.floor(random() * source.targets.length)]!;
      const mutated = mutations[kind](source.files.get(file)!, random);
      if (mutated) cases.push({ id: cases.length + 1, source, kind, file, ...mutated });
    }
  }
}

interface Prepared {
  dataDir: string;
  tree: Record<string, string>;
  reference: Output;
}
const prepared = new Map<MutationSource, Prepared>();
const outcomes = new Map<Case, Outcome>();

/** Writes the source's files under `dir`, one of them replaced, and returns the path to import. */
function writeInput(source: MutationSource, dir: string, replace?: { file: string; bytes: Buffer }): string {
  for (const [name, bytes] of source.files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), replace?.file === name ? replace.bytes : bytes);
  }
  return join(dir, source.entry);
}

beforeAll(async () => {
  for (const source of sources) {
    const dir = tempDir('mutation');
    const input = writeInput(source, join(dir, 'original'));
    const dataDir = join(dir, 'data');
    // The data folder holds the drop of the unmutated input: what a mutated one must not lose or change.
    if (source.level === 'drop') await writeDrop(dataDir, await buildDrop({ paths: [input], dataDir, dropId: '2026-01-01' }));
    mkdirSync(dataDir, { recursive: true });
    // The reference: the unmutated input imported again on top of its own drop (the same rows: no shrink).
    const reference = await importOutput(source, input, dataDir);
    prepared.set(source, { dataDir, tree: hashTree(dataDir), reference });
  }
});
afterAll(() => {
  printSummary();
  removeTemps();
});

describe(`mutated raw files (seed ${SEED}): imported exactly as the original, or refused with file and line`, () => {
  it('has at least 200 cases, at least 15 for every source', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const source of sources) expect(cases.filter((c) => c.source === source).length, source.name).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.map((c) => [`#${c.id} ${c.source.name}: ${c.kind}, ${c.file} (${c.detail})`, c] as const))('%s', async (_name, c) => {
    const { dataDir, tree, reference } = prepared.get(c.source)!;
    const dir = tempDir('case');
    const input = writeInput(c.source, dir, c);
    let outcome = await outcomeOf(c.source, () => importOutput(c.source, input, dataDir), reference);
    const why = outcome.kind === 'different' ? explain(c.source, c.kind, reference.text, outcome.text) : undefined;
    if (why) outcome = { kind: 'explained', why };
    outcomes.set(c, outcome);
    if (outcome.kind === 'crash') throw outcome.error; // a bug: not an InputError
    expect(outcome.kind === 'different' ? outcome.first : 'same or refused', 'imported with different output').toBe('same or refused');
    if (outcome.kind === 'refused') {
      const { where, message } = outcome.error;
      expect(where.file.startsWith(dir), message).toBe(true);
      const shrink = /the new drop would lose rows: .+ → .+ rijen/.test(message);
      expect(where.line !== undefined || where.path !== undefined || shrink, `no line or JSON path: ${message}`).toBe(true);
      expect(message).not.toMatch(/\n|^\s+at /m);
    }
    expect(hashTree(dataDir)).toEqual(tree);
  });

  const sample = cases.filter((c) => c.source.level === 'drop' && c.id % CLI_EVERY === 0);
  it(`runs ${sample.length} of them through the real CLI: exit 1 and one line without a stack trace, or no new drop`, async () => {
    const runs = [];
    for (const c of sample) {
      const { dataDir, tree } = prepared.get(c.source)!;
      const dir = tempDir('cli');
      const data = join(dir, 'data');
      cpSync(dataDir, data, { recursive: true });
      const input = writeInput(c.source, join(dir, 'input'), c);
      runs.push({ c, data, tree, input, result: spawnCliAsync('import', [input, '--data', data]) });
      if (runs.length % 2 === 0) await runs.at(-1)!.result; // two at a time on a small machine
    }
    for (const { c, data, tree, input, result } of runs) {
      const { code, stdout, stderr } = await result;
      const name = `#${c.id} ${c.kind} ${c.file}`;
      expect(stderr, name).not.toMatch(/^\s+at /m);
      if (['identical', 'explained'].includes(outcomes.get(c)?.kind ?? '')) {
        expect(code, `${name}: ${stderr}`).toBe(0);
        expect(stdout, name).toContain('no new drop: the sources hold exactly the rows of drop 2026-01-01');
      } else {
        expect(code, name).toBe(1);
        expect(stderr.trimEnd().split('\n'), name).toHaveLength(1);
        expect(stderr, name).toMatch(new RegExp(`^error: ${escapeRegExp(dirname(input))}/`));
      }
      expect(hashTree(data), name).toEqual(tree);
      expect(leftovers(data), name).toEqual([]);
    }
  });
});

/** Cases per source and per kind, by outcome, on stdout and in test-results/mutations.json. */
function printSummary(): void {
  const count = (list: Case[]) => {
    const of = (...kinds: Outcome['kind'][]) => list.filter((c) => kinds.includes(outcomes.get(c)?.kind ?? 'crash')).length;
    const counts = { cases: list.length, identical: of('identical'), explained: of('explained'), refused: of('refused', 'shrunk') };
    return { ...counts, failed: list.length - counts.identical - counts.explained - counts.refused };
  };
  const bySource = Object.fromEntries(sources.map((s) => [s.name, count(cases.filter((c) => c.source === s))]));
  const byKind = Object.fromEntries(Object.keys(casesPerKind).map((k) => [k, count(cases.filter((c) => c.kind === k))]));
  const total = count(cases);
  // Refusals that came from the shrink guard (rows lost at a line boundary), not from an adapter's check.
  const byShrinkGuard = cases.filter((c) => {
    const outcome = outcomes.get(c);
    return outcome?.kind === 'shrunk' || (outcome?.kind === 'refused' && /the new drop would lose rows/.test(outcome.error.message));
  }).length;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const summary = { seed: SEED, total, refusedByShrinkGuard: byShrinkGuard, bySource, byKind };
  writeFileSync(join(root, 'test-results', 'mutations.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const columns = ['cases', 'identical', 'explained', 'refused', 'failed'] as const;
  const line = (name: string, cells: readonly (string | number)[]) =>
    `  ${name.padEnd(66)}${cells.map((cell, i) => String(cell).padStart(columns[i]!.length + 2)).join('')}`;
  const table = (rows: Record<string, ReturnType<typeof count>>) =>
    Object.entries(rows).map(([name, n]) =>
      line(
        name,
        columns.map((c) => n[c]),
      ),
    );
  console.log(
    [
      `mutation test, seed ${SEED}: ${total.cases} cases, ${total.identical} identical, ${total.explained} explained, ${total.refused} refused (${byShrinkGuard} by the shrink guard), ${total.failed} failed`,
      line('by source', columns),
      ...table(bySource),
      line('by mutation', columns),
      ...table(byKind),
    ].join('\n'),
  );
}
