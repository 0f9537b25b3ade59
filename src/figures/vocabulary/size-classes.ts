import type { SeriesSpec } from '../../charts/frame.ts';

/**
 * The project's size classes, defined once. The site's own definitions come from the Jaarbericht
 * (specs/DASHBOARD.md); each source splits firms its own way, so every split is listed here as its
 * publisher defines it, with the codes its categories carry in the data. Matching is by code (or an
 * exact alias), never by a substring of a label.
 */

/** Persons employed ("werkzame personen"): from `min` up to, not including, `max`; `max` null is open. */
export interface PersonsEmployed {
  min: number;
  max: number | null;
}

/** The mkb: firms with fewer than 250 persons employed. */
export const mkbLimit = 250;

/** The size classes of the site's own definitions. */
export type SiteClass = 'zzp' | 'micro' | 'klein' | 'midden' | 'mkb' | 'groot';

/** The site's definitions: mkb fewer than 250; zzp 1; micro 2–9; klein 10–49; midden 50–249; groot 250+. */
export const siteClasses: Readonly<Record<SiteClass, PersonsEmployed>> = {
  zzp: { min: 1, max: 2 },
  micro: { min: 2, max: 10 },
  klein: { min: 10, max: 50 },
  midden: { min: 50, max: 250 },
  mkb: { min: 0, max: mkbLimit },
  groot: { min: mkbLimit, max: null },
};

/** How much of a class lies inside the mkb: all of it, part of it (80472NED's "100 of meer"), or none. */
export type MkbShare = 'whole' | 'part' | 'none';

export function mkbShare(persons: PersonsEmployed): MkbShare {
  if (persons.max !== null && persons.max <= mkbLimit) return 'whole';
  return persons.min < mkbLimit ? 'part' : 'none';
}

export interface SizeClass {
  /** The category code in the generated data ("WP19074", "micro"). */
  code: string;
  /** What readers see. */
  label: string;
  persons: PersonsEmployed;
  mkb: MkbShare;
  /** The site's class this category stands for, where it is one (80472NED's 10–100 is none). */
  site?: SiteClass;
  /** Other exact spellings of the same category in the sources (published single figures, CBS titles). */
  aliases: readonly string[];
}

/** One publisher's split into size classes, in reading order (colours and symbols follow this order). */
export interface SizeClassification {
  id: string;
  /** Whose split it is: "CBS, tabel 80472NED". */
  source: string;
  classes: readonly SizeClass[];
}

interface ClassInput {
  code: string;
  label: string;
  persons: PersonsEmployed;
  site?: SiteClass;
  aliases?: readonly string[];
}

function classification(id: string, source: string, classes: readonly ClassInput[]): SizeClassification {
  return {
    id,
    source,
    classes: classes.map((c) => ({ ...c, mkb: mkbShare(c.persons), aliases: c.aliases ?? [] })),
  };
}

const persons = (min: number, max: number | null = null): PersonsEmployed => ({ min, max });

/** CBS 80472NED (vacancies): CBS's own split 0–10, 10–100, 100+, not the mkb's 250. */
export const vacancyClasses = classification('80472NED', 'CBS, tabel 80472NED', [
  {
    code: 'WP19074',
    label: '0–10 werkzame personen',
    persons: persons(0, 10),
    aliases: ['Bedrijfsgrootte: 0 tot 10 werkzame personen'],
  },
  {
    code: 'WP19091',
    label: '10–100 werkzame personen',
    persons: persons(10, 100),
    aliases: ['Bedrijfsgrootte: 10 tot 100 werkzame personen'],
  },
  {
    code: 'WP19098',
    label: '100 of meer werkzame personen',
    persons: persons(100),
    aliases: ['Bedrijfsgrootte: 100 of meer werkzame personen'],
  },
]);

/** The Financieringsmonitor (CBS): mkb in the business economy with at least 2 persons employed. */
export const surveyClasses = classification('financieringsmonitor', 'CBS, Financieringsmonitor', [
  { code: 'micro', label: 'Micro (2–10)', persons: persons(2, 10), site: 'micro' },
  { code: 'klein', label: 'Klein (10–50)', persons: persons(10, 50), site: 'klein' },
  { code: 'midden', label: 'Midden (50–250)', persons: persons(50, 250), site: 'midden' },
  { code: 'mkb', label: 'Mkb totaal', persons: persons(2, 250), site: 'mkb' },
  { code: 'groot', label: 'Groot (250+)', persons: persons(250), site: 'groot' },
]);

/**
 * Published single figures on productivity, employment and turnover (staatvanhetmkb.nl, CBS): the
 * Jaarbericht's classes. The publications give micro as "<10" or "2-10" and klein as "<50" or "10-50";
 * the aliases are their category texts (before a sector: "kleinbedrijf (10-50), industrie").
 */
