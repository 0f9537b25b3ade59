import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cbsTables, dnbFile } from './config/sources.ts';
import { compareDrops, hasRowChanges } from './diff/compare-drops.ts';
import { formatDiff } from './diff/format-diff.ts';
import { fetchSources } from './fetch/fetch-sources.ts';
import { type RetryPolicy, secondsOption } from './fetch/http-options.ts';
import { buildDrop } from './import/run-import.ts';
import { listDrops, readDrop, writeDrop } from './lib/drop.ts';
import { InputError } from './lib/input-error.ts';
import { runCommand } from './lib/run-command.ts';

const usage =
  'usage: npm run update -- [<table…|dnb>] [--base <url or folder>] [--data <dir>] [--drop <id>] [--skip-build] [--timeout <s>] [--retry-delay <s>]';
const steps = ['fetch', 'import', 'data', 'build'] as const;

// fetch → import → data → build, each step saying what it made; the first failing step stops the run.
await runCommand(usage, async (args) => {
  const named: string[] = [];
  let base: string | undefined;
  let dataDir = 'data';
  let dropId: string | undefined;
  let skipBuild = false;
  const policy: Partial<RetryPolicy> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--base') base = args[++i];
    else if (arg === '--data') dataDir = args[++i] ?? dataDir;
    else if (arg === '--drop') dropId = args[++i];
    else if (arg === '--skip-build') skipBuild = true;
    else if (arg === '--timeout') policy.timeoutMs = secondsOption(arg, args[++i]);
    else if (arg === '--retry-delay') policy.backoffMs = secondsOption(arg, args[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else named.push(arg);
  }
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
      const drop = await buildDrop({ paths: [raw], dataDir, log: (line) => console.log(`  ${line.replace(raw, 'fetched')}`) });
      drop.manifest.id = chooseDropId(dropId, drop.manifest.id, previousIds);
      console.log(`  new drop ${drop.manifest.id}:`);
      const previous = previousId ? await readDrop(dataDir, previousId) : undefined;
      for (const [name, info] of Object.entries(drop.manifest.datasets)) {
        const before = previous?.manifest.datasets[name]?.rows;
        console.log(`  ${name}: ${info.rows} rows${before === undefined || before === info.rows ? '' : ` (was ${before})`}`);
      }
      if (previous) {
        const diff = compareDrops(previous, drop);
        for (const line of formatDiff(diff)) console.log(`  ${line}`);
        if (!hasRowChanges(diff)) {
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

/**
 * The new drop's id: `--drop`, or the importer's default (the latest retrieval date, normally today). A
 * drop is never replaced: on a second update the same day the id gets a letter (2026-11-22b), which
 * still sorts after the earlier one.
 */
function chooseDropId(given: string | undefined, proposed: string, existing: string[]): string {
  if (given !== undefined) {
    if (existing.includes(given))
      throw new InputError({ file: 'command line' }, 'a drop with this id exists already (drops are never edited):', given, 'a new id');
    return given;
  }
  const latest = existing.at(-1);
  if (!latest || proposed > latest) return proposed;
  // biome-ignore lint/complexity/useMathMinMax: dates as text, not numbers
  const day = latest.slice(0, 10) > proposed.slice(0, 10) ? latest.slice(0, 10) : proposed.slice(0, 10);
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (`${day}${letter}` > latest) return `${day}${letter}`;
  throw new InputError({ file: 'command line' }, 'no free drop id after', latest, '--drop <id>');
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
