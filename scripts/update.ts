import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetNames } from '../src/schemas/datasets.ts';
import { cbsTables, dnbFile } from './config/sources.ts';
import { compareDrops } from './diff/compare-drops.ts';
import { formatDiff } from './diff/format-diff.ts';
import { fetchSources } from './fetch/fetch-sources.ts';
import { retryOptions, retryPolicy } from './fetch/http-options.ts';
import { buildDrop } from './import/run-import.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { listDrops, sameRows, writeDrop } from './lib/drop.ts';
import { InputError } from './lib/input-error.ts';
import { runCommand } from './lib/run-command.ts';

const usage =
  'usage: npm run update -- [<table…|dnb>] [--base <url or folder>] [--data <dir>] [--drop <id>] [--allow-shrink "<reason>"] [--skip-build] [--timeout <s>] [--retry-delay <s>]';
const steps = ['fetch', 'import', 'data', 'build'] as const;

// fetch → import → data → build, each step saying what it made; the first failing step stops the run.
await runCommand(usage, async (args) => {
  const { values, positionals: named } = parseCommandLine(args, {
    base: { type: 'string', expects: 'the URL or folder of a CBS API mirror' },
    data: { type: 'string', expects: 'a data folder', default: 'data' },
    drop: { type: 'string', expects: 'a drop id such as 2026-11-22b' },
    'allow-shrink': { type: 'string', expects: 'the reason the datasets may lose rows, in quotes' },
    'skip-build': { type: 'boolean', does: 'stops after writing the drop: no npm run data, no build' },
    ...retryOptions,
  });
  const { base, data: dataDir, drop: dropId, 'allow-shrink': allowShrink, 'skip-build': skipBuild = false } = values;
  const policy = retryPolicy(values);
  // DNB's URL is a placeholder until someone fills it in: fetch it only when asked for by name.
  const sources = named.length ? named : [...cbsTables.map((t) => t.id), ...(dnbFile.urlIsPlaceholder ? [] : [dnbFile.id])];
  const raw = await mkdtemp(join(tmpdir(), 'mkb-update-'));
  try {
    await step('fetch', async () => {
      console.log(`[1/4] fetch: ${sources.join(', ')} from ${base ?? 'the CBS API'}`);
      if (!named.length && dnbFile.urlIsPlaceholder)
        console.log(`  dnb: not fetched (its URL in scripts/config/sources.ts is a placeholder); carried over`);
      const fetched = await fetchSources({ sources, base, out: raw, policy, log: (line) => console.error(`  ${line}`) });
      for (const s of fetched)
        console.log(
          `  ${s.id}: ${s.observations} observations${s.kind === 'cbs' ? ` in ${s.entitySets.length} entity sets` : ` (${s.file})`}`,
        );
    });

    const written = await step('import', async (): Promise<{ id: string; previous?: string } | undefined> => {
      const previousIds = await listDrops(dataDir);
      const previousId = previousIds.at(-1);
      console.log(`[2/4] import: the fetched sources${previousId ? `, the rest carried over from drop ${previousId}` : ''}`);
      const drop = await buildDrop({
        paths: [raw],
        dataDir,
        dropId,
        allowShrink,
        log: (line) => console.log(`  ${line.replace(raw, 'fetched')}`),
      });
      console.log(`  new drop ${drop.manifest.id}:`);
      const { previous } = drop;
      for (const name of datasetNames) {
        const info = drop.manifest.datasets[name];
        if (!info) continue;
        const before = previous?.manifest.datasets[name]?.rows;
        console.log(`  ${name}: ${info.rows} rows${before === undefined || before === info.rows ? '' : ` (was ${before})`}`);
      }
      for (const shrunk of Object.values(drop.manifest.shrink?.datasets ?? {}))
        console.log(`  allowed to shrink (--allow-shrink, recorded in drop.json): ${shrunk.lost}`);
      if (previous) {
        for (const line of formatDiff(compareDrops(previous, drop))) console.log(`  ${line}`);
        // As `npm run import` does: the same rows as the latest drop make no new drop, unless --drop asks for one.
        if (dropId === undefined && sameRows(previous, drop)) {
          console.log(`  no new drop: the fetched sources hold the same rows as drop ${previous.manifest.id}`);
          return undefined;
        }
      }
      await writeDrop(dataDir, drop);
      console.log(`  wrote ${join(dataDir, drop.manifest.id)}/`);
      return previousId ? { id: drop.manifest.id, previous: previousId } : { id: drop.manifest.id };
    });
    if (!written) return;

    if (skipBuild) {
      console.log('[3/4] data: skipped (--skip-build)\n[4/4] build: skipped (--skip-build)');
    } else {
      await step('data', async () => {
        console.log('[3/4] data: npm run data');
        await runChild('npm run data', process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--data', dataDir], () => true);
      });
      await step('build', async () => {
        console.log('[4/4] build: astro build');
        await runChild('astro build', process.execPath, ['node_modules/astro/astro.js', 'build'], (line) =>
          /page\(s\) built|\[build\] Complete!/.test(line),
        );
      });
    }
    const review = written.previous
      ? `; review it with npm run diff -- ${written.previous} ${written.id}${dataDir === 'data' ? '' : ` --data ${dataDir}`}`
      : '';
    console.log(`done: drop ${written.id}${review}`);
  } finally {
    await rm(raw, { recursive: true, force: true });
  }
});

async function step<T>(name: (typeof steps)[number], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    console.error(`update stopped at step ${steps.indexOf(name) + 1}/4 (${name})`);
    throw error;
  }
}

/** Runs a step as a child process; prints the lines `keep` selects, or the tail of the output when it fails. */
function runChild(name: string, command: string, args: string[], keep: (line: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = output
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean);
      if (code === 0) {
        for (const line of lines.filter(keep)) console.log(`  ${line}`);
        resolve();
        return;
      }
      for (const line of lines.slice(-15)) console.error(`  ${line}`);
      reject(new InputError({ file: name }, `exited with code ${code}`, lines.at(-1), 'a clean run (run it alone to see all its output)'));
    });
  });
}
