import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cbsStatlineExportAdapter } from '../../../scripts/import/cbs-statline-export.ts';
import { fingerprint } from '../../../scripts/lib/sha256.ts';
import { describeReal, matchingRows, sharedSources } from '../../helpers/real-sources.ts';
import { readTable } from './read-table.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/cbs-statline-export');
const fixture = join(fixtures, '99003NED', 'Testtabel__bedrijven_01042026_120000.csv');
const text = readFileSync(fixture, 'utf8');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Writes a variant of the fixture as <temp>/<folder>/<name>: the folder names the table. */
function variant(content: string | Buffer, name = basename(fixture), folder = '99003NED'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cbs-statline-export-')), folder);
  temps.push(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const Sbi = 'Bedrijfstakken/branches SBI 2008';
const One = 'Bedrijfsgrootte/1 werkzaam persoon';
const Mkb = 'Bedrijfsgrootte/0 tot 250 werkzame personen';
const header = `"${Sbi}";"Perioden";"${One} (aantal)";"${Mkb} (aantal)";"Omzet (mln euro)"`;

describe('cbs-statline-export adapter on the synthetic fixture', () => {
  it.each([
    [0, 2, { measure: One, dims: { [Sbi]: 'A-U Alle economische activiteiten' }, period: '2025JJ00', value: 1650000, status: 'onbekend' }],
    [
      2,
      2,
      { measure: 'Omzet', dims: { [Sbi]: 'A-U Alle economische activiteiten' }, period: '2025JJ00', value: 1234.5, status: 'onbekend' },
    ],
    [3, 3, { measure: One, dims: { [Sbi]: 'A-U Alle economische activiteiten' }, period: '2026KW01', value: 1700000, status: 'voorlopig' }],
    [
      5,
      3,
      {
        measure: 'Omzet',
        dims: { [Sbi]: 'A-U Alle economische activiteiten' },
        period: '2026KW01',
        value: null,
        symbol: 'ontbreekt',
        status: 'voorlopig',
      },
    ],
    [
      8,
      4,
      {
        measure: 'Omzet',
        dims: { [Sbi]: '<script>alert(1)</script>' },
        period: '2026KW01',
        value: null,
        symbol: 'vervalt',
        status: 'voorlopig',
      },
    ],
    [9, 5, { measure: One, dims: { [Sbi]: '=SUM(A1)' }, period: '2026KW02', value: 0, status: 'nader voorlopig' }],
    [11, 5, { measure: 'Omzet', dims: { [Sbi]: '=SUM(A1)' }, period: '2026KW02', value: -3.2, status: 'nader voorlopig' }],
  ])('emits row %i (line %i) as %o', async (index, line, expected) => {
    const { rows, wheres } = await readTable(cbsStatlineExportAdapter, fixture);
    expect(rows).toHaveLength(12);
    expect(rows[index]).toStrictEqual(expected);
    expect(wheres[index]).toMatchObject({ file: fixture, line });
  });

  it('takes the table id from the folder, the title and the download date from the file name', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, fixture);
    expect(table.provenance).toEqual({
      publisher: 'CBS',
      tableId: '99003NED',
      title: 'Testtabel; bedrijven',
      modified: null,
      licence: 'CC BY 4.0',
      retrieved: '2026-04-01',
      format: 'cbs-statline-export',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/99003NED/table',
      files: [await fingerprint(fixture)],
      notes: [
        'StatLine-download Testtabel__bedrijven_01042026_120000.csv: labels in plaats van codes; een * achter de periode betekent voorlopig',
      ],
    });
  });

  it('takes the table id from a file name that starts with it, and keeps the stem as the title of a renamed file', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, variant(text, '81589NED_bedrijven.csv', 'elders'));
    expect(table.provenance).toMatchObject({ tableId: '81589NED', title: '81589NED', retrieved: null });
  });

  it('lists topics by their header without the unit, labelled by the last part of the path, and labels as codes', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, fixture);
    expect(table.measures).toEqual({
      [One]: { label: '1 werkzaam persoon', unit: 'aantal' },
      [Mkb]: { label: '0 tot 250 werkzame personen', unit: 'aantal' },
      Omzet: { label: 'Omzet', unit: 'mln euro' },
    });
    expect(table.dimensions).toEqual({
      [Sbi]: {
        label: Sbi,
        codes: {
          'A-U Alle economische activiteiten': { label: 'A-U Alle economische activiteiten' },
          '<script>alert(1)</script>': { label: '<script>alert(1)</script>' },
          '=SUM(A1)': { label: '=SUM(A1)' },
        },
      },
    });
  });
});

describe('cbs-statline-export detect()', () => {
  it.each([
    ['the fixture', true, fixture],
    ['a comma-separated save (open() names the delimiter)', true, variant(text.replaceAll('";"', '","'))],
    ['an onbewerkte-dataset metadata file', false, join(root, 'test/fixtures/cbs-csv/good/99002NED_metadata.csv')],
    ['a cbsodata CSV', false, join(root, 'test/fixtures/cbsodata-csv/84105NED.csv')],
    ['a folder', false, fixtures],
  ])('detect(%s) is %s', async (_name, expected, path) => {
    expect(await cbsStatlineExportAdapter.detect(path)).toBe(expected);
  });
});

