import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dnbCsvAdapter } from '../../../scripts/import/dnb-csv.ts';
import { describeReal, matchingRows, sharedSources } from '../../helpers/real-sources.ts';
import { collectRows, writeVariant } from './write-variant.ts';

const name = 'kernindicatoren-monetaire-statistieken-maand_2025-08-18.csv';
const fixture = join(process.cwd(), 'test/fixtures/dnb', name);
const good = readFileSync(fixture, 'utf8'); // the BOM survives as U+FEFF
const [head = '', ...rest] = good.split('\n');
const footer = rest.slice(-2);
const lending = `"Zakelijke kredietverlening ","Uitstaande bedragen (mln euro's) ","Niet-financiële bedrijven "`;
const withRows = (...rows: string[]) => writeVariant(name, [head, ...rows, ...footer].join('\n'));
const measure = "Zakelijke kredietverlening | Uitstaande bedragen (mln euro's)";

describe('dnbCsvAdapter on the fixture', () => {
  it('detects the DNB export and nothing else', async () => {
    expect(await dnbCsvAdapter.detect(fixture)).toBe(true);
    expect(await dnbCsvAdapter.detect(join(process.cwd(), 'test/fixtures/cbsodata-csv/84105NED.csv'))).toBe(false);
    expect(await dnbCsvAdapter.detect(join(process.cwd(), 'test/fixtures/tidy/ondernemersvertrouwen-kwartaal.csv'))).toBe(false);
  });

  it('records provenance with the download date from the file name, and the repeat count', async () => {
    const table = await dnbCsvAdapter.open(fixture);
    expect(table.provenance).toMatchObject({
      publisher: 'DNB',
      tableId: 'dnb-kernindicatoren-monetaire-statistieken-maand',
      title: 'Kernindicatoren monetaire statistieken (maand)',
      modified: null,
      licence: 'CC BY 4.0',
      retrieved: '2025-08-18',
      format: 'dnb-csv',
      url: 'https://www.dnb.nl/statistieken/data-zoeken/',
      notes: ['1 herhaalde rijen overgeslagen'],
    });
    expect(table.provenance.files[0]?.name).toBe(name);
  });

  it('keys series by trimmed labels and takes units from InstrumentSub, straight or curly apostrophe', async () => {
    const table = await dnbCsvAdapter.open(fixture);
    expect(table.measures).toEqual({
      [measure]: { label: measure, unit: 'mln euro' },
      'Zakelijke kredietverlening | Rente op nieuwe contracten <= € 0.25 mln (percentages)': {
        label: 'Zakelijke kredietverlening | Rente op nieuwe contracten <= € 0.25 mln (percentages)',
        unit: '%',
      },
      'Woninghypotheken | Zuiver nieuwe leningen (mln euro’s)': {
        label: 'Woninghypotheken | Zuiver nieuwe leningen (mln euro’s)',
        unit: 'mln euro',
      },
    });
    expect(table.dimensions).toEqual({
      sector: {
        label: 'Sector',
        codes: { 'Niet-financiële bedrijven': { label: 'Niet-financiële bedrijven' }, 'Huishoudens *': { label: 'Huishoudens *' } },
      },
    });
  });

  it('emits each series and month once: the exact repeat in the second block is dropped, the new month kept', async () => {
    const rows = await collectRows(await dnbCsvAdapter.open(fixture));
    expect(rows.map((r) => [r.where.line, r.row.measure, r.row.period, r.row.value])).toEqual([
      [2, measure, '2024MM11', 279000],
      [3, measure, '2024MM12', 280100.5],
      [4, 'Zakelijke kredietverlening | Rente op nieuwe contracten <= € 0.25 mln (percentages)', '2024MM12', 5.31],
      [5, 'Woninghypotheken | Zuiver nieuwe leningen (mln euro’s)', '2024MM12', 7000],
      [7, measure, '2025MM01', 281128],
    ]);
    expect(rows[0]).toEqual({
      row: { measure, dims: { sector: 'Niet-financiële bedrijven' }, period: '2024MM11', value: 279000, status: 'onbekend' },
      where: { file: fixture, line: 2, column: 'waarde (5)' },
    });
  });

  it('leaves out a row whose period is the bare 0, and says where', async () => {
    const table = await dnbCsvAdapter.open(withRows(`${lending},"2024-11",1`, `${lending},0,2`, `${lending},"2025-01",3`));
    expect(table.provenance.notes).toEqual([
      '0 herhaalde rijen overgeslagen',
      '1 rij(en) met periode "0" (geen maand) overgeslagen: regel 3',
    ]);
    expect((await collectRows(table)).map((r) => r.row.period)).toEqual(['2024MM11', '2025MM01']);
  });
});

