import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyCsvAdapter } from '../../../scripts/import/tidy-csv.ts';
import { describeReal, matchingRows, sharedSources } from '../../helpers/real-sources.ts';
import { collectRows, writeVariant } from './write-variant.ts';

const fixtures = join(process.cwd(), 'test/fixtures/tidy');
const facts = join(fixtures, 'staatvanhetmkb-figures.csv');
const monitor = join(fixtures, 'financieringsmonitor-by-size-class.csv');
const quarterly = join(fixtures, 'ondernemersvertrouwen-kwartaal.csv');
const headerOf = (path: string) => readFileSync(path, 'utf8').split('\n')[0]!;
const variantOf = (path: string, ...rows: string[]) => writeVariant(path.split('/').at(-1)!, `${[headerOf(path), ...rows].join('\n')}\n`);

describe('tidyCsvAdapter: facts', () => {
  it('detects all three tidy shapes and no other CSV', async () => {
    for (const path of [facts, monitor, quarterly]) expect(await tidyCsvAdapter.detect(path)).toBe(true);
    expect(await tidyCsvAdapter.detect(join(process.cwd(), 'test/fixtures/cbsodata-csv/84105NED.csv'))).toBe(false);
    expect(
      await tidyCsvAdapter.detect(join(process.cwd(), 'test/fixtures/dnb/kernindicatoren-monetaire-statistieken-maand_2025-08-18.csv')),
    ).toBe(false);
  });

  it('records provenance, with the irregular rows counted and located', async () => {
    const table = await tidyCsvAdapter.open(facts);
    expect(table.provenance).toMatchObject({
      publisher: 'CBS / staatvanhetmkb.nl',
      tableId: 'staatvanhetmkb-figures',
      modified: null,
      retrieved: null,
      licence: 'CC BY 4.0',
      format: 'tidy-csv',
      url: null,
      notes: [
        'bron per cijfer in extra.source_url',
        '2 perioden zonder CBS-code bewaard als tekst (extra.period_text): regel 4, 5',
        '2 waarden die geen enkel getal zijn bewaard als tekst (extra.value_text): regel 5, 6',
      ],
    });
    expect(table.measures['faillissementen_mkb|aantal failliet verklaarde mkb-bedrijven']).toEqual({
      label: 'aantal failliet verklaarde mkb-bedrijven',
      unit: 'aantal',
    });
  });

  it('keeps codes and numbers, and irregular periods and values as text only', async () => {
    const rows = (await collectRows(await tidyCsvAdapter.open(facts))).map((r) => r.row);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual({
      measure: 'faillissementen_mkb|aantal failliet verklaarde mkb-bedrijven',
      dims: { dimension: 'bedrijfstak: handel' },
      period: '2024KW01',
      value: 675.5,
      status: 'onbekend',
      extra: { dataset: 'faillissementen_mkb', unit: 'aantal', source_url: 'https://example.org/a', note: 'afgeleid' },
    });
    expect(rows[2]).toMatchObject({
      period: '',
      value: 1560000,
      extra: { period_text: '2024 begin', unit: "aantal (afgerond, 'ruim 1,56 miljoen')" },
    });
    expect(rows[3]).toMatchObject({
      period: '',
      value: null,
      symbol: 'ontbreekt',
      extra: { period_text: '2023 (jul 2022-jul 2023)', value_text: '21 / 27 / 13' },
    });
    expect(rows[4]).toMatchObject({ period: '2023JJ00', value: null, symbol: 'ontbreekt', extra: { value_text: '682 -> 706' } });
    expect(rows[4]?.extra).not.toHaveProperty('period_text');
  });

  it('keeps labels with HTML and formula characters as plain, unchanged text', async () => {
    const rows = (await collectRows(await tidyCsvAdapter.open(facts))).map((r) => r.row);
    expect(rows[5]).toMatchObject({
      measure: 'labels|<img src=x onerror=alert(1)>',
      dims: { dimension: '=HYPERLINK("http://evil.example","klik")' },
      extra: { note: '@SUM(A1:A2)' },
    });
  });
});

