import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDrop } from '../../scripts/import/run-import.ts';
import { type DropManifest, listDrops, readDrop, writeDrop } from '../../scripts/lib/drop.ts';
import { InputError } from '../../scripts/lib/input-error.ts';
import { committedDropId, dataDirWithCommittedDrop, fixtures, hashTree, leftovers, removeTemps, runInProcess, tempDir } from './helpers.ts';

/**
 * Drops never change: a source retrieved on (or before) the day of the latest drop makes a new drop with a
 * letter, never a rewrite of the latest; the same rows make no drop at all; an allowed shrink is recorded.
 */
afterAll(removeTemps);

const reason = 'a small fixture replaces the real 82242NED';

/** The small 82242NED capture (test/fixtures/bad-input), retrieved on `day`. */
function capture(dir: string, day: string): string {
  const folder = join(dir, '82242NED');
  cpSync(join(fixtures, 'bad-input/82242NED'), folder, { recursive: true });
  const file = join(folder, '_capture.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('2026-07-02T12:11:26.490Z', `${day}T09:00:00.000Z`));
  return folder;
}

const manifest = (data: string, id: string) => JSON.parse(readFileSync(join(data, id, 'drop.json'), 'utf8')) as DropManifest;

describe('a drop folder that exists is never written again', () => {
  it('a source retrieved the day of the latest drop makes 2026-07-17b; the same rows again make no drop', async () => {
    const dir = tempDir('drops');
    const data = dataDirWithCommittedDrop(dir);
    const committed = hashTree(join(data, committedDropId));
    const folder = capture(dir, committedDropId);

    const first = await runInProcess('import', [folder, '--allow-shrink', reason, '--data', data]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`wrote drop ${committedDropId}b to ${data}/${committedDropId}b/`);
    expect(readdirSync(data).sort()).toEqual([committedDropId, `${committedDropId}b`]);
    expect(hashTree(join(data, committedDropId))).toEqual(committed);

    // The recorded shrink: which datasets, from how many rows to how many, and why.
    const shrink = manifest(data, `${committedDropId}b`).shrink;
    expect(shrink?.reason).toBe(reason);
    expect(shrink?.previous).toBe(committedDropId);
    expect(Object.keys(shrink?.datasets ?? {})).toEqual(['faillissementen', 'conjunctuur']);
    expect(shrink?.datasets['faillissementen']).toMatchObject({
      previousRows: 3084,
      rows: 12,
      lostRows: 3072,
      sources: ['cbs-odata-v4/82242NED'],
    });
    expect(shrink?.datasets['faillissementen']?.lost).toMatch(/^faillissementen: 3\.084 → 12 rijen; 1981MM01–2026MM04, /);
    expect(first.stdout).toContain(
      `allowed to shrink (--allow-shrink, recorded in drop.json): ${shrink?.datasets['faillissementen']?.lost}`,
    );

    const before = hashTree(data);
    const again = await runInProcess('import', [folder, '--data', data]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`no new drop: the sources hold exactly the rows of drop ${committedDropId}b`);
    expect(hashTree(data)).toEqual(before);

    // Asked for by --drop, the same rows do make a drop; the next free id after b is c.
    const third = await runInProcess('import', [folder, '--drop', `${committedDropId}c`, '--data', data]);
    expect(third.stderr).toBe('');
    expect(readdirSync(data).sort()).toEqual([committedDropId, `${committedDropId}b`, `${committedDropId}c`]);
    expect(manifest(data, `${committedDropId}c`).shrink).toBeUndefined(); // nothing lost against b
    expect(leftovers(data)).toEqual([]);
  });

  it('a source retrieved after the latest drop takes its retrieval date as id', async () => {
    const dir = tempDir('drops-later');
    const data = dataDirWithCommittedDrop(dir);
    const built = await buildDrop({ paths: [capture(dir, '2026-08-03')], dataDir: data, allowShrink: reason });
    expect(built.manifest.id).toBe('2026-08-03');
    expect(built.previous?.manifest.id).toBe(committedDropId);
  });

  it('writeDrop refuses an id whose folder exists, and leaves it as it was', async () => {
    const dir = tempDir('drops-write');
    const data = dataDirWithCommittedDrop(dir);
    const before = hashTree(data);
    const drop = await readDrop(data, committedDropId);
    const error = await writeDrop(data, drop).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${join(data, committedDropId)}: the folder exists already, and is never written again; expected a new folder name`,
    );
    expect(hashTree(data)).toEqual(before);
  });

  it('leftovers of a killed run are no drops, and the next write removes those of processes that are gone', async () => {
    const dir = tempDir('drops-leftover');
    const data = dataDirWithCommittedDrop(dir);
    // A pid above the kernel's pid_max (2^22) never runs; this process's own parent certainly does.
    const dead = join(data, `.tmp-2026-07-18-${2 ** 22 + 1}`);
    const alive = join(data, `.tmp-2026-07-19-${process.ppid}`);
    for (const folder of [dead, alive]) {
      mkdirSync(join(folder, 'provenance'), { recursive: true });
      writeFileSync(join(folder, 'faillissementen.csv'), 'source,series\n'); // half written
    }
    expect(await listDrops(data)).toEqual([committedDropId]);
    const drop = await readDrop(data, committedDropId);
    await writeDrop(data, { ...drop, manifest: { ...drop.manifest, id: '2026-07-20' } });
    expect(readdirSync(data).sort()).toEqual([`.tmp-2026-07-19-${process.ppid}`, committedDropId, '2026-07-20']);
    expect(await listDrops(data)).toEqual([committedDropId, '2026-07-20']);
  });
});
