import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cbsCsvAdapter } from '../../../scripts/import/cbs-csv.ts';
import { fingerprint } from '../../../scripts/lib/sha256.ts';
import { describeReal, sharedSources } from '../../helpers/real-sources.ts';
import { readTable } from './read-table.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const good = join(root, 'test/fixtures/cbs-csv/good');
const dataName = '99002NED_UntypedDataSet_20112023_000000.csv';
const metadataName = '99002NED_metadata.csv';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Files = Map<string, string | Buffer>;

/** A copy of the good fixture with some files changed, in a fresh temp folder. */
function variant(edit: (files: Files) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbs-csv-'));
  temps.push(dir);
  const files: Files = new Map(readdirSync(good).map((name) => [name, readFileSync(join(good, name), 'utf8')]));
  edit(files);
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return dir;
}

/** Replaces text in the data file (or another file) of the variant. */
function replace(from: string | RegExp, to: string, name = dataName): (files: Files) => void {
  return (files) => files.set(name, String(files.get(name)).replace(from, to));
}

describe('cbs-csv adapter on the good fixture', () => {
  const T = 'T001081';
  const S = '301000';
  it.each([
    [
      0,
      2,
      {
        measure: 'OpenstaandeVacatures_1',
        dims: { Bedrijfskenmerken: T },
        period: '2022JJ00',
        value: null,
        symbol: 'ontbreekt',
        status: 'definitief',
      },
    ],
    [1, 2, { measure: 'OntstaneVacatures_2', dims: { Bedrijfskenmerken: T }, period: '2022JJ00', value: 715, status: 'definitief' }],
    [4, 4, { measure: 'OpenstaandeVacatures_1', dims: { Bedrijfskenmerken: T }, period: '2023KW02', value: 441.2, status: 'voorlopig' }],
    [6, 5, { measure: 'OpenstaandeVacatures_1', dims: { Bedrijfskenmerken: T }, period: '2023KW03', value: 416.8, status: 'onbekend' }],
    [10, 7, { measure: 'OpenstaandeVacatures_1', dims: { Bedrijfskenmerken: S }, period: '2023KW01', value: 3.9, status: 'definitief' }],
    [14, 9, { measure: 'OpenstaandeVacatures_1', dims: { Bedrijfskenmerken: S }, period: '2023KW03', value: -0.4, status: 'onbekend' }],
  ])('emits row %i (line %i) as %o', async (index, line, expected) => {
    const { rows, wheres } = await readTable(cbsCsvAdapter, good);
    expect(rows).toHaveLength(16);
    expect(rows[index]).toStrictEqual(expected);
    expect(wheres[index]).toEqual({ file: join(good, dataName), line });
  });

  it('records provenance, with a note for the period the metadata does not list', async () => {
    const { table } = await readTable(cbsCsvAdapter, good);
    expect(table.provenance).toEqual({
      publisher: 'CBS',
      tableId: '99002NED',
      title: 'Vacatures; testtabel',
      modified: '2023-08-16T02:00:00',
      licence: 'CC BY 4.0',
      retrieved: '2023-11-20',
      format: 'cbs-csv',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/99002NED/table',
      files: [await fingerprint(join(good, dataName)), await fingerprint(join(good, metadataName))],
      notes: ['periode 2023KW03 staat niet in de metadata; status onbekend'],
    });
  });

  it('lists measures and code lists from the metadata, HTML and formulas as plain text', async () => {
    const { table } = await readTable(cbsCsvAdapter, good);
    expect(table.measures).toEqual({
      OpenstaandeVacatures_1: { label: 'Openstaande vacatures', unit: 'x 1 000', decimals: 1 },
      OntstaneVacatures_2: { label: '=SUM(A1)', unit: 'x 1 000', decimals: 0 },
    });
    expect(table.dimensions).toEqual({
      Bedrijfskenmerken: {
        label: 'Bedrijfskenmerken',
        codes: {
          T001081: { label: 'A-U Alle economische activiteiten', description: 'Alle economische activiteiten' },
          301000: { label: '<script>alert(1)</script>' },
        },
      },
    });
  });

  it('also opens the data file given directly', async () => {
    const { rows } = await readTable(cbsCsvAdapter, join(good, dataName));
    expect(rows).toHaveLength(16);
  });

  it.each([
    ['the download folder', true, good],
    ['the data file', true, join(good, dataName)],
    ['the metadata file', false, join(good, metadataName)],
    ['an OData folder', false, join(root, 'test/fixtures/cbs-odata-v4/good')],
    ['a missing path', false, join(good, 'nope')],
  ])('detect(%s) is %s', async (_name, expected, path) => {
    expect(await cbsCsvAdapter.detect(path)).toBe(expected);
  });

  it('has no retrieved date when the file name carries none', async () => {
    const dir = variant((files) => {
      files.set('99002NED_UntypedDataSet_export.csv', String(files.get(dataName)));
      files.delete(dataName);
    });
    const { table } = await readTable(cbsCsvAdapter, dir);
    expect(table.provenance.retrieved).toBeNull();
  });
});

const header = '"ID";"Bedrijfskenmerken";"Perioden";"OpenstaandeVacatures_1";"OntstaneVacatures_2"';

