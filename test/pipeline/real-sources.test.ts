import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets } from '../../scripts/datasets/index.ts';
import { buildDrop } from '../../scripts/import/run-import.ts';
import { writeDrop } from '../../scripts/lib/drop.ts';
import {
  committedDrop,
  committedDropId,
  hashTree,
  leftovers,
  type RunResult,
  readCsv,
  removeTemps,
  runInProcess,
  spawnCliAsync,
  tempDir,
} from './helpers.ts';

/**
 * The whole pipeline on the real raw drops in ../shared/sources: one import of everything (in-process,
 * through buildDrop + writeDrop) and, at the same time, a second one through the real CLI; then real
 * values, the committed drop, determinism, `npm run data` and a partial re-import.
 */
const sources = resolve(process.cwd(), '../shared/sources');
const odata82242 = join(sources, 'cbs-odata-v4', '82242NED');

type Csv = Record<string, string>[];

describe.skipIf(!existsSync(sources))('import of every real source in ../shared/sources', () => {
  let dataDir: string; // in-process import
  let cliDataDir: string; // CLI import of the same sources
  let cli: RunResult;
  let manifestId: string;
  let drop: string;
  const csv: Record<string, Csv> = {};

  beforeAll(async () => {
    dataDir = tempDir('real');
    cliDataDir = tempDir('real-cli');
    const second = spawnCliAsync('import', [sources, '--data', cliDataDir]);
    const built = await buildDrop({ paths: [sources], dataDir });
    await writeDrop(dataDir, built);
    manifestId = built.manifest.id;
    drop = join(dataDir, manifestId);
    for (const dataset of datasets) csv[dataset.name] = readCsv(join(drop, `${dataset.name}.csv`));
    cli = await second;
  });
  afterAll(removeTemps);

  const num = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

  describe('faillissementen (82242NED)', () => {
    const find = (category: string, period: string) =>
      csv['faillissementen']!.filter((r) => r['category'] === category && r['period'] === period);

    it.each([
      ['A047597', 'Bedrijven en instellingen', 2871],
      ['A028820', 'Natuurlijke personen met eenmanszaak', 401],
    ])('2023JJ00 %s (%s) = %i', (category, label, value) => {
      const rows = find(category, '2023JJ00');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        source: 'cbs-odata-v4/82242NED',
        series: 'faillissementen',
        category_label: label,
        value: String(value),
        symbol: '',
      });
    });

    it('every category: every year with four quarters equals the sum of its quarters', () => {
      const values = new Map(csv['faillissementen']!.map((r) => [`${r['category']}|${r['period']}`, num(r['value'])]));
      const categories = [...new Set(csv['faillissementen']!.map((r) => r['category']!))];
      expect(categories.sort()).toEqual(['A028820', 'A041718', 'A047597', 'T001243']);
      let checked = 0;
      for (const row of csv['faillissementen']!) {
        const year = /^(\d{4})JJ00$/.exec(row['period']!)?.[1];
        if (!year) continue;
        const quarters = [1, 2, 3, 4].map((q) => values.get(`${row['category']}|${year}KW0${q}`));
        if (quarters.some((q) => q === undefined || q === null)) continue;
        expect(num(row['value']), `${row['category']} ${row['period']}`).toBe(quarters.reduce((a, b) => a! + b!, 0));
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(4 * 40); // 1981–2025 for four categories, some years without quarters
    });

    it('2026MM05 is voorlopig', () => {
      const rows = csv['faillissementen']!.filter((r) => r['period'] === '2026MM05');
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row['status']).toBe('voorlopig');
    });
  });

  describe('vacatures (80472NED)', () => {
    const find = (period: string) =>
      csv['vacatures']!.filter((r) => r['series'] === 'OpenstaandeVacatures_1' && r['category'] === 'T001081' && r['period'] === period);

    it('OpenstaandeVacatures_1, T001081, 2023KW02 = 441.2', () => {
      expect(find('2023KW02')).toEqual([expect.objectContaining({ source: 'cbs-csv/80472NED', value: '441.2', symbol: '' })]);
    });

    it('1997JJ00 has symbol ontbreekt and an empty value', () => {
      expect(find('1997JJ00')).toEqual([expect.objectContaining({ value: '', symbol: 'ontbreekt' })]);
    });
  });

  describe('conjunctuur', () => {
    it('holds the eight barometer series', () => {
      expect([...new Set(csv['conjunctuur']!.map((r) => r['series']))].sort()).toEqual([
        'bbp',
        'consumentenvertrouwen',
        'consumptie-huishoudens',
        'duurzame-goederen',
        'faillissementen',
        'omzet',
        'ondernemersvertrouwen',
        'vacatures',
      ]);
    });

    it('vacatures 2023KW02 = 0–10 plus 10–100 of 80472NED', () => {
      const part = (category: string) =>
        csv['vacatures']!.filter(
          (r) => r['series'] === 'OpenstaandeVacatures_1' && r['category'] === category && r['period'] === '2023KW02',
        );
      const [small, medium] = [part('WP19074'), part('WP19091')];
      expect(small).toHaveLength(1);
      expect(medium).toHaveLength(1);
      expect(small[0]!['category_label']).toMatch(/^Bedrijfsgrootte: 0 tot 10 werkzame/);
      expect(medium[0]!['category_label']).toMatch(/^Bedrijfsgrootte: 10 tot 100 werkzame/);
      const rows = csv['conjunctuur']!.filter((r) => r['series'] === 'vacatures' && r['period'] === '2023KW02');
      expect(rows).toHaveLength(1);
      expect(rows[0]!['source']).toBe('cbs-csv/80472NED');
      expect(num(rows[0]!['value'])).toBeCloseTo(num(small[0]!['value'])! + num(medium[0]!['value'])!, 9);
    });
  });

  it('financiering: Financieringsmonitor 4.1 Mkb 2025JL00 = 15, margin 13.2 to 16.8', () => {
    const rows = csv['financiering']!.filter(
      (r) =>
        r['source'] === 'tidy-csv/financieringsmonitor-by-size-class' &&
        r['series'] === 'FM2025-4.1' &&
        r['category_label'] === 'Mkb' &&
        r['period'] === '2025JL00',
    );
    expect(rows).toEqual([expect.objectContaining({ value: '15', lower: '13.2', upper: '16.8', unit: '%' })]);
  });

  it('kerncijfers: 210 rows, each with a source_url', () => {
    expect(csv['kerncijfers']).toHaveLength(210);
    for (const row of csv['kerncijfers']!) expect(row['source_url'], JSON.stringify(row)).toMatch(/^https?:\/\/\S+$/);
  });

  it(`is byte-identical to the committed drop data/${committedDropId}/`, () => {
    expect(manifestId).toBe(committedDropId); // the default id is the latest retrieval date
    expect(readdirSync(dataDir)).toEqual([committedDropId]);
    expect(hashTree(drop)).toEqual(hashTree(committedDrop));
  });

  it('a second import (the real CLI) writes byte-identical files', () => {
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`wrote drop ${committedDropId} to `));
    expect(readdirSync(cliDataDir)).toEqual([committedDropId]);
    expect(hashTree(join(cliDataDir, committedDropId))).toEqual(hashTree(drop));
    expect(leftovers(cliDataDir)).toEqual([]);
  });

  it('npm run data on it writes JSON whose meta names the drop and the latest period', async () => {
    const out = join(tempDir('real-out'), 'generated');
    const result = await spawnCliAsync('build-data', ['--data', dataDir, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'faillissementen.meta.json'), 'utf8')) as Record<string, unknown>;
    expect(meta).toMatchObject({ dataset: 'faillissementen', drop: committedDropId, latestPeriod: '2026MM05', rows: 3084 });
    for (const dataset of datasets) {
      const other = JSON.parse(readFileSync(join(out, `${dataset.name}.meta.json`), 'utf8')) as Record<string, unknown>;
      expect(other['drop']).toBe(committedDropId);
      expect(other['rows']).toBe(csv[dataset.name]!.length);
    }
    expect(JSON.parse(readFileSync(join(out, 'drops.json'), 'utf8'))).toEqual({ current: committedDropId, drops: [committedDropId] });
  });

  it('a partial re-import (82242NED only, --drop 2026-07-18) carries every other row over unchanged', async () => {
    const partialData = join(tempDir('partial'), 'data');
    cpSync(drop, join(partialData, committedDropId), { recursive: true });
    const before = hashTree(partialData);
    const result = await runInProcess('import', [odata82242, '--drop', '2026-07-18', '--data', partialData]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(partialData).sort()).toEqual([committedDropId, '2026-07-18']);
    // The previous drop is untouched.
    expect(Object.fromEntries(Object.entries(hashTree(partialData)).filter(([k]) => k.startsWith(`${committedDropId}/`)))).toEqual(before);
    const next = join(partialData, '2026-07-18');
    for (const dataset of datasets) {
      const rows = readCsv(join(next, `${dataset.name}.csv`));
      const other = (list: Csv) => list.filter((r) => r['source'] !== 'cbs-odata-v4/82242NED');
      expect(other(rows), dataset.name).toEqual(other(csv[dataset.name]!));
      // 82242NED was read again from the same raw files, so its rows are the same too.
      expect(readFileSync(join(next, `${dataset.name}.csv`), 'utf8'), dataset.name).toBe(
        readFileSync(join(drop, `${dataset.name}.csv`), 'utf8'),
      );
    }
    const manifest = JSON.parse(readFileSync(join(next, 'drop.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({ ...(JSON.parse(readFileSync(join(drop, 'drop.json'), 'utf8')) as object), id: '2026-07-18' });
    expect(hashTree(join(next, 'provenance'))).toEqual(hashTree(join(drop, 'provenance')));
    expect(leftovers(partialData)).toEqual([]);
  });
});