describe('dnbCsvAdapter refuses', () => {
  it.each([
    [
      'the same series and month with another value, naming both lines',
      [`${lending},"2024-12",1.5`, `${lending},"2024-11",1`, `${lending},"2024-12",1.6`],
      /line 4, column waarde \(5\): this series and month already has value 1\.5 on line 2; here it is "1\.6"/,
    ],
    [
      'an unknown month',
      [`${lending},"2024-13",1`],
      /line 2, column Periode \(4\): an unknown period "2024-13"; expected a month as YYYY-MM/,
    ],
    ['a Dutch label as period', [`${lending},"2024 mei",1`], /line 2, column Periode \(4\): an unknown period "2024 mei"/],
    ['a decimal comma', [`${lending},"2024-12","1,5"`], /line 2, column waarde \(5\): a number in Dutch notation .*"1,5"/],
    ['a non-numeric value', [`${lending},"2024-12",n.v.t.`], /line 2, column waarde \(5\): not a number "n\.v\.t\."/],
    [
      'a blank value',
      [`${lending},"2024-12",`],
      /line 2, column waarde \(5\): a blank cell ""; expected a number with a decimal point \(1234\.5\)$/,
    ],
    [
      'an unknown unit',
      [`"Zakelijke kredietverlening ","Aantal contracten (aantallen) ","Niet-financiële bedrijven ","2024-12",5`],
      /line 2, column InstrumentSub \(2\): no known unit at the end of "Aantal contracten \(aantallen\)"; expected a text ending in "\(mln euro's\)" or "\(percentages\)"/,
    ],
    [
      'an empty sector',
      [`"Zakelijke kredietverlening ","Nieuwe contracten (mln euro's) "," ","2024-12",5`],
      /line 2, column Sector \(3\): an empty label ""/,
    ],
  ])('%s', async (_name, rows, message) => {
    await expect(dnbCsvAdapter.open(withRows(...rows))).rejects.toThrow(message);
  });

  it.each([
    [
      'a data row after the footer',
      [head, `${lending},"2024-11",1`, ...footer, `${lending},"2024-12",2`].join('\n'),
      /line 5: a line after the footer that starts on line 3: "Zakelijke kredietverlening ,/,
    ],
    [
      'a file without its footer',
      [head, `${lending},"2024-11",1`].join('\n'),
      /line 2: the file ends without its footer \(a cut-off download\?\)/,
    ],
    [
      'a semicolon header',
      good.replace('"Instrument","InstrumentSub","Sector","Periode","waarde"', '"Instrument";"InstrumentSub";"Sector";"Periode";"waarde"'),
      /line 1: the header is semicolon-separated, not comma-separated/,
    ],
    [
      'a misspelled header column',
      good.replace('"Periode"', '"Period"'),
      /line 1, column 4: unexpected header column "Period"; expected "Periode"/,
    ],
    ['a header only', [head, ...footer].join('\n'), /the file has a header but no data rows/],
  ])('%s', async (_name, text, message) => {
    await expect(dnbCsvAdapter.open(writeVariant(name, text))).rejects.toThrow(message);
  });

  it.each([
    [
      'an unknown table',
      'rentestatistiek_2025-08-18.csv',
      /rentestatistiek_2025-08-18\.csv: not a DNB table this importer knows: "rentestatistiek_2025-08-18\.csv"/,
    ],
    [
      'an impossible download date',
      'kernindicatoren-monetaire-statistieken-maand_2025-02-30.csv',
      /the download date in the file name is not a date: "2025-02-30"/,
    ],
  ])('%s in the file name', async (_name, file, message) => {
    await expect(dnbCsvAdapter.open(writeVariant(file, good))).rejects.toThrow(message);
  });

  it('gives retrieved null when the file name has no date', async () => {
    const table = await dnbCsvAdapter.open(writeVariant('kernindicatoren-monetaire-statistieken-maand.csv', good));
    expect(table.provenance.retrieved).toBeNull();
  });
});

const real = join(sharedSources, 'dnb', name);

describeReal('dnbCsvAdapter on the real DNB file', () => {
  it('yields 20 series, each month once, with the later blocks merged into their series', { timeout: 30_000 }, async () => {
    const table = await dnbCsvAdapter.open(real);
    const months = new Map<string, string[]>();
    await table.rows((row) => {
      const series = `${row.measure} / ${row.dims['sector']}`;
      months.set(series, [...(months.get(series) ?? []), row.period]);
    });
    expect(months.size).toBe(20);
    for (const list of months.values()) expect(new Set(list).size).toBe(list.length);
    // The business-lending series continue in a second block at the end of the file (2025).
    const inDrop = matchingRows('financiering', 'dnb-csv/dnb-kernindicatoren-monetaire-statistieken-maand').filter(
      (r) => r['series'] === 'uitstaande-bedragen',
    );
    expect(months.get("Zakelijke kredietverlening | Uitstaande bedragen (mln euro's) / Niet-financiële bedrijven")).toEqual(
      inDrop.map((r) => r['period']),
    );
    // This capture has no exact repeats, and one month written as the bare number 0 (line 2879).
    expect(table.provenance.notes).toEqual([
      '0 herhaalde rijen overgeslagen',
      '1 rij(en) met periode "0" (geen maand) overgeslagen: regel 2879',
    ]);
  });
});