export const publishedClasses = classification('staatvanhetmkb', 'CBS en staatvanhetmkb.nl, gepubliceerde cijfers', [
  { code: 'zzp', label: 'Zzp (1 werkzame persoon)', persons: siteClasses.zzp, site: 'zzp', aliases: ['zzp (1 werkzame persoon)'] },
  {
    code: 'micro',
    label: 'Microbedrijf',
    persons: siteClasses.micro,
    site: 'micro',
    aliases: ['microbedrijf (<10)', 'microbedrijf (2-10)'],
  },
  {
    code: 'klein',
    label: 'Kleinbedrijf',
    persons: siteClasses.klein,
    site: 'klein',
    aliases: ['kleinbedrijf (<50)', 'kleinbedrijf (10-50)'],
  },
  { code: 'midden', label: 'Middenbedrijf (50–250)', persons: siteClasses.midden, site: 'midden', aliases: ['middenbedrijf (50-250)'] },
  { code: 'mkb', label: 'Mkb totaal', persons: siteClasses.mkb, site: 'mkb', aliases: ['mkb totaal', 'mkb NL', 'mkb excl. zzp'] },
  { code: 'groot', label: 'Grootbedrijf (250+)', persons: siteClasses.groot, site: 'groot', aliases: ['grootbedrijf (250+)'] },
]);

/**
 * CBS 81589NED (firms by size class), with the codes the firm-count datasets give every source
 * (src/schemas/bedrijven.ts: `1`, `3-5`, `100+`); CBS's titles are the aliases. The table of 2007–2022
 * stops at 100 or more: there is no class that ends at 250, only CBS's own total 0–250 (the mkb) in the
 * StatLine export. 0–50 and 0–250 are sums of the classes before them, not classes of their own.
 */
export const firmClasses = classification('81589NED', 'CBS, tabel 81589NED', [
  { code: '1', label: '1 werkzame persoon', persons: persons(1, 2), site: 'zzp', aliases: ['1 werkzaam persoon'] },
  { code: '2', label: '2 werkzame personen', persons: persons(2, 3), aliases: ['2 werkzame personen'] },
  { code: '3-5', label: '3–5 werkzame personen', persons: persons(3, 5), aliases: ['3 tot 5 werkzame personen'] },
  { code: '5-10', label: '5–10 werkzame personen', persons: persons(5, 10), aliases: ['5 tot 10 werkzame personen'] },
  { code: '10-20', label: '10–20 werkzame personen', persons: persons(10, 20), aliases: ['10 tot 20 werkzame personen'] },
  { code: '20-50', label: '20–50 werkzame personen', persons: persons(20, 50), aliases: ['20 tot 50 werkzame personen'] },
  { code: '50-100', label: '50–100 werkzame personen', persons: persons(50, 100), aliases: ['50 tot 100 werkzame personen'] },
  {
    code: '100+',
    label: '100 of meer werkzame personen',
    persons: persons(100),
    aliases: ['100 werkzame personen of meer', '100 of meer werkzame personen'],
  },
  { code: '0-50', label: '0–50 werkzame personen', persons: persons(0, 50), aliases: ['0 tot 50 werkzame personen'] },
  {
    code: '0-250',
    label: 'Mkb (0–250 werkzame personen)',
    persons: persons(0, mkbLimit),
    site: 'mkb',
    aliases: ['0 tot 250 werkzame personen', '0 tot 250 werkzame personen (mkb)'],
  },
]);

/** 81589NED's eight disjoint size classes (without its totals 0–50 and 0–250), smallest first. */
export const firmSizeClasses: readonly SizeClass[] = firmClasses.classes.filter((c) => !['0-50', '0-250'].includes(c.code));

/** The class whose code or alias is `category`, or undefined. */
export function findSizeClass(split: SizeClassification, category: string): SizeClass | undefined {
  return split.classes.find((c) => c.code === category || c.aliases.includes(category));
}

/** The class of `category`; a category the split does not know stops the build (its definition no longer fits). */
export function sizeClassOf(split: SizeClassification, category: string): SizeClass {
  const found = findSizeClass(split, category);
  if (!found) throw new Error(`figure data: "${category}" is not a size class of ${split.source}`);
  return found;
}

/** Position of the class of `category` in the split's reading order. */
export function sizeClassRank(split: SizeClassification, category: string): number {
  return split.classes.indexOf(sizeClassOf(split, category));
}

/** A chart series per class (key: the class code), in reading order. */
export function sizeClassSeries(split: SizeClassification): SeriesSpec[] {
  return split.classes.map((c) => ({ key: c.code, label: c.label }));
}
