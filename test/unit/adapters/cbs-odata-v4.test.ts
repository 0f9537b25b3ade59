import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cbsOdataV4Adapter } from '../../../scripts/import/cbs-odata-v4.ts';
import { fingerprint } from '../../../scripts/lib/sha256.ts';
import { describeReal, matchingDrop, sharedSources } from '../../helpers/real-sources.ts';
import { readTable } from './read-table.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const good = join(root, 'test/fixtures/cbs-odata-v4/good');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Files = Map<string, string | Buffer>;

/** A copy of the good fixture with some files changed, in a fresh temp folder. */
function variant(edit: (files: Files) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbs-odata-v4-'));
  temps.push(dir);
  const files: Files = new Map(readdirSync(good).map((name) => [name, readFileSync(join(good, name), 'utf8')]));
  edit(files);
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return dir;
}

/** Edits one JSON file of the variant as an object. */
function json(name: string, edit: (doc: any) => void): (files: Files) => void {
  return (files) => {
    const doc = JSON.parse(String(files.get(name)));
    edit(doc);
    files.set(name, JSON.stringify(doc, null, 1));
  };
}

describe('cbs-odata-v4 adapter on the good fixture', () => {
  it.each([
    [0, { measure: 'M001327', dims: { TypeGefailleerde: 'T001243' }, period: '2025JJ00', value: 3272, status: 'definitief' }],
    [1, { measure: 'M001327', dims: { TypeGefailleerde: 'T001243' }, period: '2026MM04', value: 301, status: 'nader voorlopig' }],
    [2, { measure: 'M001327', dims: { TypeGefailleerde: 'T001243' }, period: '2026MM05', value: 287, status: 'voorlopig' }],
    [
      4,
      {
        measure: 'M001327',
        dims: { TypeGefailleerde: 'A047597' },
        period: '2026MM04',
        value: null,
        symbol: 'ontbreekt',
        status: 'nader voorlopig',
      },
    ],
    [
      5,
      { measure: 'M001327', dims: { TypeGefailleerde: 'A047597' }, period: '2026MM05', value: null, symbol: 'geheim', status: 'voorlopig' },
    ],
    [6, { measure: 'M000282', dims: { TypeGefailleerde: 'T001243' }, period: '2025JJ00', value: -2.5, status: 'definitief' }],
    [
      7,
      {
        measure: 'M000282',
        dims: { TypeGefailleerde: 'A047597' },
        period: '2025JJ00',
        value: null,
        symbol: 'vervalt',
        status: 'definitief',
      },
    ],
  ])('emits observation %i as %o', async (index, expected) => {
    const { rows, wheres } = await readTable(cbsOdataV4Adapter, good);
    expect(rows).toHaveLength(8);
    expect(rows[index]).toStrictEqual(expected);
    expect(wheres[index]).toEqual({ file: join(good, 'Observations.json'), path: `$.value[${index}]` });
  });

  it('records provenance from Properties.json and _capture.json', async () => {
    const { table } = await readTable(cbsOdataV4Adapter, good);
    const names = [
      'Dimensions.json',
      'MeasureCodes.json',
      'Observations.json',
      'PeriodenCodes.json',
      'Properties.json',
      'TypeGefailleerdeCodes.json',
      '_capture.json',
    ];
    expect(table.provenance).toEqual({
      publisher: 'CBS',
      tableId: '99001NED',
      title: 'Faillissementen; testtabel',
      modified: '2026-06-12T06:30:00+02:00',
      licence: 'CC BY 4.0',
      retrieved: '2026-07-02',
      format: 'cbs-odata-v4',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/99001NED/table',
      files: await Promise.all(names.map((n) => fingerprint(join(good, n)))),
      notes: ['opgehaald van https://datasets.cbs.nl/odata/v1/CBS/99001NED', "alleen de observaties met $filter=Perioden ge '2025JJ00'"],
    });
  });

  it('has no retrieved date and no notes without a capture record', async () => {
    const { table } = await readTable(
      cbsOdataV4Adapter,
      variant((files) => files.delete('_capture.json')),
    );
    expect(table.provenance.retrieved).toBeNull();
    expect(table.provenance.notes).toEqual([]);
    expect(table.provenance.files.map((f) => f.name)).not.toContain('_capture.json');
  });

  it('lists measures (labels whitespace-collapsed) and code lists, keeping HTML and formulas as plain text', async () => {
    const { table } = await readTable(cbsOdataV4Adapter, good);
    expect(table.measures).toEqual({
      M001327: { label: 'Uitgesproken faillissementen', unit: 'Aantal', decimals: 0 },
      M000282: { label: '=SUM(A1)', unit: '%', decimals: 1 },
    });
    expect(table.dimensions).toEqual({
      TypeGefailleerde: {
        label: 'Type gefailleerde',
        codes: {
          T001243: { label: 'Totaal rechtsvormen', description: 'Alle gefailleerden.' },
          A047597: { label: '<script>alert(1)</script>' },
        },
      },
    });
  });

  it.each([
    ['the fixture folder', true, good],
    ['a file in it', false, join(good, 'Observations.json')],
    ['a folder without Observations.json', false, variant((files) => files.delete('Observations.json'))],
    ['a missing path', false, join(good, 'nope')],
  ])('detect(%s) is %s', async (_name, expected, path) => {
    expect(await cbsOdataV4Adapter.detect(path)).toBe(expected);
  });
});

