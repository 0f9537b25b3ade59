import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cbsStatlineExportAdapter } from '../../../scripts/import/cbs-statline-export.ts';
import { fingerprint } from '../../../scripts/lib/sha256.ts';
import { readTable } from './read-table.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/cbs-statline-export');
const faillissementen = join(fixtures, '82242NED_export.csv');
const vacatures = join(fixtures, 'vacatures-export.csv');
const text = readFileSync(faillissementen, 'utf8');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Writes a variant of the faillissementen export to a temp folder. */
function variant(content: string | Buffer, name = 'export.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbs-statline-export-'));
  temps.push(dir);
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const Type = 'Type gefailleerde';
const Aantal = 'Uitgesproken faillissementen (aantal)';
const Mutatie = 'Mutatie t.o.v. jaar eerder (%)';

describe('cbs-statline-export adapter on the faillissementen fixture', () => {
  it.each([
    [0, 4, { measure: Aantal, dims: { [Type]: 'Bedrijven en instellingen' }, period: '2023JJ00', value: 2871, status: 'onbekend' }],
    [1, 4, { measure: Mutatie, dims: { [Type]: 'Bedrijven en instellingen' }, period: '2023JJ00', value: 53.2, status: 'onbekend' }],
    [2, 5, { measure: Aantal, dims: { [Type]: '<script>alert(1)</script>' }, period: '2023JJ00', value: 401, status: 'onbekend' }],
    [
      3,
      5,
      {
        measure: Mutatie,
        dims: { [Type]: '<script>alert(1)</script>' },
        period: '2023JJ00',
        value: null,
        symbol: 'geheim',
        status: 'onbekend',
      },
    ],
    [4, 6, { measure: Aantal, dims: { [Type]: 'Bedrijven en instellingen' }, period: '2023KW02', value: 884, status: 'voorlopig' }],
    [
      5,
      6,
      {
        measure: Mutatie,
        dims: { [Type]: 'Bedrijven en instellingen' },
        period: '2023KW02',
        value: 0,
        symbol: 'nihil',
        status: 'voorlopig',
      },
    ],
    [
      6,
      7,
      {
        measure: Aantal,
        dims: { [Type]: '<script>alert(1)</script>' },
        period: '2023KW02',
        value: null,
        symbol: 'ontbreekt',
        status: 'voorlopig',
      },
    ],
    [
      7,
      7,
      {
        measure: Mutatie,
        dims: { [Type]: '<script>alert(1)</script>' },
        period: '2023KW02',
        value: null,
        symbol: 'vervalt',
        status: 'voorlopig',
      },
    ],
    [8, 8, { measure: Aantal, dims: { [Type]: '=SUM(A1)' }, period: '2026MM05', value: 1234.5, status: 'voorlopig' }],
    [9, 8, { measure: Mutatie, dims: { [Type]: '=SUM(A1)' }, period: '2026MM05', value: 3.2, status: 'nader voorlopig' }],
  ])('emits row %i (line %i) as %o', async (index, line, expected) => {
    const { rows, wheres } = await readTable(cbsStatlineExportAdapter, faillissementen);
    expect(rows).toHaveLength(10);
    expect(rows[index]).toStrictEqual(expected);
    expect(wheres[index]).toEqual({ file: faillissementen, line });
  });

  it('takes the table id from the file name and the export date from the footer', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, faillissementen);
    expect(table.provenance).toEqual({
      publisher: 'CBS',
      tableId: '82242NED',
      title: 'Faillissementen; kerncijfers',
      modified: null,
      licence: 'CC BY 4.0',
      retrieved: '2026-06-12',
      format: 'cbs-statline-export',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/82242NED/table',
      files: [await fingerprint(faillissementen)],
      notes: [
        'Uitgesproken faillissementen naar type gefailleerde',
        'Bron: CBS',
        'Centraal Bureau voor de Statistiek, Den Haag/Heerlen 12-06-2026',
        'Verklaring van symbolen',
        '. gegevens ontbreken',
        'x geheim',
      ],
    });
  });

  it('lists measures with the bracketed unit and the labels as codes, HTML and formulas as plain text', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, faillissementen);
    expect(table.measures).toEqual({
      [Aantal]: { label: 'Uitgesproken faillissementen', unit: 'aantal' },
      [Mutatie]: { label: 'Mutatie t.o.v. jaar eerder', unit: '%' },
    });
    expect(table.dimensions).toEqual({
      [Type]: {
        label: Type,
        codes: {
          'Bedrijven en instellingen': { label: 'Bedrijven en instellingen' },
          '<script>alert(1)</script>': { label: '<script>alert(1)</script>' },
          '=SUM(A1)': { label: '=SUM(A1)' },
        },
      },
    });
  });
});

