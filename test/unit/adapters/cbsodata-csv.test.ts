import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cbsodataCsvAdapter } from '../../../scripts/import/cbsodata-csv.ts';
import { describeReal, sharedSources } from '../../helpers/real-sources.ts';
import { collectRows, writeVariant } from './write-variant.ts';

const fixture = join(process.cwd(), 'test/fixtures/cbsodata-csv/84105NED.csv');
const good = readFileSync(fixture, 'utf8');
const header = ',ID,SoortGegevens,Perioden,Totaal_1,BrutoBinnenlandsProduct_2';
const variant = (text: string, name = '84105NED.csv') => writeVariant(name, text);
const withRows = (...rows: string[]) => variant(`${[header, ...rows].join('\n')}\n`);

describe('cbsodataCsvAdapter on the fixture', () => {
  it('detects cbsodata CSV and nothing else', async () => {
    expect(await cbsodataCsvAdapter.detect(fixture)).toBe(true);
    expect(await cbsodataCsvAdapter.detect(join(process.cwd(), 'test/fixtures/tidy/staatvanhetmkb-figures.csv'))).toBe(false);
    expect(
      await cbsodataCsvAdapter.detect(join(process.cwd(), 'test/fixtures/dnb/kernindicatoren-monetaire-statistieken-maand_2025-08-18.csv')),
    ).toBe(false);
    expect(await cbsodataCsvAdapter.detect(join(process.cwd(), 'test/fixtures/cbsodata-csv'))).toBe(false);
    expect(await cbsodataCsvAdapter.detect(variant(good, '84105NED.txt'))).toBe(false);
  });

  it('records provenance, measures and label code lists', async () => {
    const table = await cbsodataCsvAdapter.open(fixture);
    expect(table.format).toBe('cbsodata-csv');
    expect(table.provenance).toMatchObject({
      publisher: 'CBS',
      tableId: '84105NED',
      title: '84105NED (cbsodata-export)',
      modified: null,
      licence: 'CC BY 4.0',
      retrieved: null,
      format: 'cbsodata-csv',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/84105NED/table',
      notes: ['CSV geschreven door de cbsodata-client; labels in plaats van codes; geen periodestatus in het bestand'],
    });
    expect(table.provenance.files).toEqual([
      { name: '84105NED.csv', bytes: Buffer.byteLength(good), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(table.measures).toEqual({
      Totaal_1: { label: 'Totaal_1', unit: '' },
      BrutoBinnenlandsProduct_2: { label: 'BrutoBinnenlandsProduct_2', unit: '' },
    });
    expect(table.dimensions).toEqual({
      SoortGegevens: {
        label: 'SoortGegevens',
        codes: {
          'Prijsniveau 2015': { label: 'Prijsniveau 2015' },
          'Prijsniveau 2015, seizoengecorrigeerd': { label: 'Prijsniveau 2015, seizoengecorrigeerd' },
          'Werkelijke prijzen': { label: 'Werkelijke prijzen' },
        },
      },
    });
  });

  it('turns each (row, topic) into one long row, with markers as status and blanks as ontbreekt', async () => {
    const rows = await collectRows(await cbsodataCsvAdapter.open(fixture));
    expect(rows).toHaveLength(10);
    const at = (line: number, column: string) => rows.find((r) => r.where.line === line && r.where.column === column)?.row;
    expect(at(2, 'Totaal_1 (5)')).toEqual({
      measure: 'Totaal_1',
      dims: { SoortGegevens: 'Prijsniveau 2015' },
      period: '2023KW01',
      value: 161241,
      status: 'onbekend',
    });
    expect(at(3, 'BrutoBinnenlandsProduct_2 (6)')).toEqual({
      measure: 'BrutoBinnenlandsProduct_2',
      dims: { SoortGegevens: 'Prijsniveau 2015' },
      period: '2023KW02',
      value: null,
      symbol: 'ontbreekt',
      status: 'onbekend',
    });
    expect(at(4, 'BrutoBinnenlandsProduct_2 (6)')).toMatchObject({
      dims: { SoortGegevens: 'Prijsniveau 2015, seizoengecorrigeerd' },
      period: '2023KW02',
      value: 1500,
      status: 'voorlopig',
    });
    expect(at(5, 'Totaal_1 (5)')).toMatchObject({ period: '2023JJ00', value: 0, status: 'nader voorlopig' });
    expect(at(5, 'BrutoBinnenlandsProduct_2 (6)')).toMatchObject({ value: 0.5 });
    expect(at(6, 'Totaal_1 (5)')).toMatchObject({ period: '2024MM01', value: 12.25 });
    expect(rows.every((r) => r.where.file === fixture)).toBe(true);
  });
});

// Shaped like the third-party pandas dump of 81589NED (synthetic values): no ID column, Dutch labels.
const pandasDump = `${[
  ',Perioden,Totaal aantal bedrijven,1 werkzaam persoon,100 of meer werkzame personen',
  '0,2007 1e kwartaal,15.0,10.0,5.0',
  '1,2007 2e kwartaal,20.0,,5.0',
].join('\r\n')}\r\n`; // pandas ends every line, the last one too
const thirdPartyName = '81589NED_bedrijven_grootteklasse_kwartaal_2007-2022.csv';

describe('cbsodataCsvAdapter on a third-party file', () => {
  it('detects a header without ID, reads it, and adds back the dimension its author filtered on', async () => {
    const path = variant(pandasDump, thirdPartyName);
    expect(await cbsodataCsvAdapter.detect(path)).toBe(true);
    const table = await cbsodataCsvAdapter.open(path);
    const rows = await collectRows(table);
    expect(rows.map((r) => r.row)).toEqual([
      ...[
        ['Totaal aantal bedrijven', 15],
        ['1 werkzaam persoon', 10],
        ['100 of meer werkzame personen', 5],
      ].map(([measure, value]) => ({
        measure,
        dims: { BedrijfstakkenBranchesSBI2008: 'A-U Alle economische activiteiten' },
        period: '2007KW01',
        value,
        status: 'onbekend',
      })),
      expect.objectContaining({ measure: 'Totaal aantal bedrijven', period: '2007KW02', value: 20 }),
      expect.objectContaining({ measure: '1 werkzaam persoon', value: null, symbol: 'ontbreekt' }),
      expect.objectContaining({ measure: '100 of meer werkzame personen', value: 5 }),
    ]);
    expect(rows[1]!.where).toEqual({ file: path, line: 2, column: '1 werkzaam persoon (4)' });
    expect(table.dimensions['BedrijfstakkenBranchesSBI2008']?.codes).toEqual({
      'A-U Alle economische activiteiten': { label: 'A-U Alle economische activiteiten' },
    });
  });

  it('cites the third party, not CBS, and says it is no raw capture', async () => {
    const table = await cbsodataCsvAdapter.open(variant(pandasDump, thirdPartyName));
    expect(table.provenance).toMatchObject({
      publisher: 'derde partij (cbsodata-export van CBS-tabel 81589NED)',
      tableId: '81589NED',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/81589NED/table',
      retrieved: null,
    });
    expect(table.provenance.notes[0]).toMatch(/^GEEN ruwe CBS-opname: een derde partij/);
  });
});

describe('cbsodataCsvAdapter refuses', () => {
  it.each([
    [
      'a semicolon file',
      good.replaceAll(',', ';'),
      /84105NED\.csv, line 1: the header is semicolon-separated, not comma-separated: ";ID;SoortGegevens/,
    ],
    [
      'a header without the index column',
      good.replace(/^,ID,/, 'ID,'),
      /line 1, column 1: the first header cell is "ID"; expected an empty cell/,
    ],
    [
      'a misspelt ID',
      good.replace(/^,ID,/, ',Id,'),
      /line 1, column 2: the second header cell is "Id"; expected "ID" \(the cbsodata layout/,
    ],
    [
      'a header without Perioden',
      good.replace('Perioden', 'Periode'),
      /line 1: the header has no Perioden column: ",ID,SoortGegevens,Periode/,
    ],
    ['a header without topics', good.replace(/,Totaal_1.*\n/, '\n'), /line 1: the header has no topic columns after Perioden/],
    [
      'a repeated column',
      good.replace('Totaal_1', 'BrutoBinnenlandsProduct_2'),
      /line 1, column 6: a repeated column name "BrutoBinnenlandsProduct_2"/,
    ],
    ['a header only', `${header}\n`, /line 1: the file has a header but no data rows/],
  ])('%s', async (_name, text, message) => {
    await expect(cbsodataCsvAdapter.open(variant(text))).rejects.toThrow(message);
  });

  it.each([
    [
      'a non-numeric value',
      '0,0,Prijsniveau 2015,2023 1e kwartaal,abc,1.0',
      /line 2, column Totaal_1 \(5\): not a number "abc"; expected a number with a decimal point \(1234\.5\) or a blank cell/,
    ],
    [
      'a decimal comma',
      '0,0,Prijsniveau 2015,2023 1e kwartaal,1.0,"1,5"',
      /line 2, column BrutoBinnenlandsProduct_2 \(6\): a number in Dutch notation \(decimal comma or thousands dots\) "1,5"/,
    ],
    [
      'Dutch thousands dots',
      '0,0,Prijsniveau 2015,2023 1e kwartaal,"1.234,5",1.0',
      /line 2, column Totaal_1 \(5\): a number in Dutch notation .* "1\.234,5"/,
    ],
    ['an overflowing exponent', '0,0,Prijsniveau 2015,2023 1e kwartaal,1e999,1.0', /line 2, column Totaal_1 \(5\): not a number "1e999"/],
    [
      'an unknown period label',
      '0,0,Prijsniveau 2015,2023 5e kwartaal,1.0,1.0',
      /line 2, column Perioden \(4\): an unknown period label "2023 5e kwartaal"; expected a Dutch period label/,
    ],
    [
      'a period code instead of a label',
      '0,0,Prijsniveau 2015,2023KW01,1.0,1.0',
      /line 2, column Perioden \(4\): an unknown period label "2023KW01"/,
    ],
    ['an empty label', '0,0, ,2023 1e kwartaal,1.0,1.0', /line 2, column SoortGegevens \(3\): an empty label " "/],
    [
      'a short row',
      '0,0,Prijsniveau 2015,2023 1e kwartaal,1.0',
      /line 2: the row has 5 field\(s\): "0,0,Prijsniveau 2015,2023 1e kwartaal,1\.0"; expected 6 fields/,
    ],
  ])('%s', async (_name, row, message) => {
    await expect(cbsodataCsvAdapter.open(withRows(row))).rejects.toThrow(message);
  });

  it('a duplicate (dimensions, period), naming both lines', async () => {
    const path = withRows(
      '0,0,Prijsniveau 2015,2023 1e kwartaal,1.0,1.0',
      '1,1,Prijsniveau 2015,2023 2e kwartaal,1.0,1.0',
      '2,2,Prijsniveau 2015,2023 1e kwartaal*,2.0,2.0',
    );
    await expect(cbsodataCsvAdapter.open(path)).rejects.toThrow(
      /line 4, column Perioden \(4\): this \(dimensions, period\) already occurs on line 2: "Prijsniveau 2015 \| 2023KW01"/,
    );
  });

  it('a file name that adds to the table id but names no recorded third party', async () => {
    await expect(cbsodataCsvAdapter.open(variant(good, '84105NED_bbp.csv'))).rejects.toThrow(
      /84105NED_bbp\.csv: nobody is recorded as the maker of this cbsodata file: "84105NED_bbp\.csv"; expected 84105NED\.csv for the client's own output, or a file listed in scripts\/import\/cbsodata-csv\/third-party-files\.ts/,
    );
  });

  it('a file name that is not a table id', async () => {
    await expect(cbsodataCsvAdapter.open(variant(good, 'bbp-export.csv'))).rejects.toThrow(
      /bbp-export\.csv: the file name does not name a CBS table: "bbp-export\.csv"; expected the table id as file name/,
    );
  });
});

const real = join(sharedSources, 'cbsodata-csv');

describeReal('cbsodataCsvAdapter on the real cbsodata files', () => {
  it('reads 84105NED: seasonally adjusted GDP at 2015 prices for 2023KW02 is a number', { timeout: 30_000 }, async () => {
    const path = join(real, '84105NED.csv');
    expect(await cbsodataCsvAdapter.detect(path)).toBe(true);
    const table = await cbsodataCsvAdapter.open(path);
    expect(Object.keys(table.dimensions['SoortGegevens']?.codes ?? {})).toContain('Prijsniveau 2015, seizoengecorrigeerd');
    let gdp: number | null | undefined;
    await table.rows((row) => {
      if (
        row.measure === 'BrutoBinnenlandsProduct_2' &&
        row.period === '2023KW02' &&
        row.dims['SoortGegevens'] === 'Prijsniveau 2015, seizoengecorrigeerd'
      )
        gdp = row.value;
    });
    expect(Number.isFinite(gdp)).toBe(true);
  });

  it('streams 85828NED: every line × 21 topics, 109 branches, trailing-space period labels', { timeout: 60_000 }, async () => {
    const table = await cbsodataCsvAdapter.open(join(real, '85828NED.csv'));
    expect(Object.keys(table.measures)).toHaveLength(21);
    expect(Object.keys(table.dimensions['BedrijfstakkenBranchesSBI2008']?.codes ?? {})).toHaveLength(109);
    let count = 0;
    const periods = new Set<string>();
    await table.rows((row) => {
      count++;
      periods.add(row.period);
    });
    expect(count).toBe(dataLines(join(real, '85828NED.csv')) * 21);
    expect(periods).toContain('2024KW03');
    expect(periods).toContain('2000MM01');
  });
});

/** Records in a CSV without quoted line breaks: its lines, the header and a final newline not counted. */
function dataLines(path: string): number {
  return readFileSync(path, 'utf8').trimEnd().split('\n').length - 1;
}

describeReal('cbsodataCsvAdapter on the real third-party files', () => {
  const thirdParty = join(sharedSources, 'third-party');

  it('81589NED: every quarter 2007–2022 with 11 topics; 2007 1e kwartaal = 987.345 firms; cited as a third-party assembly', async () => {
    const path = join(thirdParty, '81589NED_bedrijven_grootteklasse_kwartaal_2007-2022.csv');
    const table = await cbsodataCsvAdapter.open(path);
    const rows = (await collectRows(table)).map((r) => r.row);
    expect(rows).toHaveLength(dataLines(path) * 11);
    const periods = [...new Set(rows.map((r) => r.period))];
    expect([periods[0], periods.at(-1), periods.length]).toEqual(['2007KW01', '2022KW04', 16 * 4]);
    expect(rows.find((r) => r.measure === 'Totaal aantal bedrijven' && r.period === '2007KW01')?.value).toBe(987_345);
    expect(rows.every((r) => r.dims['BedrijfstakkenBranchesSBI2008'] === 'A-U Alle economische activiteiten')).toBe(true);
    expect(table.provenance.publisher).toMatch(/^derde partij/);
    expect(table.provenance.notes.join(' ')).toMatch(/GEEN ruwe CBS-opname/);
  });

  it('82522NED: ten provinces (no Overijssel, no Utrecht), three debtor types, months, quarters and years 2009–2022', async () => {
    const path = join(thirdParty, '82522NED_faillissementen_provincies_2009-2022.csv');
    const table = await cbsodataCsvAdapter.open(path);
    const rows = (await collectRows(table)).map((r) => r.row);
    expect(rows).toHaveLength(dataLines(path));
    const regions = Object.keys(table.dimensions['RegioS']?.codes ?? {});
    expect(regions).toHaveLength(10);
    expect(regions).toContain('Friesland');
    expect(regions).not.toContain('Overijssel');
    expect(regions).not.toContain('Utrecht');
    expect(Object.keys(table.dimensions['TypeGefailleerde']?.codes ?? {}).sort()).toEqual([
      'Bedrijven en instellingen',
      'Bedrijven, instellingen en eenmanszaken',
      'Natuurlijke personen met eenmanszaak',
    ]);
    const periods = new Set(rows.map((r) => r.period));
    for (const code of ['2009MM01', '2009KW01', '2009JJ00', '2022MM09', '2022KW03']) expect(periods).toContain(code);
    expect(periods).not.toContain('2022JJ00');
    expect(table.provenance.notes.join(' ')).toMatch(/Overijssel en Utrecht ontbreken/);
  });
});