describe('tidyCsvAdapter: Financieringsmonitor', () => {
  it('reads percent with margins as text, July years as JL codes', async () => {
    const table = await tidyCsvAdapter.open(monitor);
    expect(table.provenance).toMatchObject({
      publisher: 'CBS (Financieringsmonitor)',
      tableId: 'financieringsmonitor-by-size-class',
      retrieved: null,
      licence: 'CC BY 4.0',
    });
    expect(table.provenance.notes).toContain('1 rij(en) zonder (volledige) 95%-marge: regel 3');
    expect(table.dimensions['size_class']?.codes).toEqual({
      Mkb: { label: 'Mkb' },
      Midden: { label: 'Midden' },
      Micro: { label: 'Micro' },
    });
    const rows = (await collectRows(table)).map((r) => r.row);
    expect(rows[0]).toEqual({
      measure: '4.1 Aandeel bedrijven met een nieuwe externe financieringsbehoefte',
      dims: { size_class: 'Mkb', edition: 'FM2025' },
      period: '2025JL00',
      value: 15,
      status: 'onbekend',
      extra: { margin95_low: '13.2', margin95_high: '16.8', source_url: 'https://example.org/fm/4' },
    });
    expect(rows[1]).toMatchObject({ period: '2021JL00', value: 22.6, extra: { margin95_low: '', margin95_high: '' } });
  });
});

describe('tidyCsvAdapter: quarterly series', () => {
  it('turns wide quarters into long rows, one measure per column, with the third-party warning', async () => {
    const table = await tidyCsvAdapter.open(quarterly);
    expect(table.provenance.publisher).toBe('derde partij (samengesteld met cbsodata uit CBS-tabel 85612)');
    expect(table.provenance.notes.join(' ')).toMatch(/GEEN ruwe CBS-opname.*0,2 tot 1,1 punt/);
    expect(Object.keys(table.measures)).toEqual(['ondernemersvertrouwen', 'economisch_klimaat_komende_3_maanden']);
    const rows = await collectRows(table);
    expect(rows.map((r) => [r.row.measure, r.row.period, r.row.value])).toEqual([
      ['ondernemersvertrouwen', '2024KW04', -5.4],
      ['economisch_klimaat_komende_3_maanden', '2024KW04', -2.4],
      ['ondernemersvertrouwen', '2025KW01', -5.4],
      ['economisch_klimaat_komende_3_maanden', '2025KW01', -2.4],
      ['ondernemersvertrouwen', '2025KW02', -7.5],
      ['economisch_klimaat_komende_3_maanden', '2025KW02', -8.1],
    ]);
    expect(rows[1]?.where).toEqual({ file: quarterly, line: 2, column: 'economisch_klimaat_komende_3_maanden (3)' });
  });
});

