import type { SeriesDataset } from '../../lib/generated.ts';
import type { SeriesParts } from '../../lib/series-key.ts';
import type { debtorTypes } from '../../schemas/faillissementen-provincie.ts';
import type { Better } from '../sentence/compare.ts';
import { firmSizeClasses, type SizeClass, vacancyClasses } from './size-classes.ts';

/**
 * The generated series the figures draw, by name. A figure refers to `namedSeries.bbpVolumeGroei`, never to
 * the raw key; the key is built from the parts by src/lib/series-key.ts. A series carries the dimension
 * values it stands for (debtor type, size class, loan size, sector), so a figure can list or pick them.
 */

/** How series of one table differ from each other. */
export type Dimension = 'debtorType' | 'sizeClass' | 'loanSize' | 'sector' | 'province';

/** How readers name a dimension when they choose a series along it, and the choice of every series. */
export const dimensionNames: Readonly<Record<Dimension, { name: string; all: string }>> = {
  debtorType: { name: 'Type gefailleerde', all: 'Alle typen' },
  sizeClass: { name: 'Grootteklasse', all: 'Alle grootteklassen' },
  loanSize: { name: 'Omvang van de lening', all: 'Alle omvangen' },
  sector: { name: 'Sector', all: 'Alle sectoren' },
  province: { name: 'Provincie', all: 'Alle provincies' },
};

/** One value of a dimension: its code in the data and its name for readers. */
export interface DimensionValue {
  code: string;
  label: string;
  /** Its URL segment in a view's address when the label's own (src/lib/slug.ts) reads badly ("I Horeca" → "horeca"). */
  slug?: string;
}

export interface NamedSeries extends SeriesParts {
  dataset: SeriesDataset;
  /** The series' name in a chart's key and a table's heading (a figure may give its own). */
  label: string;
  /**
   * Which way is better for the mkb: the tiles' good or bad news and the lead's judgement follow it. Decided per
   * series below, with the reason where it is not obvious; a new series must say it.
   */
  better: Better;
  dimensions?: Partial<Record<Dimension, DimensionValue>>;
}

/** Series of one table that differ by category along one dimension, for figures that take what the data has. */
export interface SeriesFamily {
  dataset: SeriesDataset;
  source: string;
  /** The measure, when the family is one measure (else every measure of the source). */
  series?: string;
  dimension: Dimension;
  /** Which way is better, for every member (NamedSeries.better). */
  better: Better;
}

const faillissementen = { dataset: 'faillissementen', source: 'cbs-odata-v4/82242NED', series: 'faillissementen' } as const;
// More bankruptcies is worse (the MKBarometer inverts this indicator too).
const debtor = (category: string, label: string): NamedSeries => ({
  ...faillissementen,
  category,
  label,
  better: 'lower',
  dimensions: { debtorType: { code: category, label } },
});

const openstaandeVacatures = { dataset: 'vacatures', source: 'cbs-csv/80472NED', series: 'OpenstaandeVacatures_1' } as const;
/**
 * Open vacancies: 'neither'. More vacancies means more demand for staff (the MKBarometer counts it as a cycle
 * indicator, higher is better), but for the mkb it also means staff is harder to find (the Jaarbericht's
 * "ruimte om te ondernemen"): a rise is no plain good or bad news, so the tiles give no judgement.
 */
export const vacancyDirection: Better = 'neither';
const vacancyClass = (sizeClass: SizeClass): NamedSeries => ({
  ...openstaandeVacatures,
  category: sizeClass.code,
  label: sizeClass.label,
  better: vacancyDirection,
  dimensions: { sizeClass: { code: sizeClass.code, label: sizeClass.label } },
});
const [upTo10, upTo100, from100] = vacancyClasses.classes as [SizeClass, SizeClass, SizeClass];

const dnb = { dataset: 'financiering', source: 'dnb-csv/dnb-kernindicatoren-monetaire-statistieken-maand' } as const;
const businesses = 'niet-financiele-bedrijven';
// A lower interest rate on new loans is cheaper financing.
const loanRate = (series: string, label: string): NamedSeries => ({
  ...dnb,
  series,
  category: businesses,
  label,
  better: 'lower',
  dimensions: { loanSize: { code: series, label } },
});

