import { describe, expect, test } from 'vitest';
import { familySeries, findSeries } from '../../../src/figures/select.ts';
import { firmClassSeries, type NamedSeries, namedSeries, provinceSeries, seriesFamilies } from '../../../src/figures/vocabulary/series.ts';
import { firmSizeClasses, vacancyClasses } from '../../../src/figures/vocabulary/size-classes.ts';
import { loadGenerated } from '../../../src/lib/generated.ts';
import { figureKey, figureSeriesKey, seriesKey } from '../../../src/lib/series-key.ts';
import { debtorTypes, provinces } from '../../../src/schemas/faillissementen-provincie.ts';

describe('series keys', () => {
  test.each([
    [{ source: 'cbs-odata-v4/82242NED', series: 'faillissementen', category: 'A047597' }, 'cbs-odata-v4/82242NED|faillissementen|A047597'],
    [{ source: 'cbs-csv/80472NED', series: 'vacatures', category: '' }, 'cbs-csv/80472NED|vacatures|'],
    [
      { source: 'cbsodata-csv/84105NED', series: 'Huishoudens_9', category: 'Prijsniveau 2015, seizoengecorrigeerd' },
      'cbsodata-csv/84105NED|Huishoudens_9|Prijsniveau 2015, seizoengecorrigeerd',
    ],
  ])('%o → %s', (parts, key) => {
    expect(seriesKey(parts)).toBe(key);
  });

  test.each([
    [{ topic: 'faillissementen_mkb', series: 'aantal', category: 'mkb totaal', period: '2023JJ00', period_text: '' }, '2023JJ00'],
    [
      { topic: 'bedrijven_mkb', series: 'aantal mkb-bedrijven', category: 'mkb totaal', period: '', period_text: '2024 begin' },
      '2024 begin',
    ],
  ])('single figure %o ends in its period %s', (row, period) => {
    expect(figureSeriesKey(row)).toBe(`${row.topic}|${row.series}|${row.category}`);
    expect(figureKey(row)).toBe(`${row.topic}|${row.series}|${row.category}|${period}`);
  });
});

describe('the named series', () => {
  const data = loadGenerated();
  const entries = Object.entries(namedSeries) as [string, NamedSeries][];

  test.each([
    ['bbpVolumeGroei', 'economie', 'cbs-odata-v4/85880NED|M002782_1|A045299'],
    ['faillissementenBedrijven', 'faillissementen', 'cbs-odata-v4/82242NED|faillissementen|A047597'],
    ['openstaandeVacatures0Tot10', 'vacatures', 'cbs-csv/80472NED|OpenstaandeVacatures_1|WP19074'],
    ['vacaturesMinderDan100', 'conjunctuur', 'cbs-csv/80472NED|vacatures|'],
    [
      'renteLeningenTot025Mln',
      'financiering',
      'dnb-csv/dnb-kernindicatoren-monetaire-statistieken-maand|rente-op-nieuwe-contracten-tot-0-25-mln|niet-financiele-bedrijven',
    ],
    ['omzetDetailhandel', 'economie', "cbsodata-csv/85828NED|omzet-waarde|47 Detailhandel (niet in auto's)"],
  ])('%s is %s %s', (name, dataset, key) => {
    const named = namedSeries[name as keyof typeof namedSeries];
    expect(named.dataset).toBe(dataset);
    expect(seriesKey(named)).toBe(key);
  });

  test.each(entries)('%s is in src/generated with points, and has a label', (_, named) => {
    const found = findSeries(data, named);
    expect(seriesKey(found)).toBe(seriesKey(named));
    expect(found.points.length).toBeGreaterThan(0);
    expect(named.label.trim()).not.toBe('');
  });

  test('no two names for one series', () => {
    const keys = entries.map(([, named]) => `${named.dataset}:${seriesKey(named)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a series that is not in the data stops the build with its key and file', () => {
    const missing: NamedSeries = { ...namedSeries.faillissementenTotaal, category: 'X000000' };
    expect(() => findSeries(data, missing)).toThrow(
      'series cbs-odata-v4/82242NED|faillissementen|X000000 is not in src/generated/faillissementen.json',
    );
  });

  test.each<[string, NamedSeries, string, string]>([
    ['debtor type', namedSeries.faillissementenEenmanszaken, 'debtorType', 'A028820'],
    ['size class', namedSeries.openstaandeVacatures100Plus, 'sizeClass', 'WP19098'],
    ['loan size', namedSeries.renteLeningenBoven1Mln, 'loanSize', 'rente-op-nieuwe-contracten-boven-1-mln'],
    ['sector', namedSeries.omzetHoreca, 'sector', 'I Horeca'],
  ])('carries its %s with code and label', (_, named, dimension, code) => {
    const value = named.dimensions?.[dimension as keyof NonNullable<NamedSeries['dimensions']>];
    expect(value?.code).toBe(code);
    expect(value?.label).toBe(named.label);
  });

  test('the vacancy size-class series follow 80472NED’s classes, codes and labels', () => {
    const series = [
      namedSeries.openstaandeVacatures0Tot10,
      namedSeries.openstaandeVacatures10Tot100,
      namedSeries.openstaandeVacatures100Plus,
    ];
    expect(series.map((s) => [s.category, s.label])).toEqual(vacancyClasses.classes.map((c) => [c.code, c.label]));
  });

  test('the firm-count series follow 81589NED’s eight classes, the same codes as the data', () => {
    expect(firmClassSeries.map((s) => seriesKey(s))).toEqual(firmSizeClasses.map((c) => `cbsodata-csv/81589NED|${c.code}|A-U`));
    for (const named of firmClassSeries) expect(findSeries(data, named).points.length, seriesKey(named)).toBe(64);
  });

  test('every province has a series of every debtor type, with province and debtor type as dimensions', () => {
    for (const province of provinces)
      for (const debtor of debtorTypes) {
        const named = provinceSeries(province, debtor.code);
        expect(findSeries(data, named).points.length, seriesKey(named)).toBeGreaterThan(0);
        expect(named.dimensions?.province).toEqual({ code: province.code, label: province.label });
        expect(named.dimensions?.debtorType?.code).toBe(debtor.code);
      }
  });

  test.each(Object.entries(seriesFamilies))('family %s has series in the data', (_, family) => {
    const members = familySeries(data, family);
    expect(members.length).toBeGreaterThan(1);
    for (const s of members) expect(s.source).toBe(family.source);
  });
});