describe('tidyCsvAdapter refuses', () => {
  const factsRow = (period: string, value: string) => `d,m,${period},mkb,${value},aantal,https://example.org,`;
  const monitorRow = (year: string, percent: string, low = '1.0', high = '99.0') =>
    `FM2025,4.1 T,Mkb,${year},${percent},${low},${high},https://example.org`;
  it.each([
    [
      'facts: a decimal comma',
      variantOf(facts, factsRow('2023JJ00', '"1,5"')),
      /line 2, column value \(5\): a number in Dutch notation .*"1,5"/,
    ],
    [
      'facts: Dutch thousands',
      variantOf(facts, factsRow('2023JJ00', '"1.234,5"')),
      /line 2, column value \(5\): a number in Dutch notation .*"1\.234,5"/,
    ],
    [
      'facts: a broken period code',
      variantOf(facts, factsRow('2023KW05', '1')),
      /line 2, column period \(3\): not a valid period code "2023KW05"/,
    ],
    ['facts: a blank value', variantOf(facts, factsRow('2023JJ00', '')), /line 2, column value \(5\): an empty cell ""/],
    [
      'facts: a duplicate key',
      variantOf(facts, factsRow('2023JJ00', '1'), factsRow('2024JJ00', '1'), factsRow('2023JJ00', '2')),
      /line 4, column period \(3\): this \(dataset, measure, period, dimension\) already occurs on line 2: "d \| m \| 2023JJ00 \| mkb"/,
    ],
    [
      'facts: a misspelled column',
      writeVariant('f.csv', 'dataset,measure,period,dimension,valeu,unit,source_url,note\nd,m,2023JJ00,mkb,1,a,u,\n'),
      /f\.csv, line 1, column 5: unexpected header column "valeu"; expected "value"/,
    ],
    [
      'facts: a missing column',
      writeVariant('f.csv', 'dataset,measure,period,dimension,value,unit,source_url\nd,m,2023JJ00,mkb,1,a,u\n'),
      /line 1, column 8: the header ends before column "note"/,
    ],
    [
      'facts: a semicolon file',
      writeVariant('f.csv', 'dataset;measure;period;dimension;value;unit;source_url;note\n'),
      /f\.csv, line 1: the header is semicolon-separated, not comma-separated/,
    ],
    [
      'monitor: a non-numeric percent',
      variantOf(monitor, monitorRow('2025', 'vijftien')),
      /line 2, column percent \(5\): not a number "vijftien"/,
    ],
    [
      'monitor: a decimal comma',
      variantOf(monitor, monitorRow('2025', '"15,0"')),
      /line 2, column percent \(5\): a number in Dutch notation .*"15,0"/,
    ],
    [
      'monitor: a comma margin',
      variantOf(monitor, monitorRow('2025', '15.0', '"13,2"')),
      /line 2, column margin95_low \(6\): a number in Dutch notation .*"13,2"/,
    ],
    [
      'monitor: an unknown year',
      variantOf(monitor, monitorRow('2024-2025', '15.0')),
      /line 2, column measurement_year \(jul Y-1 - jul Y\) \(4\): an unknown period "2024-2025"; expected a Financieringsmonitor year/,
    ],
    [
      'monitor: a value outside its margin',
      variantOf(monitor, monitorRow('2025', '15.0', '15.5', '16.8')),
      /line 2, column percent \(5\): the value lies outside its 95% margin 15\.5 to 16\.8: "15\.0"/,
    ],
    [
      'monitor: a duplicate key',
      variantOf(monitor, monitorRow('2025', '15.0'), monitorRow('2025', '15.0')),
      /line 3, column measurement_year .*: this \(edition, table, size_class, measurement_year\) already occurs on line 2/,
    ],
    [
      'monitor: a misspelled column',
      writeVariant('fm.csv', 'edition,table,size_class,measurement_year,percent,margin95_low,margin95_high,source_url\n'),
      /fm\.csv, line 1, column 4: unexpected header column "measurement_year"/,
    ],
    [
      'quarterly: a non-numeric value',
      variantOf(quarterly, '2025-07-01,-3.8,n/a'),
      /line 2, column economisch_klimaat_komende_3_maanden \(3\): not a number "n\/a"/,
    ],
    [
      'quarterly: a decimal comma',
      variantOf(quarterly, '2025-07-01,"-3,8",1.0'),
      /line 2, column ondernemersvertrouwen \(2\): a number in Dutch notation .*"-3,8"/,
    ],
    ['quarterly: a blank value', variantOf(quarterly, '2025-07-01,,1.0'), /line 2, column ondernemersvertrouwen \(2\): a blank cell ""/],
    [
      'quarterly: a date that starts no quarter',
      variantOf(quarterly, '2023-02-01,1.0,1.0'),
      /line 2, column quarter_start \(1\): an unknown period "2023-02-01"; expected the first day of a quarter/,
    ],
    [
      'quarterly: a duplicate quarter',
      variantOf(quarterly, '2025-07-01,1.0,1.0', '2025-07-01,1.0,1.0'),
      /line 3, column quarter_start \(1\): this quarter already occurs on line 2: "2025-07-01 \(2025KW03\)"/,
    ],
    [
      'quarterly: a repeated series',
      writeVariant('ondernemersvertrouwen-kwartaal.csv', 'quarter_start,a,a\n2025-07-01,1,1\n'),
      /line 1, column 3: a repeated column name "a"/,
    ],
    [
      'quarterly: a file nobody vouches for',
      writeVariant('mystery-kwartaal.csv', 'quarter_start,a\n2025-07-01,1\n'),
      /mystery-kwartaal\.csv: no publisher is recorded for this quarterly file/,
    ],
    [
      'an unknown header',
      writeVariant('x.csv', 'quarter,a\n2025-07-01,1\n'),
      /x\.csv, line 1: a header of no known tidy shape: "quarter,a"/,
    ],
    ['an empty file', writeVariant('x.csv', ''), /x\.csv, line 1: no header/],
    ['a short row', variantOf(quarterly, '2025-07-01,1.0'), /line 2: the row has 2 field\(s\): "2025-07-01,1\.0"; expected 3 fields/],
  ])('%s', async (_name, path, message) => {
    await expect(tidyCsvAdapter.open(path)).rejects.toThrow(message);
  });
});