const growth = { dataset: 'economie', source: 'cbs-odata-v4/85880NED', category: 'A045299' } as const;
const level = { dataset: 'economie', source: 'cbsodata-csv/84105NED', category: 'Prijsniveau 2015, seizoengecorrigeerd' } as const;

// 85828NED twice: the OData capture (monthly, seasonally adjusted, codes) and the cbsodata export (yearly, labels).
// More turnover is better (a value index: higher prices raise it too, as the figures' notes say).
const branch = (source: 'odata' | 'cbsodata', category: string, label: string): NamedSeries => ({
  dataset: 'economie',
  better: 'higher',
  ...(source === 'odata'
    ? { source: 'cbs-odata-v4/85828NED', series: 'omzet-waarde-sa' }
    : { source: 'cbsodata-csv/85828NED', series: 'omzet-waarde' }),
  category,
  label,
  dimensions: { sector: { code: category, label } },
});

// 81589NED: the national firm counts per quarter come from a third party's cbsodata dump (PROVENANCE.md).
// More firms: the mkb grows (as with start-ups, oprichtingen-opheffingen-mkb).
const firms = { dataset: 'bedrijven', source: 'cbsodata-csv/81589NED', category: 'A-U', better: 'higher' } as const;
const firmClass = (sizeClass: SizeClass): NamedSeries => ({
  ...firms,
  series: sizeClass.code,
  label: sizeClass.label,
  dimensions: { sizeClass: { code: sizeClass.code, label: sizeClass.label } },
});

/** Firms in the Netherlands (A–U) per quarter, one series per 81589NED size class, smallest first. */
export const firmClassSeries: readonly NamedSeries[] = firmSizeClasses.map(firmClass);

/** 82522NED's debtor types as the site names them; the first is the sum of the other two. */
export type ProvinceDebtor = (typeof debtorTypes)[number]['code'];
const provinceDebtorLabels: Record<ProvinceDebtor, string> = {
  'bedrijven-instellingen-eenmanszaken': 'Totaal (bedrijven, instellingen en eenmanszaken)',
  'bedrijven-instellingen': 'Bedrijven en instellingen',
  eenmanszaken: 'Eenmanszaken',
};

/** A province's pronounced bankruptcies of one debtor type (82522NED, via a third party's cbsodata dump). */
export function provinceSeries(
  province: { code: string; label: string },
  debtor: ProvinceDebtor = 'bedrijven-instellingen-eenmanszaken',
): NamedSeries {
  const label = provinceDebtorLabels[debtor];
  return {
    dataset: 'faillissementen-provincie',
    source: 'cbsodata-csv/82522NED',
    series: debtor,
    category: province.code,
    // Fewer bankruptcies are better, as for the national figures.
    better: 'lower',
    label: debtor === 'bedrijven-instellingen-eenmanszaken' ? province.label : label,
    dimensions: { province: { code: province.code, label: province.label }, debtorType: { code: debtor, label } },
  };
}

