import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDrops, type DropDiff } from '../../scripts/diff/compare-drops.ts';
import { formatDiff } from '../../scripts/diff/format-diff.ts';
import { type Drop, readDrop, type SourceRecord, writeDrop } from '../../scripts/lib/drop.ts';
import type { Observation } from '../../src/schemas/observation.ts';
import { removeTemps, runScript, tempDir } from './helpers.ts';

function source(id: string, retrieved: string): SourceRecord {
  const [format, tableId] = id.split('/') as ['cbs-odata-v4', string];
  return {
    id,
    publisher: 'CBS',
    tableId,
    title: tableId,
    modified: null,
    licence: 'CC BY 4.0',
    retrieved,
    format,
    url: null,
    // A stand-in hash per retrieval: another retrieval, other bytes.
    files: [{ name: 'Observations.json', bytes: 1, sha256: createHash('sha256').update(retrieved).digest('hex') }],
    notes: [],
  };
}

const confidence = (period: string, value: number, status: Observation['status']): Observation => ({
  source: 'cbs-odata-v4/83693NED',
  series: 'consumentenvertrouwen',
  series_label: 'Consumentenvertrouwen',
  category: '',
  category_label: '',
  period,
  value,
  symbol: null,
  status,
  unit: 'saldo',
});
const gdp = (period: string, value: number, status: Observation['status']): Observation => ({
  source: 'cbs-odata-v4/85880NED',
  series: 'bbp',
  series_label: 'Bbp',
  category: '',
  category_label: '',
  period,
  value,
  symbol: null,
  status,
  unit: 'mln euro',
});
const bankruptcies = (period: string, value: number): Observation => ({
  source: 'cbs-odata-v4/82242NED',
  series: 'faillissementen',
  series_label: 'Faillissementen',
  category: 'T001243',
  category_label: 'Totaal',
  period,
  value,
  symbol: null,
  status: 'definitief',
  unit: 'aantal',
});

function drop(id: string, retrieved: string, rows: { conjunctuur: Observation[]; faillissementen: Observation[] }): Drop {
  const ids = ['cbs-odata-v4/82242NED', 'cbs-odata-v4/83693NED', 'cbs-odata-v4/85880NED'];
  return {
    manifest: {
      id,
      datasets: {
        faillissementen: { rows: rows.faillissementen.length, sources: ['cbs-odata-v4/82242NED'] },
        conjunctuur: { rows: rows.conjunctuur.length, sources: ['cbs-odata-v4/83693NED', 'cbs-odata-v4/85880NED'] },
      },
      sources: ids,
    },
    rows,
    // 82242NED is carried over unchanged; the other two were fetched again.
    sources: Object.fromEntries(ids.map((s) => [s, source(s, s.endsWith('82242NED') ? '2026-07-02' : retrieved)])),
  };
}

const oldRows = {
  conjunctuur: [
    confidence('2026MM01', -35, 'definitief'),
    confidence('2026MM02', -34, 'voorlopig'),
    confidence('2026MM03', -36, 'voorlopig'),
    gdp('2025KW03', 200_000, 'definitief'),
    gdp('2025KW04', 201_000, 'voorlopig'),
  ],
  faillissementen: [bankruptcies('2026MM01', 301), bankruptcies('2026MM02', 287)],
};
const newRows = {
  conjunctuur: [
    confidence('2026MM01', -35, 'definitief'),
    confidence('2026MM02', -33, 'voorlopig'), // revised
    confidence('2026MM03', -36, 'definitief'), // status change
    gdp('2025KW03', 200_000, 'definitief'),
    gdp('2025KW04', 201_000, 'voorlopig'),
    gdp('2026KW01', 202_500, 'voorlopig'), // new quarter
  ],
  faillissementen: oldRows.faillissementen,
};

let data: string;
let diff: DropDiff;
beforeAll(async () => {
  data = join(tempDir('diff'), 'data');
  await writeDrop(data, drop('2026-08-01', '2026-08-01', oldRows));
  await writeDrop(data, drop('2026-09-01', '2026-09-01', newRows));
  diff = compareDrops(await readDrop(data, '2026-08-01'), await readDrop(data, '2026-09-01'));
});
afterAll(removeTemps);