describe('cbs-csv adapter refuses bad input', () => {
  it.each([
    [
      'a comma-separated file',
      (f: Files) => f.set(dataName, String(f.get(dataName)).replaceAll('";"', '","')),
      /99002NED_UntypedDataSet_20112023_000000\.csv, line 1: wrong delimiter: the header is one field with commas in it "ID\\",\\"Bedrijfskenmerken.*; expected a semicolon-separated file \(;\)/,
    ],
    [
      'a wrong header column',
      replace('"Bedrijfskenmerken";"Perioden"', '"Bedrijf";"Perioden"'),
      new RegExp(`line 1, column 2 \\(Bedrijfskenmerken\\): wrong header column "Bedrijf"; expected the header ${header}`),
    ],
    [
      'a missing header column',
      replace(';"OntstaneVacatures_2"\n', '\n'),
      /line 1, column 5 \(OntstaneVacatures_2\): header column missing; expected the header/,
    ],
    [
      'an extra header column',
      replace('"OntstaneVacatures_2"\n', '"OntstaneVacatures_2";"Extra"\n'),
      /line 1, column 6 \(none expected\): extra header column "Extra"/,
    ],
    [
      'a header with no rows (it would replace the dataset by nothing)',
      (f: Files) => f.set(dataName, `${String(f.get(dataName)).split('\n')[0]}\n`),
      /99002NED_UntypedDataSet_20112023_000000\.csv, line 1: the file has a header but no data rows; expected at least one row/,
    ],
    [
      'a non-numeric value',
      replace('"   452.7"', '"     abc"'),
      /csv, line 3, column OpenstaandeVacatures_1: not a number: " {5}abc"; expected a number with a decimal point \(1234\.5\) or "\."/,
    ],
    [
      'a number in the Dutch locale',
      replace('"   452.7"', '"     1,5"'),
      /csv, line 3, column OpenstaandeVacatures_1: not a number: " {5}1,5"/,
    ],
    [
      'a blank cell',
      replace('"   452.7"', '""'),
      /csv, line 3, column OpenstaandeVacatures_1: a blank cell, which cannot occur in this format ""/,
    ],
    [
      'an unknown earlier period',
      replace('"2023KW01"', '"2021KW04"'),
      /csv, line 3, column Perioden: period not listed in the metadata \(99002NED_metadata\.csv\) and not later than its last period 2023KW02: "2021KW04"/,
    ],
    [
      'a period that is no CBS code',
      replace('"2023KW03"', '"2023KW05"'),
      /csv, line 5, column Perioden: not a CBS period code: "2023KW05"/,
    ],
    [
      'a code absent from the code list',
      replace('"6";"301000 "', '"6";"302000 "'),
      /csv, line 8, column Bedrijfskenmerken: code not in the Bedrijfskenmerken block of the metadata: "302000"/,
    ],
    [
      'a duplicate key',
      replace('"7";"301000 ";"2023KW03"', '"7";"301000 ";"2023KW02"'),
      /csv, line 9: duplicate row: the same dimensions and period as line 8: "Bedrijfskenmerken=301000, Perioden=2023KW02"/,
    ],
    [
      'a short row',
      replace(';"     390"', ''),
      /csv, line 3: a row with 4 fields: "1;T001081;2023KW01; {3}452.7"; expected 5 fields like the header/,
    ],
    ['an empty data file', (f: Files) => f.set(dataName, ''), /csv, line 1: the file is empty/],
    ['a BOM-only data file', (f: Files) => f.set(dataName, '\uFEFF'), /csv, line 1: the file is empty/],
    [
      'a Latin-1 data file',
      (f: Files) =>
        f.set(
          dataName,
          Buffer.from(
            String(f.get(dataName))
              .replace(/^\uFEFF/, '')
              .replace('"301000 "', '"301000é"'),
            'latin1',
          ),
        ),
      /csv, line 6: the file is not valid UTF-8 .*: found "byte 0xE9"/,
    ],
    [
      'metadata of another table',
      replace('"99002ned"', '"80472ned"', metadataName),
      /99002NED_metadata\.csv, column Identifier: the metadata is of another table than the data file \(99002NED\): "80472ned"/,
    ],
    [
      'an unknown period status',
      replace('"Voorlopig"', '"Concept"', metadataName),
      /99002NED_metadata\.csv, line 22, column Status: unknown period status "Concept"/,
    ],
    [
      'an unknown metadata block',
      (f: Files) => f.set(metadataName, `${String(f.get(metadataName))}"Regios"\nKey;Title\n"NL01";"Nederland"\n`),
      /99002NED_metadata\.csv, line 23: a block this adapter does not know: "Regios"/,
    ],
    [
      'a missing metadata file',
      (f: Files) => f.delete(metadataName),
      /99002NED_metadata\.csv: the metadata file beside the data file is missing/,
    ],
  ])('%s', async (_name, edit, message) => {
    await expect(readTable(cbsCsvAdapter, variant(edit))).rejects.toThrow(message);
  });
});

const real = join(sharedSources, 'cbs-statline-csv/80472NED');

describeReal('cbs-csv adapter on the real 80472NED download', () => {
  it('reads the published figures, and 2023KW03 (newer than the metadata) with status onbekend', async () => {
    const { table, rows } = await readTable(cbsCsvAdapter, real);
    const find = (period: string, measure: string) =>
      rows.find((r) => r.dims.Bedrijfskenmerken === 'T001081' && r.period === period && r.measure === measure);
    expect(find('2023KW02', 'OpenstaandeVacatures_1')).toMatchObject({ value: 441.2, status: 'definitief' });
    expect(find('1997JJ00', 'OpenstaandeVacatures_1')).toMatchObject({ value: null, symbol: 'ontbreekt' });
    expect(find('2023KW03', 'OpenstaandeVacatures_1')?.status).toBe('onbekend');
    expect(table.provenance).toMatchObject({
      tableId: '80472NED',
      retrieved: '2023-11-20',
      modified: '2023-08-16T02:00:00',
      licence: 'CC BY 4.0',
    });
    expect(table.provenance.notes).toEqual(['periode 2023KW03 staat niet in de metadata; status onbekend']);
  });
});