describe('cbs-statline-export adapter on the vacatures fixture', () => {
  it('finds the period column by its labels, the unit in a second header row and the id in the title', async () => {
    const { table, rows } = await readTable(cbsStatlineExportAdapter, vacatures);
    expect(rows).toStrictEqual([
      { measure: 'Openstaande vacatures', dims: { Bedrijfsgrootte: 'Totaal' }, period: '2023KW01', value: 452.7, status: 'onbekend' },
      { measure: 'Openstaande vacatures', dims: { Bedrijfsgrootte: 'Totaal' }, period: '2023KW02', value: 441.2, status: 'onbekend' },
      {
        measure: 'Openstaande vacatures',
        dims: { Bedrijfsgrootte: '10 tot 100 werkzame personen' },
        period: '2023KW02',
        value: 120.3,
        status: 'onbekend',
      },
    ]);
    expect(table.measures).toEqual({ 'Openstaande vacatures': { label: 'Openstaande vacatures', unit: 'x 1 000' } });
    expect(table.provenance).toMatchObject({
      tableId: '80472NED',
      title: 'Vacatures; bedrijfsgrootte',
      retrieved: null,
      notes: ['Bron: CBS'],
    });
  });

  it('falls back to the file stem without a table id, and then has no URL', async () => {
    const { table } = await readTable(cbsStatlineExportAdapter, variant(text, 'faillissementen.csv'));
    expect(table.provenance).toMatchObject({ tableId: 'faillissementen', url: null });
  });
});

describe('cbs-statline-export detect()', () => {
  it.each([
    ['the faillissementen export', true, faillissementen],
    ['the vacatures export', true, vacatures],
    ['an onbewerkte-dataset metadata file', false, join(root, 'test/fixtures/cbs-csv/good/99002NED_metadata.csv')],
    ['an onbewerkte-dataset data file', false, join(root, 'test/fixtures/cbs-csv/good/99002NED_UntypedDataSet_20112023_000000.csv')],
    ['a folder', false, fixtures],
    ['a comma-separated export', false, variant(text.replaceAll('";"', '","'))],
  ])('detect(%s) is %s', async (_name, expected, path) => {
    expect(await cbsStatlineExportAdapter.detect(path)).toBe(expected);
  });
});

describe('cbs-statline-export adapter refuses bad input', () => {
  it.each([
    [
      'a comma-separated file',
      text.replaceAll('";"', '","'),
      /export\.csv, line 3: wrong delimiter: every line is a single field, this one with commas in it "Perioden\\",.*; expected a semicolon-separated \(;\) StatLine export/,
    ],
    [
      'a number in the machine locale',
      text.replace('"53,2"', '"53.2"'),
      /export\.csv, line 4, column Mutatie t\.o\.v\. jaar eerder \(%\): not a number in a column of numbers: "53\.2"; expected a Dutch number \(1\.234,5\) or "\.", "x", "-", a blank cell/,
    ],
    [
      'a non-numeric value',
      text.replace('"401"', '"veel"'),
      /export\.csv, line 5, column Uitgesproken faillissementen \(aantal\): not a number in a column of numbers: "veel"/,
    ],
    [
      'an unknown period label',
      text.replace('"2026 mei"', '"2026 mei-juni"'),
      /export\.csv, line 8, column Perioden: not a period label: "2026 mei-juni"; expected a Dutch period label/,
    ],
    [
      'a duplicate key',
      text.replace('"2026 mei";"=SUM(A1)"', '"2023";"Bedrijven en instellingen"'),
      /export\.csv, line 8: duplicate row: the same labels and period as line 4: "Bedrijven en instellingen \/ 2023"/,
    ],
    [
      'a data row after the footer',
      `${text}"2024";"Bedrijven en instellingen";"1";"2"\n`,
      /export\.csv, line 15: a data row after the footer that starts on line 10: .*; expected no data rows below the footer/,
    ],
    [
      'a missing header column',
      text.replace(`;"${Mutatie}"`, ''),
      /export\.csv, line 4: a row with 4 fields: .*; expected at most 3 fields like the header on line 3/,
    ],
    [
      'a blank header column',
      text.replace(`"${Mutatie}"`, '""'),
      /export\.csv, line 3, column 4: a header cell is blank; expected a distinct name/,
    ],
    [
      'a header column named twice',
      text.replace(`"${Mutatie}"`, `"${Aantal}"`),
      /export\.csv, line 3, column 4: column name used twice \(also column 3\): "Uitgesproken faillissementen \(aantal\)"/,
    ],
    [
      'a blank label',
      text.replace('"=SUM(A1)"', '""'),
      /export\.csv, line 8, column Type gefailleerde: a blank label; expected a Type gefailleerde label/,
    ],
    [
      'no title line',
      text.replace(/^\uFEFF"Faillissementen; kerncijfers"\n"Uitgesproken[^\n]*\n/, ''),
      /export\.csv, line 1: the file starts with a header instead of a title line: "Perioden;/,
    ],
    ['an empty file', '', /export\.csv, line 1: the file is empty/],
    ['a BOM-only file', '\uFEFF', /export\.csv, line 1: the file is empty/],
    [
      'a Latin-1 file',
      Buffer.from(text.replace(/^\uFEFF/, '').replace('"=SUM(A1)"', '"Café"'), 'latin1'),
      /export\.csv, line 8: the file is not valid UTF-8 .*: found "byte 0xE9"/,
    ],
  ])('%s', async (_name, content, message) => {
    await expect(readTable(cbsStatlineExportAdapter, variant(content))).rejects.toThrow(message);
  });
});