describe('compareDrops', () => {
  it('lists exactly the revised value, the new quarter and the status change', () => {
    expect(diff.counts).toEqual({ added: 1, revised: 1, status: 1, removed: 0 });
    const conjunctuur = diff.datasets.find((d) => d.name === 'conjunctuur')!;
    expect(conjunctuur.rows).toEqual({ old: 5, new: 6 });
    expect(conjunctuur.series).toEqual([
      {
        source: 'cbs-odata-v4/83693NED',
        topic: '',
        series: 'consumentenvertrouwen',
        category: '',
        label: 'Consumentenvertrouwen',
        added: [],
        revised: [{ period: '2026MM02', old: { value: -34, symbol: null }, new: { value: -33, symbol: null } }],
        status: [{ period: '2026MM03', old: 'voorlopig', new: 'definitief' }],
        removed: [],
      },
      {
        source: 'cbs-odata-v4/85880NED',
        topic: '',
        series: 'bbp',
        category: '',
        label: 'Bbp',
        added: [{ period: '2026KW01', value: 202_500, symbol: null, status: 'voorlopig' }],
        revised: [],
        status: [],
        removed: [],
      },
    ]);
    const others = diff.datasets.filter((d) => d.name !== 'conjunctuur');
    expect(others.every((d) => d.series.length === 0)).toBe(true);
    expect(diff.sources.map((s) => s.id)).toEqual(['cbs-odata-v4/83693NED', 'cbs-odata-v4/85880NED']);
  });

  it('reports removed rows, and nothing at all for a drop compared with itself', async () => {
    const back = compareDrops(await readDrop(data, '2026-09-01'), await readDrop(data, '2026-08-01'));
    expect(back.counts).toEqual({ added: 0, revised: 1, status: 1, removed: 1 });
    expect(back.datasets.find((d) => d.name === 'conjunctuur')!.series[1]!.removed).toEqual([
      { period: '2026KW01', value: 202_500, symbol: null, status: 'voorlopig' },
    ]);
    const same = await readDrop(data, '2026-09-01');
    expect(compareDrops(same, same).counts).toEqual({ added: 0, revised: 0, status: 0, removed: 0 });
  });

  it('compares numbers as the drop writes them (no float noise from an in-memory drop)', async () => {
    const stored = drop('2026-08-01', '2026-08-01', { conjunctuur: [gdp('2025KW01', 0.3, 'definitief')], faillissementen: [] });
    const inMemory = drop('2026-09-01', '2026-08-01', { conjunctuur: [gdp('2025KW01', 0.1 + 0.2, 'definitief')], faillissementen: [] });
    expect(compareDrops(stored, inMemory).counts.revised).toBe(0);
  });

  it('summarises in readable lines', () => {
    const text = formatDiff(diff).join('\n');
    expect(text).toContain('changes from drop 2026-08-01 to 2026-09-01: 1 new period, 1 revised value, 1 status change, 0 removed rows');
    expect(text).toContain('revised: 2026MM02 -34 → -33');
    expect(text).toContain('status: 2026MM03 voorlopig → definitief');
    expect(text).toContain('new: 2026KW01 = 202500 (voorlopig)');
    expect(text).toMatch(/conjunctuur \(5 → 6 rows\): 1 new period/);
    expect(text).toMatch(/unchanged: .*faillissementen \(2 rows\)/);
  });
});

describe('npm run diff', () => {
  it('prints the summary and writes the report compareDrops gives (the same in every process)', async () => {
    const json = join(tempDir('report'), 'diff.json');
    const first = await runScript('diff', ['2026-08-01', '2026-09-01', '--data', data, '--json', json]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 new period, 1 revised value, 1 status change, 0 removed rows');
    const report = readFileSync(json, 'utf8');
    expect(report).toBe(`${JSON.stringify(diff, null, 2)}\n`);
  });

  it('refuses a drop that does not exist, in one line', async () => {
    // A drop may also be named by its folder.
    const result = await runScript('diff', [join(data, '2026-08-01'), '2030-01-01', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*2030-01-01.*drop\.json: .*missing/m);
  });
});
