import { readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCbsCsv } from '../../scripts/bench/generate-cbs-csv.ts';
import { listDrops, readDrop, writeDrop } from '../../scripts/lib/drop.ts';
import {
  committedDropId,
  dataDirWithCommittedDrop,
  fixtures,
  hashTree,
  leftovers,
  type RunningCli,
  removeTemps,
  runInProcess,
  startCli,
  tempDir,
} from './helpers.ts';

/**
 * SIGKILL halfway: a real `npm run import` (and `npm run data`) killed at a chosen moment leaves the data
 * folder (and src/generated) as it was, or as it was plus a hidden temp folder that no command takes for a
 * drop and the next run removes. The moments are observed, not timed: a progress line on stdout (the import
 * is then reading a large generated file), or the temp folder or file appearing (the command is then
 * writing, which a large drop makes last long enough for the kill to land within it).
 */
const fixture = join(fixtures, 'bad-input/82242NED');
const reason = 'a small fixture replaces the real 82242NED';
/** A drop after the committed one with its vacancies four times over (synthetic, in the temp folder only). */
const ballastId = '2026-07-18';
/** Generous: the machine these run on may be shared and slow. */
const TIMEOUT = 180_000;

let big: string; // a synthetic CBS CSV download of 250,000 rows that no dataset takes (the benchmark's generator)
let ballastData: string; // data folder: the committed drop and the ballast drop

beforeAll(async () => {
  big = generateCbsCsv(tempDir('kill-big'), { sizeClasses: 10, regions: 500, years: 10 }).dir;
  ballastData = dataDirWithCommittedDrop(tempDir('kill-ballast'));
  const drop = await readDrop(ballastData, committedDropId);
  const vacancies = drop.rows.vacatures ?? [];
  const rows = Array.from({ length: 4 }, (_, k) => vacancies.map((row) => ({ ...row, category: `${row.category}-${k}` }))).flat();
  const datasets = { ...drop.manifest.datasets, vacatures: { ...drop.manifest.datasets['vacatures']!, rows: rows.length } };
  await writeDrop(ballastData, {
    ...drop,
    manifest: { ...drop.manifest, id: ballastId, datasets },
    rows: { ...drop.rows, vacatures: rows },
  });
});
afterAll(removeTemps);

/** Kills the command with SIGKILL as soon as `dir` gets an entry starting with `prefix`; resolves with its name. */
function killOnEntry(running: RunningCli, dir: string, prefix: string): Promise<string | undefined> {
  return new Promise((resolveName) => {
    const watcher = watch(dir, (_event, name) => {
      if (!name?.startsWith(prefix)) return;
      running.child.kill('SIGKILL');
      watcher.close();
      resolveName(name);
    });
    void running.done.then(() => {
      watcher.close();
      resolveName(undefined);
    });
  });
}

/** Kills the command with SIGKILL as soon as its stdout holds `text`. */
function killOnOutput(running: RunningCli, text: string): void {
  running.child.stdout!.on('data', () => {
    if (running.output.stdout.includes(text)) running.child.kill('SIGKILL');
  });
}

const without = (tree: Record<string, string>, names: string[]) =>
  Object.fromEntries(Object.entries(tree).filter(([key]) => !names.includes(key)));

