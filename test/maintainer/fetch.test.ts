import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cbsTables } from '../../scripts/config/sources.ts';
import { resolveBase } from '../../scripts/fetch/base.ts';
import { fetchCbsTable } from '../../scripts/fetch/fetch-cbs-table.ts';
import { fetchSources } from '../../scripts/fetch/fetch-sources.ts';
import { cbsOdataV4Adapter } from '../../scripts/import/cbs-odata-v4.ts';
import { buildDrop } from '../../scripts/import/run-import.ts';
import { describeReal } from '../helpers/real-sources.ts';
import { entries, fixtures, quick, removeTemps, runScript, sharedOdata, tableFixture, tempDir } from './helpers.ts';
import { type StandIn, type StandInOptions, startStandIn } from './stand-in-api.ts';

let server: StandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemps);

async function standIn(options: Partial<StandInOptions> = {}): Promise<StandIn> {
  server = await startStandIn({ tables: { '83693NED': tableFixture('83693NED'), '99901NED': tableFixture('99901NED') }, ...options });
  return server;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

async function rowsOf(dir: string) {
  const rows: unknown[] = [];
  await (await cbsOdataV4Adapter.open(dir)).rows((row) => void rows.push(row));
  return rows;
}

describe('npm run fetch against a stand-in CBS API', () => {
  it('follows @odata.nextLink over three pages and writes a folder the importer reads', async () => {
    const api = await standIn({ pageSize: 2 });
    const out = tempDir('paged');
    const log: string[] = [];
    const before = Date.now();
    const [fetched] = await fetchSources({ sources: ['99901NED'], base: api.base, out, policy: quick, log: (l) => log.push(l) });

    expect(api.count('/99901NED/Observations')).toBe(3);
    expect(fetched).toMatchObject({
      kind: 'cbs',
      id: '99901NED',
      observations: 6,
      entitySets: ['Properties', 'Dimensions', 'MeasureCodes', 'BedrijfsgrootteCodes', 'PeriodenCodes', 'Observations'],
    });
    expect(entries(out)).toEqual(['99901NED']);
    const dir = join(out, '99901NED');
    expect(entries(dir)).toEqual([
      'BedrijfsgrootteCodes.json',
      'Dimensions.json',
      'MeasureCodes.json',
      'Observations.json',
      'PeriodenCodes.json',
      'Properties.json',
      '_capture.json',
    ]);
    const observations = readJson(join(dir, 'Observations.json'));
    expect(observations.value.map((o: { Id: number }) => o.Id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(observations).not.toHaveProperty('@odata.nextLink');
    const capture = readJson(join(dir, '_capture.json'));
    expect(Object.keys(capture)).toEqual(['table', 'capturedAt', 'source', 'filter', 'observationRows']);
    expect(capture).toMatchObject({ table: '99901NED', source: `${api.base}/99901NED`, filter: null, observationRows: 6 });
    expect(Date.parse(capture.capturedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(log).toContain('99901NED/Observations: page 3, 6 rows so far');
    expect(await rowsOf(dir)).toEqual(await rowsOf(tableFixture('99901NED')));
  });

  it('sends the $filter with Observations only, and records it in _capture.json', async () => {
    const api = await standIn({ pageSize: 4 });
    const dir = tempDir('filter');
    const filter = "Perioden ge '2025KW02'";
    await fetchCbsTable({ base: resolveBase(api.base, api.base), table: '99901NED', filter, dir, policy: quick, log: () => {} });
    const withQuery = api.requests.filter((r) => r.includes('?'));
    expect(withQuery.map((r) => r.split('?')[0])).toEqual(['/odata/v1/CBS/99901NED/Observations', '/odata/v1/CBS/99901NED/Observations']);
    for (const request of withQuery) expect(new URL(request, 'http://x').searchParams.get('$filter')).toBe(filter);
    expect(readJson(join(dir, '_capture.json')).filter).toBe(filter);
    // 83693NED is configured without a filter.
    expect(cbsTables.find((t) => t.id === '83693NED')?.filter).toBeNull();
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    const api = await standIn({
      pageSize: 5,
      faults: [
        { path: '/83693NED/Observations', page: 2, kind: 'status-503', times: 1 },
        { path: '/83693NED/Properties', kind: 'status-503', times: 2 },
      ],
    });
    const out = tempDir('retry');
    const log: string[] = [];
    const [fetched] = await fetchSources({ sources: ['83693NED'], base: api.base, out, policy: quick, log: (l) => log.push(l) });
    expect(fetched?.observations).toBe(12);
    expect(api.count('/83693NED/Properties')).toBe(3); // 503, 503, 200
    expect(api.count('/83693NED/Observations')).toBe(4); // page 1, page 2 (503), page 2, page 3
    expect(log.filter((l) => l.includes('HTTP 503'))).toHaveLength(3);
    expect(readJson(join(out, '83693NED', 'Observations.json')).value).toHaveLength(12);
  });

  it('gives up on a server that never answers, after 4 tries, and writes nothing', async () => {
    const api = await standIn({ faults: [{ path: '/83693NED/PeriodenCodes', kind: 'hang' }] });
    const out = join(tempDir('timeout'), 'raw');
    const started = performance.now();
    const run = fetchSources({ sources: ['83693NED'], base: api.base, out, policy: { timeoutMs: 150, attempts: 4, backoffMs: 5 } });
    await expect(run).rejects.toThrow(/83693NED\/PeriodenCodes .*no complete answer within 0\.15 s; gave up after 4 tries/);
    expect(api.count('/83693NED/PeriodenCodes')).toBe(4);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(entries(out)).toEqual([]);
  });

  it('refuses a truncated body, naming table and entity set; the earlier fetch in --out stays', async () => {
    const api = await standIn({ pageSize: 5, faults: [{ path: '/83693NED/Observations', page: 2, kind: 'truncate' }] });
    const out = tempDir('truncated');
    mkdirSync(join(out, '83693NED'));
    writeFileSync(join(out, '83693NED', 'Observations.json'), '{"value": []}\n');
    const run = fetchSources({ sources: ['99901NED', '83693NED'], base: api.base, out, policy: quick });
    await expect(run).rejects.toThrow(
      /^83693NED\/Observations page 2 \(http:\/\/127\.0\.0\.1:\d+\/.*\): the response ends too early, after \d+ bytes \(truncated\)/,
    );
    expect(api.count('/83693NED/Observations')).toBe(2); // a malformed answer is not retried
    expect(entries(out)).toEqual(['83693NED']); // no 99901NED, no .tmp-fetch-*
    expect(entries(join(out, '83693NED'))).toEqual(['Observations.json']);
    expect(readFileSync(join(out, '83693NED', 'Observations.json'), 'utf8')).toBe('{"value": []}\n');
  });

  it('retries a connection dropped mid-body, then refuses it clearly', async () => {
    const api = await standIn({ faults: [{ path: '/83693NED/MeasureCodes', kind: 'cut' }] });
    const out = join(tempDir('cut'), 'raw');
    await expect(fetchSources({ sources: ['83693NED'], base: api.base, out, policy: quick })).rejects.toThrow(
      /83693NED\/MeasureCodes .*network error.*gave up after 4 tries/,
    );
    expect(api.count('/83693NED/MeasureCodes')).toBe(4);
    expect(entries(out)).toEqual([]);
  });

  it('refuses an HTML page where JSON was expected, and a table the API does not have', async () => {
    const api = await standIn({ faults: [{ path: '/83693NED/Dimensions', kind: 'html' }] });
    await expect(fetchSources({ sources: ['83693NED'], base: api.base, out: tempDir('html'), policy: quick })).rejects.toThrow(
      /83693NED\/Dimensions .*not valid JSON at character 1: "<html>/,
    );
    await expect(fetchSources({ sources: ['12345NED'], base: api.base, out: tempDir('404'), policy: quick })).rejects.toThrow(
      /12345NED\/Properties .*HTTP 404/,
    );
    expect(api.count('/12345NED/Properties')).toBe(1); // a 4xx is not retried
  });

  it("downloads DNB's export from the mirror under the dated name the importer knows", async () => {
    const csv = join(fixtures, 'dnb', 'kernindicatoren-monetaire-statistieken-maand.csv');
    const api = await standIn({ files: { 'kernindicatoren-monetaire-statistieken-maand.csv': csv } });
    const out = tempDir('dnb');
    const [fetched] = await fetchSources({ sources: ['dnb'], base: api.base, out, policy: quick });
    const name = `kernindicatoren-monetaire-statistieken-maand_${new Date().toISOString().slice(0, 10)}.csv`;
    expect(fetched).toMatchObject({ kind: 'dnb', id: 'dnb', file: name, observations: 5 });
    expect(entries(join(out, 'dnb'))).toEqual([name]);
    expect(readFileSync(join(out, 'dnb', name))).toEqual(readFileSync(csv));
    // Without --base the configured URL is used, and it is a placeholder: refused before any request.
    await expect(fetchSources({ sources: ['dnb'], out: tempDir('dnb-live'), policy: quick })).rejects.toThrow(
      /DNB download URL is a placeholder/,
    );
  });

  it('runs as `npm run fetch`: progress on stderr, a summary on stdout, exit 1 and one line on failure', async () => {
    const api = await standIn({ pageSize: 5 });
    const out = tempDir('cli');
    const ok = await runScript('fetch', ['83693NED', '--base', api.base, '--out', out, '--timeout', '2', '--retry-delay', '0.01']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('83693NED/Observations: page 3, 12 rows so far');
    expect(ok.stdout).toMatch(/83693NED: 5 entity sets, 12 observations → .*83693NED\//);
    expect(entries(join(out, '83693NED'))).toHaveLength(6);

    await api.close();
    server = await standIn({ faults: [{ path: '/99901NED/Observations', kind: 'truncate' }] });
    const bad = await runScript('fetch', ['99901NED', '--base', server.base, '--out', join(out, 'bad')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n').at(-1)).toMatch(/^error: 99901NED\/Observations \(.*\): the response ends too early/);
    expect(entries(join(out, 'bad'))).toEqual([]);
  });
});

describeReal('npm run fetch from a mirror folder (../shared/sources/cbs-odata-v4)', () => {
  it('copies 83693NED entity set by entity set, and the copy imports to the same rows', async () => {
    const out = tempDir('mirror');
    const [fetched] = await fetchSources({ sources: ['83693NED'], base: sharedOdata, out, policy: quick });
    expect(fetched?.observations).toBe(JSON.parse(readFileSync(join(sharedOdata, '83693NED', '_capture.json'), 'utf8')).observationRows);
    const dir = join(out, '83693NED');
    for (const name of ['Properties', 'Dimensions', 'MeasureCodes', 'PeriodenCodes', 'Observations']) {
      expect(readFileSync(join(dir, `${name}.json`)).equals(readFileSync(join(sharedOdata, '83693NED', `${name}.json`))), name).toBe(true);
    }
    const fromMirror = await buildDrop({ paths: [dir], dataDir: tempDir('empty-a'), dropId: '2026-01-01' });
    const fromShared = await buildDrop({ paths: [join(sharedOdata, '83693NED')], dataDir: tempDir('empty-b'), dropId: '2026-01-01' });
    expect(fromMirror.rows['conjunctuur']!.length).toBeGreaterThan(400);
    expect(fromMirror.rows).toEqual(fromShared.rows);
  });

  it('lists each configured table with the $filter its capture used; the tables with no capture yet are the new ones', () => {
    const captured = cbsTables.filter((table) => existsSync(join(sharedOdata, table.id, '_capture.json')));
    for (const table of captured) {
      const capture = JSON.parse(readFileSync(join(sharedOdata, table.id, '_capture.json'), 'utf8'));
      expect(table.filter, table.id).toBe(capture.filter);
    }
    expect(cbsTables.filter((table) => !captured.includes(table)).map((t) => t.id)).toEqual(['81589NED', '81588NED', '82522NED']);
  });
});