describe('cbs-statline-export adapter refuses bad input', () => {
  const line2 = text.split('\n')[1]!;
  it.each([
    [
      'a comma-separated file',
      text.replaceAll('";"', '","'),
      /line 1: the header is comma-separated, not semicolon-separated: "Bedrijfstakken.*; expected a semicolon-separated header/,
    ],
    [
      'a number with a point between digits (thousands or decimals cannot be told apart)',
      text.replace('"   1234,5"', '"1.234,5"'),
      /line 2, column Omzet \(mln euro\) \(5\): not a number: "1\.234,5"; expected a Dutch number \(1234,5\) or "\.", a blank cell/,
    ],
    [
      'a non-numeric value',
      text.replace('"      20"', '"veel"'),
      /line 4, column Bedrijfsgrootte\/1 werkzaam persoon \(aantal\) \(3\): not a number: "veel"/,
    ],
    ['a cell with its own status marker', text.replace('"      20"', '"20*"'), /line 4, column .*: not a number: "20\*"/],
    [
      'an unknown period label',
      text.replace('"2026 2e kwartaal**"', '"2026 Q2"'),
      /line 5, column Perioden \(2\): not a period label: "2026 Q2"; expected a Dutch period label/,
    ],
    [
      'a duplicate key',
      text.replace('"=SUM(A1)";"2026 2e kwartaal**"', '"A-U Alle economische activiteiten";"2025"'),
      /line 5, column Perioden \(2\): this \(labels, period\) already occurs on line 2: "A-U Alle economische activiteiten \| 2025"/,
    ],
    ['a row with a field too many', `${text}${line2};"1"\n`, /line 6: the row has 6 field\(s\): .*; expected 5 fields, like the header/],
    [
      'a title line above the header',
      `\uFEFF"Bedrijven; bedrijfstak"\n${text.slice(1)}`,
      /line 1: the header has no Perioden column: "Bedrijven; bedrijfstak"/,
    ],
    ['a footer line', `${text}"Bron: CBS"\n`, /line 6: the row has 1 field\(s\): "Bron: CBS"; expected 5 fields/],
    ['a blank header cell', text.replace('"Omzet (mln euro)"', '""'), /line 1, column 5: a header cell is blank/],
    [
      'a header column named twice',
      text.replace('"Omzet (mln euro)"', `"${One} (aantal)"`),
      /line 1, column 5: column name used twice \(also column 3\)/,
    ],
    [
      'a topic without its unit',
      text.replace('"Omzet (mln euro)"', '"Omzet"'),
      /line 1, column 5: a topic header without its unit in brackets: "Omzet"/,
    ],
    ['a blank label', text.replace('"=SUM(A1)"', '""'), /line 5, column Bedrijfstakken\/branches SBI 2008 \(1\): a blank label/],
    ['a header without data rows', `${header}\n`, /line 1: the file has a header but no data rows/],
    ['an empty file', '', /line 1: the file is empty/],
    ['a BOM-only file', '\uFEFF', /line 1: the file is empty/],
    [
      'a Latin-1 file',
      Buffer.from(text.replace(/^\uFEFF/, '').replace('"=SUM(A1)"', '"Café"'), 'latin1'),
      /line 5: the file is not valid UTF-8 .*: found "byte 0xE9"/,
    ],
  ])('%s', async (_name, content, message) => {
    await expect(readTable(cbsStatlineExportAdapter, variant(content))).rejects.toThrow(message);
  });

  it('an export whose name and folder do not name the table', async () => {
    await expect(readTable(cbsStatlineExportAdapter, variant(text, 'export.csv', 'downloads'))).rejects.toThrow(
      /export\.csv: the export does not say which table it is, and neither do its name or folder: "export\.csv"; expected the export in a folder named after its table id/,
    );
  });
});

describeReal('cbs-statline-export adapter on the real 81589NED download', () => {
  const real = join(sharedSources, 'cbs-statline-export', '81589NED', 'Bedrijven__bedrijfstak_23032020_155149.csv');
  const mkb = 'Bedrijfsgrootte/0 tot 250 werkzame personen';

  it('reads every cell: 2020 1e kwartaal voorlopig, whole numbers, each a multiple of 5; A–U mkb = 1.847.890', async () => {
    const { table, rows } = await readTable(cbsStatlineExportAdapter, real);
    const lines = readFileSync(real, 'utf8').trim().split('\n');
    expect(rows).toHaveLength((lines.length - 1) * (lines[0]!.split('";"').length - 2));
    for (const row of rows) {
      expect(row).toMatchObject({ period: '2020KW01', status: 'voorlopig' });
      expect(Number.isInteger(row.value) && row.value! % 5 === 0, JSON.stringify(row)).toBe(true);
    }
    const find = (sbi: string, measure: string) => rows.find((r) => r.dims[Sbi] === sbi && r.measure === measure)?.value;
    expect(find('A-U Alle economische activiteiten', mkb)).toBe(1_847_890);
    expect(find('A-U Alle economische activiteiten', 'Bedrijfsgrootte/1 werkzaam persoon')).toBe(1_438_145);
    expect(find('K Financiële dienstverlening', mkb)).toBe(95_340);
    expect(Object.values(table.measures).every((m) => m.unit === 'aantal')).toBe(true);
    expect(table.provenance).toMatchObject({ tableId: '81589NED', title: 'Bedrijven; bedrijfstak', retrieved: '2020-03-23' });
  });

  it('gives exactly the rows the drop made from these files holds from it', async () => {
    const { rows } = await readTable(cbsStatlineExportAdapter, real);
    const inDrop = matchingRows('bedrijven-bedrijfstak', 'cbs-statline-export/81589NED');
    expect(inDrop.map((r) => Number(r['value'])).sort()).toEqual(rows.map((r) => r.value).sort());
  });
});
