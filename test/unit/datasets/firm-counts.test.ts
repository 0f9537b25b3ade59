import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../scripts/datasets/dataset.ts';
import { firmClassOf, sizeOfCode } from '../../../scripts/datasets/firm-class.ts';
import { checkFirmCounts } from '../../../scripts/datasets/firm-count-checks.ts';
import { sbiCategoryOf } from '../../../scripts/datasets/sbi-category.ts';
import type { Observation } from '../../../src/schemas/observation.ts';

describe('firmClassOf: a topic label as every source writes it → the one class code', () => {
  it.each([
    ['1 werkzaam persoon', '1', '1 werkzaam persoon'],
    ['2 werkzame personen', '2', '2 werkzame personen'],
    ['3 tot 5 werkzame personen', '3-5', '3 tot 5 werkzame personen'],
    ['100 werkzame personen of meer', '100+', '100 of meer werkzame personen'], // StatLine
    ['100 of meer werkzame personen', '100+', '100 of meer werkzame personen'], // as the third party renamed it
    ['0 tot 250 werkzame personen', '0-250', '0 tot 250 werkzame personen (mkb)'],
    ['  250 tot  500 Werkzame personen ', '250-500', '250 tot 500 werkzame personen'],
    ['Totaal bedrijven', 'totaal', 'Totaal bedrijven'],
    ['Totaal aantal bedrijven', 'totaal', 'Totaal bedrijven'],
    ['Natuurlijke personen', 'natuurlijke-personen', 'Natuurlijke personen'],
    ['Rechtspersonen', 'rechtspersonen', 'Rechtspersonen'],
  ])('%j → %s', (label, code, canonical) => {
    expect(firmClassOf(label)).toMatchObject({ code, label: canonical });
  });

  it.each(['Eenmanszaak', '5 tot 3 werkzame personen', 'Omzet', 'werkzame personen', '1 werknemer'])('%j is no class', (label) => {
    expect(firmClassOf(label)).toBeUndefined();
  });

  it.each([
    ['1', { from: 1, to: 2 }],
    ['3-5', { from: 3, to: 5 }],
    ['100+', { from: 100, to: null }],
    ['totaal', undefined],
    ['rechtspersonen', undefined],
  ])('sizeOfCode(%s)', (code, size) => {
    expect(sizeOfCode(code)).toEqual(size);
  });
});

describe('sbiCategoryOf: the SBI letters, the same for labels and OData titles', () => {
  it.each([
    ['A-U Alle economische activiteiten', 'A-U'],
    ['C Industrie', 'C'],
    ['B-E Nijverheid (geen bouw) en energie', 'B-E'],
    ['K Financiële dienstverlening', 'K'],
    ['Totaal (ex. financieel of nutsbedrijven)', 'ex-financieel-nuts'],
    ['Totaal (ex. financieel en nutsbedrijven)', 'ex-financieel-nuts'],
    ['Business Economy, B-N, excl. K, incl. 95', 'business-economy'],
    ['47 Detailhandel (niet in auto’s)', undefined],
    ['62-63 IT- en informatiedienstverlening', undefined],
  ])('%j → %s', (label, code) => {
    expect(sbiCategoryOf(label)).toBe(code);
  });
});

/** Rows of one source, category and period: series → value. */
function group(values: Record<string, number | null>, period = '2020KW01'): Observation[] {
  return Object.entries(values).map(([series, value]) => ({
    source: 'test/81589NED',
    series,
    series_label: series,
    category: 'A-U',
    category_label: 'A-U Alle economische activiteiten',
    period,
    value,
    symbol: value === null ? 'ontbreekt' : null,
    status: 'voorlopig',
    unit: 'aantal',
  }));
}

function check(rows: Observation[]): string[] {
  const notes: string[] = [];
  const context: CheckContext = { fileOf: () => 'raw.csv', note: (_source, message) => notes.push(message) };
  checkFirmCounts(rows, context);
  return notes;
}

const classes = { '1': 100, '2': 50, '3-5': 30, '5-10': 20, '10-20': 10, '20-50': 10, '50-100': 5, '100+': 5 };

describe('checkFirmCounts', () => {
  it('accepts exact sums without a note', () => {
    expect(check(group({ totaal: 230, ...classes, 'natuurlijke-personen': 200, rechtspersonen: 30, '0-50': 220 }))).toEqual([]);
  });

  it('notes a difference that rounding to multiples of 5 explains, once per rule, with the largest', () => {
    const rows = [
      ...group({ totaal: 240, ...classes, 'natuurlijke-personen': 205, rechtspersonen: 30 }),
      ...group({ totaal: 225, ...classes }, '2020KW02'),
      ...group({ totaal: 230, ...classes }, '2020KW03'),
    ];
    expect(check(rows)).toEqual([
      'totaal = natuurlijke personen + rechtspersonen: wijkt in 1 van 1 gevallen af, ten hoogste 5 (CBS rondt elk cijfer af op vijftallen)',
      'totaal = som van de 8 grootteklassen: wijkt in 2 van 3 gevallen af, ten hoogste 10 (CBS rondt elk cijfer af op vijftallen)',
    ]);
  });

  it('lets 0-250 lie between the classes below 100 and all of them when no class ends at 250', () => {
    expect(check(group({ ...classes, '0-250': 228 }))).toEqual([]);
    expect(() => check(group({ ...classes, '0-250': 300 }))).toThrow(
      /raw\.csv, column value: 0-250 of A-U 2020KW01 does not fit its parts \(0-250 = de grootteklassen onder 250; .*\): "300"; expected 225 … 230, give or take 18/,
    );
  });

  it.each([
    [
      'a total beyond rounding',
      { totaal: 260, ...classes },
      /totaal of A-U 2020KW01 does not fit its parts \(totaal = som van de 8 grootteklassen; 1 100, 2 50, .*\): "260"; expected 230, give or take 18/,
    ],
    [
      'legal forms beyond rounding',
      { totaal: 230, ...classes, 'natuurlijke-personen': 150, rechtspersonen: 30 },
      /"230"; expected 180, give or take 6/,
    ],
    [
      'a class missing (an unknown label)',
      { totaal: 230, ...classes, '2': undefined },
      /the size classes of A-U 2020KW01 \(1, 3-5, .*\) leave a gap or overlap: no class covers 2 to 3 persons; series "3-5"/,
    ],
    [
      'no open class at the top',
      { totaal: 230, ...classes, '100+': undefined },
      /the size classes of A-U 2020KW01 stop at 100 persons employed: no open class "100 of meer"; series "50-100"/,
    ],
    ['overlapping classes', { ...classes, '3-10': 50 }, /leave a gap or overlap: 3-10 overlaps the class before it; series "3-10"/],
  ])('refuses %s', (_name, values, message) => {
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, number>;
    expect(() => check(group(defined))).toThrow(message);
  });

  it('skips sums with a missing figure', () => {
    expect(check(group({ totaal: null, ...classes }))).toEqual([]);
  });
});