describeReal('tidyCsvAdapter on the real tidy files', () => {
  it('facts: as many rows as the drop holds as single figures, the irregular ones kept as text', async () => {
    const rows = (await collectRows(await tidyCsvAdapter.open(join(sharedSources, 'facts/staatvanhetmkb-figures.csv')))).map((r) => r.row);
    expect(rows).toHaveLength(matchingRows('kerncijfers', 'tidy-csv/staatvanhetmkb-figures').length);
    const texts = rows.filter((r) => r.period === '').map((r) => r.extra?.['period_text']);
    for (const text of [
      '2024 begin',
      '2021 (juli)',
      'circa 2014',
      '2015 H1',
      '2014-2024 (tien jaar)',
      'methodologie',
      '2023 (jul 2022-jul 2023)',
      '2019',
    ])
      expect(texts).toContain(text);
    const values = rows.filter((r) => r.value === null).map((r) => r.extra?.['value_text']);
    for (const text of ['21 / 27 / 13', '3272 -> 3635', '10700 / 5600']) expect(values).toContain(text);
    expect(rows.filter((r) => r.value === null).every((r) => r.symbol === 'ontbreekt')).toBe(true);
  });

  it('Financieringsmonitor: 2025JL00 Mkb table 4.1 is 15.0 with margins 13.2 to 16.8', async () => {
    const rows = (
      await collectRows(await tidyCsvAdapter.open(join(sharedSources, 'financieringsmonitor/financieringsmonitor-by-size-class.csv')))
    ).map((r) => r.row);
    const row = rows.find((r) => r.period === '2025JL00' && r.dims['size_class'] === 'Mkb' && r.measure.startsWith('4.1 '));
    expect(row).toMatchObject({ value: 15, extra: { margin95_low: '13.2', margin95_high: '16.8' } });
  });

  it('third party: the same quarters 2012KW01–2025KW03 for each series, as many as the drop has', async () => {
    const table = await tidyCsvAdapter.open(join(sharedSources, 'third-party/ondernemersvertrouwen-kwartaal.csv'));
    const periods = new Map<string, string[]>();
    await table.rows((row) => periods.set(row.measure, [...(periods.get(row.measure) ?? []), row.period]));
    expect(periods.size).toBe(3);
    const inDrop = matchingRows('conjunctuur', 'tidy-csv/ondernemersvertrouwen-kwartaal').map((r) => r['period']);
    for (const list of periods.values()) {
      expect(list).toEqual(inDrop);
      expect([list[0], list.at(-1)]).toEqual(['2012KW01', '2025KW03']);
    }
  });
});