describe('an import killed with SIGKILL', () => {
  it(
    'while it reads a large source leaves data/ byte for byte as it was; the next import works',
    async () => {
      const data = dataDirWithCommittedDrop(tempDir('kill-read'));
      const before = hashTree(data);
      const running = startCli('import', [fixture, big, '--allow-shrink', reason, '--data', data]);
      killOnOutput(running, 'read cbs-odata-v4/82242NED'); // the second source, 750,000 observations, is being read now
      const exit = await running.done;
      expect(exit.signal, exit.stdout + exit.stderr).toBe('SIGKILL');
      expect(exit.stdout).not.toContain('read cbs-csv/99900NED');
      expect(hashTree(data)).toEqual(before);

      const next = await runInProcess('import', [fixture, '--allow-shrink', reason, '--data', data]);
      expect(next.stderr).toBe('');
      expect(await listDrops(data)).toEqual([committedDropId, `${committedDropId}b`]);
      expect(hashTree(data), 'the committed drop is untouched').toMatchObject(before);
    },
    TIMEOUT,
  );

  it(
    'while it writes the drop leaves only a hidden temp folder, which is no drop and the next import removes',
    async () => {
      const before = hashTree(ballastData);
      const running = startCli('import', [fixture, '--allow-shrink', reason, '--data', ballastData]);
      const temp = await killOnEntry(running, ballastData, `.tmp-${ballastId}b-`);
      const exit = await running.done;
      expect(exit.signal, exit.stdout + exit.stderr).toBe('SIGKILL');
      expect(temp, 'killed once the temp folder was there').toBe(`.tmp-${ballastId}b-${running.child.pid}`);

      const after = hashTree(ballastData);
      const left = leftovers(after);
      expect(left.length, 'the temp folder with what was written of the drop').toBeGreaterThan(0);
      expect(left.every((key) => key.startsWith(`${temp}/`) || key === `${temp}/`)).toBe(true);
      expect(without(after, left)).toEqual(before); // everything else byte for byte as it was
      expect(readdirSync(ballastData).sort()).toEqual([temp, committedDropId, ballastId]);
      expect(await listDrops(ballastData)).toEqual([committedDropId, ballastId]);

      const next = await runInProcess('import', [fixture, '--allow-shrink', reason, '--data', ballastData]);
      expect(next.stderr).toBe('');
      expect(next.stdout).toContain(`wrote drop ${ballastId}b`);
      expect(leftovers(ballastData)).toEqual([]);
      expect(readdirSync(ballastData).sort()).toEqual([committedDropId, ballastId, `${ballastId}b`]);
      expect(hashTree(ballastData), 'the earlier drops are untouched').toMatchObject(before);
    },
    TIMEOUT,
  );
});

describe('npm run data killed with SIGKILL while it writes src/generated', () => {
  it(
    'leaves every file whole (the old or the new bytes), and the next run completes it and removes the temp file',
    async () => {
      const dir = tempDir('kill-data');
      const [out, clean] = [join(dir, 'generated'), join(dir, 'clean')];
      // The output of the committed drop, then what a clean run writes for the ballast drop after it.
      expect((await runInProcess('build-data', ['--data', ballastData, '--drop', committedDropId, '--out', out])).stderr).toBe('');
      expect((await runInProcess('build-data', ['--data', ballastData, '--drop', ballastId, '--out', clean])).stderr).toBe('');
      const names = readdirSync(clean).sort();
      const old = new Map(names.map((name) => [name, readFileSync(join(out, name), 'utf8')]));

      const running = startCli('build-data', ['--data', ballastData, '--drop', ballastId, '--out', out]);
      const temp = await killOnEntry(running, out, '.tmp-');
      const exit = await running.done;
      expect(exit.signal, exit.stdout + exit.stderr).toBe('SIGKILL');
      expect(temp).toMatch(/^\.tmp-.+\.json-\d+$/);

      // Besides the files, at most the one temp file being written at the kill (none if it was just renamed).
      const extra = readdirSync(out).filter((name) => !names.includes(name));
      expect(extra.length).toBeLessThanOrEqual(1);
      for (const name of extra) expect(name).toMatch(new RegExp(`^\\.tmp-.+\\.json-${running.child.pid}$`));
      for (const name of names) {
        const text = readFileSync(join(out, name), 'utf8');
        expect([old.get(name), readFileSync(join(clean, name), 'utf8')], name).toContain(text);
      }

      const next = await runInProcess('build-data', ['--data', ballastData, '--drop', ballastId, '--out', out]);
      expect(next.stderr).toBe('');
      expect(hashTree(out)).toEqual(hashTree(clean)); // complete, and the temp file removed
    },
    TIMEOUT,
  );
});