export const namedSeries = {
  faillissementenTotaal: debtor('T001243', 'Totaal'),
  faillissementenBedrijven: debtor('A047597', 'Bedrijven en instellingen'),
  faillissementenEenmanszaken: debtor('A028820', 'Eenmanszaken'),
  faillissementenNatuurlijkePersonen: debtor('A041718', 'Natuurlijke personen zonder eenmanszaak'),

  openstaandeVacatures0Tot10: vacancyClass(upTo10),
  openstaandeVacatures10Tot100: vacancyClass(upTo100),
  openstaandeVacatures100Plus: vacancyClass(from100),
  vacaturesMinderDan100: {
    dataset: 'conjunctuur',
    source: 'cbs-csv/80472NED',
    series: 'vacatures',
    category: '',
    label: 'Minder dan 100 werkzame personen',
    better: vacancyDirection,
  },

  // The stock of loans: 'neither', it grows with access to credit and with debt alike (and falls when firms repay).
  uitstaandeLeningen: { ...dnb, series: 'uitstaande-bedragen', category: businesses, label: 'Uitstaande leningen', better: 'neither' },
  // New contracts: more new lending is more financing found.
  nieuweLeningen: { ...dnb, series: 'nieuwe-contracten', category: businesses, label: 'Nieuwe contracten', better: 'higher' },
  renteLeningenTot025Mln: loanRate('rente-op-nieuwe-contracten-tot-0-25-mln', 'Tot € 0,25 mln'),
  renteLeningen025Tot1Mln: loanRate('rente-op-nieuwe-contracten-boven-0-25-mln-en-tot-1-mln', '€ 0,25 tot 1 mln'),
  renteLeningenBoven1Mln: loanRate('rente-op-nieuwe-contracten-boven-1-mln', 'Boven € 1 mln'),

  // More output and more spending by households are better for the mkb (MKBarometer: higher is better).
  bbpVolumeGroei: { ...growth, series: 'M002782_1', label: 'Bbp', better: 'higher' },
  consumptieVolumeGroei: { ...growth, series: 'A047811_1', label: 'Consumptie huishoudens', better: 'higher' },
  duurzameGoederenVolumeGroei: { ...growth, series: 'A047825_2', label: 'Duurzame goederen', better: 'higher' },
  bbpVolume: { ...level, series: 'BrutoBinnenlandsProduct_2', label: 'Bbp', better: 'higher' },
  consumptieVolume: { ...level, series: 'Huishoudens_9', label: 'Consumptie huishoudens', better: 'higher' },

  omzetDetailhandelMaand: branch('odata', '371600', 'Detailhandel totaal'),
  omzetSupermarktenMaand: branch('odata', '371700', 'Supermarkten en warenhuizen'),
  omzetHuishoudwarenMaand: branch('odata', '374600', 'Winkels in overige huishoudwaren'),
  omzetOnlineMaand: branch('odata', '382500', 'Geen winkel of markt (o.a. online)'),
  omzetDetailhandel: branch('cbsodata', "47 Detailhandel (niet in auto's)", 'Detailhandel'),
  omzetGroothandel: branch('cbsodata', '46 Groothandel en handelsbemiddeling', 'Groothandel'),
  omzetAutohandel: branch('cbsodata', '45 Autohandel en -reparatie', 'Autohandel en -reparatie'),
  omzetHoreca: branch('cbsodata', 'I Horeca', 'Horeca'),
  omzetInformatieCommunicatie: branch('cbsodata', 'J Informatie en communicatie', 'Informatie en communicatie'),
  omzetZakelijkeDiensten: branch('cbsodata', 'M Specialistische zakelijke diensten', 'Specialistische zakelijke diensten'),
  omzetVerhuurZakelijkeDiensten: branch('cbsodata', 'N Verhuur en overige zakelijke diensten', 'Verhuur en overige zakelijke diensten'),
  omzetVervoerOpslag: branch('cbsodata', 'H Vervoer en opslag', 'Vervoer en opslag'),

  bedrijvenTotaal: { ...firms, series: 'totaal', label: 'Totaal bedrijven' },

  consumentenvertrouwen: {
    dataset: 'conjunctuur',
    source: 'cbs-odata-v4/83693NED',
    series: 'consumentenvertrouwen',
    category: '',
    label: 'Consumentenvertrouwen',
    // More confidence is better (MKBarometer: higher is better); likewise for entrepreneurs below.
    better: 'higher',
  },
  ondernemersvertrouwen: {
    dataset: 'conjunctuur',
    source: 'tidy-csv/ondernemersvertrouwen-kwartaal',
    series: 'ondernemersvertrouwen',
    category: '',
    label: 'Alle bedrijven (derde partij, uit CBS 85612)',
    better: 'higher',
  },
} as const satisfies Record<string, NamedSeries>;

export const seriesFamilies = {
  /** 80472NED's open vacancies by category: SBI sections and groups, and the size classes. */
  openstaandeVacatures: { ...openstaandeVacatures, dimension: 'sector', better: vacancyDirection },
  /** 81589NED's StatLine export, 2020 1e kwartaal: firms by SBI section (or group) and size class, 0–250 = mkb. */
  bedrijvenBedrijfstak: {
    dataset: 'bedrijven-bedrijfstak',
    source: 'cbs-statline-export/81589NED',
    dimension: 'sector',
    better: firms.better,
  },
  /** The Financieringsmonitor's measures by size class. */
  financieringsmonitor: {
    dataset: 'financiering',
    source: 'tidy-csv/financieringsmonitor-by-size-class',
    dimension: 'sizeClass',
    better: 'neither',
  },
} as const satisfies Record<string, SeriesFamily>;
