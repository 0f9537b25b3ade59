/**
 * The twelve quarterly indicators of CBS's mkb business-cycle clock (see shared/specs/MKBAROMETER.md):
 * six sentiment ("stemming") and six real ("reëel"). Which source stands in for each is the data drop's
 * business, not this registry's.
 */

export const indicatorIds = [
  'ondernemersvertrouwen',
  'financieel-vertrouwen',
  'exportverwachting',
  'vacature-indicator',
  'economisch-klimaat',
  'consumentenvertrouwen',
  'bbp',
  'consumptie-huishoudens',
  'duurzame-goederen',
  'omzet',
  'vacatures',
  'faillissementen',
] as const;

export type IndicatorId = (typeof indicatorIds)[number];

export interface Indicator {
  id: IndicatorId;
  /** Position in CBS's list, 1–12; also the order of indicators in every output. */
  number: number;
  /** Dutch name as the site shows it. */
  name: string;
  group: 'stemming' | 'reëel';
  /** 1: higher is better; −1: higher is worse (the cyclical part is multiplied by −1). */
  direction: 1 | -1;
  /** 'log' for level series (counts, volumes, turnover); 'level' for survey balances and rates. */
  transform: 'log' | 'level';
}

export const indicators: readonly Indicator[] = [
  { id: 'ondernemersvertrouwen', number: 1, name: 'Ondernemersvertrouwen mkb', group: 'stemming', direction: 1, transform: 'level' },
  { id: 'financieel-vertrouwen', number: 2, name: 'Financieel vertrouwen mkb', group: 'stemming', direction: 1, transform: 'level' },
  { id: 'exportverwachting', number: 3, name: 'Exportverwachting mkb', group: 'stemming', direction: 1, transform: 'level' },
  { id: 'vacature-indicator', number: 4, name: 'Vacature-indicator mkb', group: 'stemming', direction: 1, transform: 'level' },
  {
    id: 'economisch-klimaat',
    number: 5,
    name: 'Economisch klimaat volgens mkb-ondernemers',
    group: 'stemming',
    direction: 1,
    transform: 'level',
  },
  {
    id: 'consumentenvertrouwen',
    number: 6,
    name: 'Consumptie-indicator (consumentenvertrouwen)',
    group: 'stemming',
    direction: 1,
    transform: 'level',
  },
  { id: 'bbp', number: 7, name: 'Bruto binnenlands product (volume)', group: 'reëel', direction: 1, transform: 'log' },
  {
    id: 'consumptie-huishoudens',
    number: 8,
    name: 'Binnenlandse consumptie huishoudens (volume)',
    group: 'reëel',
    direction: 1,
    transform: 'log',
  },
  { id: 'duurzame-goederen', number: 9, name: 'Aankopen duurzame goederen (volume)', group: 'reëel', direction: 1, transform: 'log' },
  { id: 'omzet', number: 10, name: 'Omzet mkb', group: 'reëel', direction: 1, transform: 'log' },
  { id: 'vacatures', number: 11, name: 'Openstaande vacatures mkb', group: 'reëel', direction: 1, transform: 'log' },
  { id: 'faillissementen', number: 12, name: 'Faillissementen mkb', group: 'reëel', direction: -1, transform: 'log' },
];

/** The number of indicators a full reading rests on. */
export const indicatorCount = 12;

/** Whether a text is one of the twelve ids (a type guard, so callers need no cast). */
export function isIndicatorId(text: string): text is IndicatorId {
  return indicators.some((indicator) => indicator.id === text);
}

/** The registry entry of an id. */
export function indicatorById(id: IndicatorId): Indicator {
  const found = indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`indicator registry is missing ${id}`);
  return found;
}
