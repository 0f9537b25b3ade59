import { describe, expect, test } from 'vitest';
import {
  findSizeClass,
  firmClasses,
  firmSizeClasses,
  mkbShare,
  type PersonsEmployed,
  publishedClasses,
  type SizeClassification,
  siteClasses,
  sizeClassOf,
  sizeClassRank,
  sizeClassSeries,
  surveyClasses,
  vacancyClasses,
} from '../../../src/figures/vocabulary/size-classes.ts';
import { loadGenerated } from '../../../src/lib/generated.ts';

const splits: [string, SizeClassification][] = [
  ['80472NED', vacancyClasses],
  ['Financieringsmonitor', surveyClasses],
  ['published figures', publishedClasses],
  ['81589NED', firmClasses],
];

describe('the site’s definitions (specs/DASHBOARD.md)', () => {
  test.each([
    ['zzp', 1, 2],
    ['micro', 2, 10],
    ['klein', 10, 50],
    ['midden', 50, 250],
    ['mkb', 0, 250],
    ['groot', 250, null],
  ] as const)('%s: from %d up to (not including) %s persons employed', (name, min, max) => {
    expect(siteClasses[name]).toEqual({ min, max });
  });
});

describe('mkbShare: inside the mkb means fewer than 250 persons employed', () => {
  test.each<[PersonsEmployed, string]>([
    [{ min: 0, max: 10 }, 'whole'],
    [{ min: 50, max: 250 }, 'whole'],
    [{ min: 0, max: 250 }, 'whole'],
    [{ min: 100, max: null }, 'part'],
    [{ min: 200, max: 300 }, 'part'],
    [{ min: 250, max: null }, 'none'],
    [{ min: 250, max: 500 }, 'none'],
  ])('%o → %s', (persons, share) => {
    expect(mkbShare(persons)).toBe(share);
  });
});

describe('each split as its publisher defines it', () => {
  test.each<[SizeClassification, string, string, number, number | null, string]>([
    [vacancyClasses, 'WP19074', '0–10 werkzame personen', 0, 10, 'whole'],
    [vacancyClasses, 'WP19091', '10–100 werkzame personen', 10, 100, 'whole'],
    [vacancyClasses, 'WP19098', '100 of meer werkzame personen', 100, null, 'part'],
    [surveyClasses, 'micro', 'Micro (2–10)', 2, 10, 'whole'],
    [surveyClasses, 'klein', 'Klein (10–50)', 10, 50, 'whole'],
    [surveyClasses, 'midden', 'Midden (50–250)', 50, 250, 'whole'],
    [surveyClasses, 'mkb', 'Mkb totaal', 2, 250, 'whole'],
    [surveyClasses, 'groot', 'Groot (250+)', 250, null, 'none'],
    [publishedClasses, 'zzp', 'Zzp (1 werkzame persoon)', 1, 2, 'whole'],
    [publishedClasses, 'micro', 'Microbedrijf', 2, 10, 'whole'],
    [publishedClasses, 'klein', 'Kleinbedrijf', 10, 50, 'whole'],
    [publishedClasses, 'midden', 'Middenbedrijf (50–250)', 50, 250, 'whole'],
    [publishedClasses, 'mkb', 'Mkb totaal', 0, 250, 'whole'],
    [publishedClasses, 'groot', 'Grootbedrijf (250+)', 250, null, 'none'],
    [firmClasses, '1', '1 werkzame persoon', 1, 2, 'whole'],
    [firmClasses, '3-5', '3–5 werkzame personen', 3, 5, 'whole'],
    [firmClasses, '100+', '100 of meer werkzame personen', 100, null, 'part'],
    [firmClasses, '0-250', 'Mkb (0–250 werkzame personen)', 0, 250, 'whole'],
  ])('%#: %s %s is “%s”, %d to %s, mkb: %s', (split, code, label, min, max, mkb) => {
    const found = sizeClassOf(split, code);
    expect({ code: found.code, label: found.label, persons: found.persons, mkb: found.mkb }).toEqual({
      code,
      label,
      persons: { min, max },
      mkb,
    });
  });

  test.each(splits)('%s: codes and aliases are unique and every class has a range', (_, split) => {
    const names = split.classes.flatMap((c) => [c.code, ...c.aliases]);
    expect(new Set(names).size).toBe(names.length);
    for (const c of split.classes) if (c.persons.max !== null) expect(c.persons.max, c.code).toBeGreaterThan(c.persons.min);
  });

  // The disjoint classes of a split (81589NED's 0–50 and 0–250 are sums of them) cover all sizes once.
  test.each<[string, SizeClassification, string[], number]>([
    ['80472NED', vacancyClasses, ['WP19074', 'WP19091', 'WP19098'], 0],
    ['81589NED', firmClasses, firmSizeClasses.map((c) => c.code), 1],
  ])('%s: the classes follow each other without a gap, the last one open', (_, split, codes, from) => {
    let next: number | null = from;
    for (const code of codes) {
      const { persons } = sizeClassOf(split, code);
      expect(persons.min, code).toBe(next);
      next = persons.max;
    }
    expect(next).toBeNull();
  });

  test('classes that stand for a site class have its range, except where the publisher says otherwise', () => {
    for (const c of [...surveyClasses.classes, ...publishedClasses.classes])
      if (c.site && !(c.site === 'mkb' && c.persons.min === 2)) expect(c.persons, `${c.code}`).toEqual(siteClasses[c.site]);
  });
});