const observations = readFileSync(join(good, 'Observations.json'), 'utf8');
const truncated = observations.slice(0, 400);
const truncatedLine = truncated.split('\n').length;
const truncatedColumn = truncated.length - truncated.lastIndexOf('\n');
const invalid = observations.replace('"Value": 301,', '"Value": 301,,');
const invalidColumn = invalid.split('\n')[4]!.indexOf(',,') + 2;

describe('cbs-odata-v4 adapter refuses bad input', () => {
  it.each([
    [
      'truncated JSON',
      (f: Files) => f.set('Observations.json', truncated),
      new RegExp(
        `Observations\\.json, line ${truncatedLine}, column ${truncatedColumn}: the JSON ends too early \\(.+\\); the file looks truncated`,
      ),
    ],
    [
      'invalid JSON',
      (f: Files) => f.set('Observations.json', invalid),
      new RegExp(`Observations\\.json, line 5, column ${invalidColumn}: invalid JSON \\(.+\\) at ", \\\\"StringValue`),
    ],
    [
      'a missing required file',
      (f: Files) => f.delete('MeasureCodes.json'),
      /MeasureCodes\.json: the required file is missing; expected the OData entity set MeasureCodes/,
    ],
    [
      'a missing code list',
      (f: Files) => f.delete('TypeGefailleerdeCodes.json'),
      /TypeGefailleerdeCodes\.json: the required file is missing/,
    ],
    [
      'no observations (an empty value array)',
      json('Observations.json', (d) => {
        d.value = [];
      }),
      /Observations\.json, \$\.value: the capture holds no observations "\[\]"; expected at least one observation/,
    ],
    ['an empty file', (f: Files) => f.set('Observations.json', ''), /Observations\.json, line 1: the file is empty/],
    ['a BOM-only file', (f: Files) => f.set('Observations.json', '\uFEFF'), /Observations\.json, line 1: the file is empty/],
    [
      'a Latin-1 file',
      (f: Files) =>
        f.set('Properties.json', Buffer.from(String(f.get('Properties.json')).replace('testtabel', 'testtabel café'), 'latin1')),
      /Properties\.json, line 4: the file is not valid UTF-8 .*"byte 0xE9"/,
    ],
    [
      'an unknown period code',
      json('Observations.json', (d) => {
        d.value[2].Perioden = '2026MM06';
      }),
      /Observations\.json, \$\.value\[2\]\.Perioden, column Perioden: period code not in PeriodenCodes\.json: "2026MM06"/,
    ],
    [
      'a code absent from its code list',
      json('Observations.json', (d) => {
        d.value[3].TypeGefailleerde = 'A999999';
      }),
      /Observations\.json, \$\.value\[3\]\.TypeGefailleerde, column TypeGefailleerde: code not in TypeGefailleerdeCodes\.json: "A999999"/,
    ],
    [
      'a measure absent from MeasureCodes',
      json('Observations.json', (d) => {
        d.value[6].Measure = 'M999999';
      }),
      /\$\.value\[6\]\.Measure, column Measure: measure code not in MeasureCodes\.json: "M999999"/,
    ],
    [
      'a duplicate key',
      json('Observations.json', (d) => {
        d.value[7] = { ...d.value[0], Id: 7 };
      }),
      /Observations\.json, \$\.value\[7\]: the same measure, dimensions and period as \$\.value\[0\]: "M001327 \/ T001243 \/ 2025JJ00"/,
    ],
    [
      'a non-numeric value',
      json('Observations.json', (d) => {
        d.value[1].Value = '301';
      }),
      /\$\.value\[1\]\.Value, column Value: ValueAttribute is "None" but Value is not a number: "\\"301\\""/,
    ],
    [
      'a null value marked None',
      json('Observations.json', (d) => {
        d.value[1].Value = null;
      }),
      /\$\.value\[1\]\.Value, column Value: ValueAttribute is "None" but Value is not a number: "null"/,
    ],
    [
      'a number marked Impossible',
      json('Observations.json', (d) => {
        d.value[7].Value = 0;
      }),
      /\$\.value\[7\]\.Value, column Value: ValueAttribute "Impossible" says there is no value, yet Value is "0"/,
    ],
    [
      'an unknown ValueAttribute',
      json('Observations.json', (d) => {
        d.value[4].ValueAttribute = 'Estimated';
      }),
      /\$\.value\[4\]\.ValueAttribute, column ValueAttribute: unknown ValueAttribute "Estimated"; expected "None", "Impossible"/,
    ],
    [
      'an unknown period status',
      json('PeriodenCodes.json', (d) => {
        d.value[1].Status = 'Concept';
      }),
      /PeriodenCodes\.json, \$\.value\[1\]\.Status, column Status: unknown period status "Concept"; expected "Definitief"/,
    ],
    [
      'a period code in another form',
      json('PeriodenCodes.json', (d) => {
        d.value[0].Identifier = '2025W01';
      }),
      /PeriodenCodes\.json, \$\.value\[0\]\.Identifier, column Identifier: not a period code this project reads: "2025W01"/,
    ],
    [
      'an observation with an unknown dimension',
      json('Observations.json', (d) => {
        d.value[0].RegioS = 'NL01';
      }),
      /\$\.value\[0\]\.RegioS, column RegioS: a property that is neither a dimension nor a known field: "RegioS"/,
    ],
    [
      'a capture that counted more rows',
      json('_capture.json', (d) => {
        d.observationRows = 9;
      }),
      /_capture\.json, \$\.observationRows, column observationRows: Observations\.json holds 8 observations, the capture counted "9"/,
    ],
    [
      'a capture with pages missing',
      json('Observations.json', (d) => {
        d['@odata.nextLink'] = 'https://datasets.cbs.nl/odata/v1/CBS/99001NED/Observations?$skip=8';
      }),
      /Observations\.json, \$\.@odata\.nextLink, column @odata\.nextLink: the capture stops before the last page/,
    ],
    [
      'a dimension id with path characters',
      json('Dimensions.json', (d) => {
        d.value[0].Identifier = '../x';
      }),
      /Dimensions\.json, \$\.value\[0\]\.Identifier, column Identifier: not a dimension identifier: "\.\.\/x"/,
    ],
  ])('%s', async (_name, edit, message) => {
    await expect(readTable(cbsOdataV4Adapter, variant(edit))).rejects.toThrow(message);
  });
});

const real = join(sharedSources, 'cbs-odata-v4/82242NED');

describeReal('cbs-odata-v4 adapter on the real 82242NED capture', () => {
  it('reads every observation with the published figures and statuses', async () => {
    const { table, rows } = await readTable(cbsOdataV4Adapter, real);
    expect(rows).toHaveLength(JSON.parse(readFileSync(join(real, '_capture.json'), 'utf8')).observationRows);
    expect(rows).toHaveLength(matchingDrop().manifest.datasets['faillissementen']!.rows); // the dataset takes every observation
    const find = (type: string, period: string) => rows.find((r) => r.dims.TypeGefailleerde === type && r.period === period);
    expect(find('A047597', '2023JJ00')?.value).toBe(2871);
    expect(find('A028820', '2023JJ00')?.value).toBe(401);
    expect(find('A047597', '2026MM05')?.status).toBe('voorlopig');
    expect(table.provenance).toMatchObject({
      tableId: '82242NED',
      licence: 'CC BY 4.0',
      retrieved: '2026-07-02',
      modified: '2026-06-12T06:30:00+02:00',
    });
    expect(table.measures.M001327).toEqual({ label: 'Uitgesproken faillissementen', unit: 'Aantal', decimals: 0 });
  });
});
