import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cbsTables } from '../../scripts/config/sources.ts';
import { type DropRow, listDrops, readDrop } from '../../scripts/lib/drop.ts';
import type { DatasetName } from '../../src/schemas/datasets.ts';
import { entries, removeTemps, root, runScript, tableFixture, tempDir } from './helpers.ts';
import { type StandIn, startStandIn } from './stand-in-api.ts';

const committed = '2026-07-17';
let server: StandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemps);

/** A data folder holding a copy of the committed drop. */
function dataWithCommittedDrop(): string {
  const data = join(tempDir('update'), 'data');
  cpSync(join(root, 'data', committed), join(data, committed), { recursive: true });
  return data;
}

/** update's arguments for a run against the stand-in, into `data`, without the build, retrying at once. */
function standInArgs(standIn: StandIn, data: string): string[] {
  return ['--base', standIn.base, '--data', data, '--skip-build', '--retry-delay', '0.01'];
}

describe('npm run update against a stand-in CBS API', () => {
  it('fetches, imports a new drop with the fetched rows and the rest carried over, and prints the diff', async () => {
    server = await startStandIn({ tables: { '83693NED': tableFixture('83693NED') }, pageSize: 5 });
    const data = dataWithCommittedDrop();
    // The stand-in serves six months of 83693NED where the committed drop has decades: a shrink, allowed here.
    const reason = 'stand-in table with six months';
    const result = await runScript('update', ['83693NED', ...standInArgs(server, data), '--allow-shrink', reason]);
    expect(result.stderr).not.toMatch(/^error/m);
    expect(result.code).toBe(0);
    expect(server.count('/83693NED/Observations')).toBe(3);

    const ids = await listDrops(data);
    expect(ids).toHaveLength(2);
    const newId = ids[1]!;
    expect(newId > committed).toBe(true);
    const after = await readDrop(data, newId);
    const fromTable = (rows: object[], source: string) => rows.filter((r) => 'source' in r && r.source === source);
    // The fetched table: consumer confidence, six months from the stand-in.
    expect(fromTable(after.rows['conjunctuur']!, 'cbs-odata-v4/83693NED').map((r) => ('period' in r ? r.period : ''))).toEqual([
      '2026MM01',
      '2026MM02',
      '2026MM03',
      '2026MM04',
      '2026MM05',
      '2026MM06',
    ]);
    expect(after.sources['cbs-odata-v4/83693NED']!.retrieved).toBe(newId.slice(0, 10));
    // Everything else carried over byte for byte.
    for (const dataset of ['faillissementen', 'vacatures', 'financiering', 'productiviteit', 'kerncijfers', 'economie']) {
      expect(readFileSync(join(data, newId, `${dataset}.csv`)).equals(readFileSync(join(data, committed, `${dataset}.csv`))), dataset).toBe(
        true,
      );
    }
    const otherLines = (id: string) =>
      readFileSync(join(data, id, 'conjunctuur.csv'), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('cbs-odata-v4/83693NED,'));
    expect(otherLines(newId)).toEqual(otherLines(committed));
    expect(readFileSync(join(data, newId, 'provenance', 'cbs-csv--80472NED.json'), 'utf8')).toBe(
      readFileSync(join(data, committed, 'provenance', 'cbs-csv--80472NED.json'), 'utf8'),
    );
    expect(after.manifest.sources).toEqual(JSON.parse(readFileSync(join(data, committed, 'drop.json'), 'utf8')).sources);
    // The allowed shrink is recorded in the new drop.json: which dataset, from how many rows to how many, and why.
    const lost = after.manifest.shrink?.datasets['conjunctuur'];
    expect(after.manifest.shrink).toMatchObject({ previous: committed, reason });
    expect(Object.keys(after.manifest.shrink?.datasets ?? {})).toEqual(['conjunctuur']);
    expect(lost).toMatchObject({
      previousRows: 1267,
      rows: after.manifest.datasets['conjunctuur']!.rows,
      sources: ['cbs-odata-v4/83693NED'],
    });
    expect(lost?.lost).toBe(`conjunctuur: 1.267 → ${lost?.rows} rijen; 1986MM04–2025MM12 verdwijnen`);
    expect(result.stdout).toContain(`allowed to shrink (--allow-shrink, recorded in drop.json): ${lost?.lost}`);

    expect(result.stdout).toMatch(/^\[1\/4\] fetch: 83693NED from http:\/\/127\.0\.0\.1/m);
    expect(result.stdout).toContain('83693NED: 12 observations in 5 entity sets');
    expect(result.stdout).toContain(`[2/4] import: the fetched sources, the rest carried over from drop ${committed}`);
    expect(result.stdout).toMatch(/conjunctuur: 7\d\d rows \(was 1267\)/);
    expect(result.stdout).toMatch(
      new RegExp(
        `changes from drop ${committed} to ${newId}: \\d+ new periods?, \\d+ revised values?, \\d+ status changes?, \\d+ removed rows`,
      ),
    );
    expect(result.stdout).toContain(`wrote ${join(data, newId)}/`);
    expect(result.stdout).toContain('[4/4] build: skipped (--skip-build)');
    expect(result.stdout).toContain(`done: drop ${newId}; review it with npm run diff -- ${committed} ${newId} --data ${data}`);
    expect(result.stderr).toContain('83693NED/Observations: page 3, 12 rows so far');
  });

  it('refuses a fetched table that would shrink a dataset, without --allow-shrink, and writes nothing', async () => {
    server = await startStandIn({ tables: { '83693NED': tableFixture('83693NED') } });
    const data = dataWithCommittedDrop();
    const result = await runScript('update', ['83693NED', ...standInArgs(server, data)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('update stopped at step 2/4 (import)');
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: \\S+/83693NED: compared with the latest drop ${committed}, the new drop would lose rows: conjunctuur: 1\\.267 → \\d{3} rijen; .*--allow-shrink "<reason>"`,
        'm',
      ),
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(entries(data)).toEqual([committed]);
  });

  it('brings the mkb split and all twelve provinces from 81589NED, 81588NED and 82522NED, each asked for with its filter', async () => {
    const tables = Object.fromEntries(['81589NED', '81588NED', '82522NED'].map((id) => [id, tableFixture(id)]));
    server = await startStandIn({ tables, pageSize: 50 });
    const data = dataWithCommittedDrop();
    const result = await runScript('update', [...Object.keys(tables), ...standInArgs(server, data)]);
    expect(result.stderr).not.toMatch(/^error/m);
    expect(result.code).toBe(0);
    for (const table of cbsTables.filter((t) => t.id in tables)) {
      const asked = server.requests.filter((r) => r.startsWith(`/odata/v1/CBS/${table.id}/Observations`));
      expect(asked.length, table.id).toBeGreaterThan(0);
      for (const request of asked) expect(new URL(request, 'http://x').searchParams.get('$filter'), table.id).toBe(table.filter);
    }
    const ids = await listDrops(data);
    const after = await readDrop(data, ids.at(-1)!);
    const rows = (dataset: DatasetName, source: string): readonly DropRow[] =>
      (after.rows[dataset] ?? []).filter((r: DropRow) => r.source === `cbs-odata-v4/${source}`);
    // The mkb (0–250) nationally and per sector; CBS's SBI letters as categories, as from the StatLine export.
    expect(
      rows('bedrijven', '81588NED')
        .filter((r) => r['series'] === '0-250')
        .map((r) => r['period']),
    ).toEqual(['2026KW03', '2026KW04']);
    expect(rows('bedrijven', '81589NED').filter((r) => r['series'] === '100+')).toHaveLength(2);
    expect([...new Set(rows('bedrijven-bedrijfstak', '81588NED').map((r) => r['category']))].sort()).toEqual(['A-U', 'C', 'G']);
    // Every province, none of them missing, with the codes the third-party file's rows have.
    const provinces = rows('faillissementen-provincie', '82522NED');
    expect(new Set(provinces.map((r) => r['category'])).size).toBe(12);
    expect(provinces.every((r) => r['symbol'] === null)).toBe(true);
    expect(result.stdout).toMatch(/^ {2}faillissementen-provincie: 144 rows$/m);
  });

  it('stops at the failing step, names it, and leaves data/ as it was', async () => {
    server = await startStandIn({
      tables: { '83693NED': tableFixture('83693NED') },
      faults: [{ path: '/83693NED/Observations', kind: 'status-503' }],
    });
    const data = dataWithCommittedDrop();
    const result = await runScript('update', ['83693NED', ...standInArgs(server, data)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('update stopped at step 1/4 (fetch)');
    expect(result.stderr).toMatch(/^error: 83693NED\/Observations .*HTTP 503 Service Unavailable; gave up after 4 tries/m);
    expect(server.count('/83693NED/Observations')).toBe(4);
    expect(entries(data)).toEqual([committed]);
  });
});