describe('matching is by code or exact alias, never by part of a label', () => {
  test.each<[SizeClassification, string, string | undefined]>([
    [vacancyClasses, 'WP19074', 'WP19074'],
    [vacancyClasses, 'Bedrijfsgrootte: 0 tot 10 werkzame personen', 'WP19074'],
    [vacancyClasses, 'Bedrijfsgrootte: 10 tot 100 werkzame personen', 'WP19091'],
    [vacancyClasses, 'Bedrijfsgrootte: 0 tot 10 werkzame pe...', undefined],
    [vacancyClasses, '0 tot 10 ', undefined],
    [vacancyClasses, 'T001081', undefined],
    [surveyClasses, 'micro', 'micro'],
    [surveyClasses, 'Micro', undefined],
    [surveyClasses, 'zzp', undefined],
    [publishedClasses, 'microbedrijf (<10)', 'micro'],
    [publishedClasses, 'microbedrijf (2-10)', 'micro'],
    [publishedClasses, 'kleinbedrijf (<50)', 'klein'],
    [publishedClasses, 'mkb NL', 'mkb'],
    [publishedClasses, 'mkb excl. zzp', 'mkb'],
    [publishedClasses, 'microbedrijven', undefined],
    [publishedClasses, 'NL', undefined],
    [firmClasses, '100 of meer werkzame personen', '100+'],
    [firmClasses, '100 werkzame personen of meer', '100+'],
    [firmClasses, '3 tot 5 werkzame personen', '3-5'],
    [firmClasses, '100 werkzame personen', undefined],
    [firmClasses, '3', undefined],
  ])('%#: "%s" → %s', (split, category, code) => {
    expect(findSizeClass(split, category)?.code).toBe(code);
  });

  test('an unknown category stops the build with the category and the split', () => {
    expect(() => sizeClassOf(vacancyClasses, '0 tot 10')).toThrow('"0 tot 10" is not a size class of CBS, tabel 80472NED');
  });

  test('rank and chart series follow the reading order', () => {
    expect(surveyClasses.classes.map((c) => sizeClassRank(surveyClasses, c.code))).toEqual([0, 1, 2, 3, 4]);
    expect(sizeClassSeries(surveyClasses).map((s) => s.key)).toEqual(['micro', 'klein', 'midden', 'mkb', 'groot']);
    expect(sizeClassSeries(vacancyClasses)[0]).toEqual({ key: 'WP19074', label: '0–10 werkzame personen' });
  });
});

describe('the generated data uses only codes the splits know', () => {
  const data = loadGenerated();
  test('80472NED size classes (WP…)', () => {
    const codes = new Set(data.series.vacatures.filter((s) => s.category.startsWith('WP')).map((s) => s.category));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) expect(findSizeClass(vacancyClasses, code), code).toBeDefined();
  });
  test('81589NED size classes and totals (bedrijven, bedrijven-bedrijfstak)', () => {
    const codes = new Set(
      [...data.series.bedrijven, ...data.series['bedrijven-bedrijfstak']]
        .map((s) => s.series)
        .filter((code) => !['totaal', 'natuurlijke-personen', 'rechtspersonen'].includes(code)),
    );
    expect(codes.size).toBe(10);
    for (const code of codes) expect(findSizeClass(firmClasses, code), code).toBeDefined();
  });
  test('Financieringsmonitor size classes', () => {
    const codes = new Set(data.series.financiering.filter((s) => s.source.includes('financieringsmonitor')).map((s) => s.category));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) expect(findSizeClass(surveyClasses, code), code).toBeDefined();
  });
});
