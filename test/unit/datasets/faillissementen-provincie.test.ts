import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceOf } from '../../../scripts/datasets/province.ts';
import { buildDrop } from '../../../scripts/import/run-import.ts';
import { provinces } from '../../../src/schemas/faillissementen-provincie.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = join(root, 'test/fixtures/maintainer/cbs/82522NED'); // synthetic, OData v4 shaped
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faillissementen-provincie-'));
  temps.push(dir);
  return dir;
}

/** A copy of the fixture with its observations changed. */
function variant(change: (rows: Record<string, unknown>[]) => Record<string, unknown>[]): string {
  const dir = join(temp(), '82522NED');
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'Observations.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { value: Record<string, unknown>[] };
  writeFileSync(file, JSON.stringify({ ...json, value: change(json.value) }));
  return dir;
}

async function rowsOf(path: string) {
  const drop = await buildDrop({ paths: [path], dataDir: temp(), dropId: '2026-12-07' });
  return { rows: drop.rows['faillissementen-provincie'] as Record<string, unknown>[], notes: Object.values(drop.sources)[0]!.notes };
}

describe('provinceOf: CBS code or label, with or without (PV), old name or new', () => {
  it.each([
    ['PV21', '', 'PV21'],
    ['PV21  ', '', 'PV21'],
    ['', 'Fryslân (PV)', 'PV21'],
    ['', 'Friesland', 'PV21'],
    ['', 'Noord-Brabant', 'PV30'],
    ['', ' utrecht (PV) ', 'PV26'],
    ['NL01', 'Nederland', undefined],
    ['', 'Noord-Nederland (LD)', undefined],
  ])('(%j, %j) → %s', (code, label, expected) => {
    expect(provinceOf(code, label)?.code).toBe(expected);
  });
});

describe('faillissementen-provincie from an OData v4 capture (synthetic fixture)', () => {
  it('keeps the twelve provinces under their PV codes and CBS names, three debtor types by label, no national total', async () => {
    const { rows, notes } = await rowsOf(fixture);
    expect(rows).toHaveLength(12 * 3 * 4);
    expect([...new Set(rows.map((r) => r['category']))].sort()).toEqual(provinces.map((p) => p.code));
    expect(rows.find((r) => r['category'] === 'PV21')?.['category_label']).toBe('Fryslân');
    expect([...new Set(rows.map((r) => r['series']))].sort()).toEqual([
      'bedrijven-instellingen',
      'bedrijven-instellingen-eenmanszaken',
      'eenmanszaken',
    ]);
    expect(rows.every((r) => r['symbol'] === null)).toBe(true);
    expect(rows.find((r) => r['period'] === '2026MM09')?.['status']).toBe('voorlopig');
    expect(notes).toEqual([]);
  });

  it('gives a province the source lacks "ontbreekt" cells (never 0) and says so in the provenance', async () => {
    const { rows, notes } = await rowsOf(variant((value) => value.filter((o) => o['RegioS'] !== 'PV23' && o['RegioS'] !== 'PV26')));
    expect(rows).toHaveLength(12 * 3 * 4);
    const utrecht = rows.filter((r) => r['category'] === 'PV26');
    expect(utrecht).toHaveLength(3 * 4);
    for (const row of utrecht) expect(row).toMatchObject({ category_label: 'Utrecht', value: null, symbol: 'ontbreekt' });
    expect(notes).toEqual([
      'provincies: 10 van de 12; Overijssel (PV23) en Utrecht (PV26) ontbreken in deze bron (als ontbreekt in de dataset, nooit als 0)',
    ]);
  });

  it('refuses a total that is not the sum of the two debtor types, naming the observation', async () => {
    const path = variant((value) =>
      value.map((o) =>
        o['RegioS'] === 'PV25' && o['Perioden'] === '2026MM08' && o['TypeGefailleerde'] === 'S900001' ? { ...o, Value: 1 } : o,
      ),
    );
    await expect(rowsOf(path)).rejects.toThrow(
      /82522NED\/Observations\.json, \$\.value\[\d+\], column value: Gelderland 2026MM08: Bedrijven, instellingen en eenmanszaken is not the sum of the other two types \(bedrijven-instellingen \d+, eenmanszaken \d+\): "1"; expected \d+ \(the table defines it as their sum\)/,
    );
  });

  it('notes a quarter that is not the sum of its months, as in CBS figures now and then', async () => {
    const path = variant((value) =>
      value.map((o) =>
        o['RegioS'] === 'PV20' && o['Perioden'] === '2026MM07' && o['TypeGefailleerde'] !== 'A028820'
          ? { ...o, Value: Number(o['Value']) + 1 }
          : o,
      ),
    );
    const { notes } = await rowsOf(path);
    expect(notes).toEqual([
      'optelling wijkt af: bedrijven-instellingen-eenmanszaken PV20 2026KW03 is 60, de maanden (2026MM07…2026MM09) tellen op tot 61',
      'optelling wijkt af: bedrijven-instellingen PV20 2026KW03 is 45, de maanden (2026MM07…2026MM09) tellen op tot 46',
    ]);
  });
});
