import { formatNumber } from './number.ts';

/**
 * A change against a year earlier in words, Dutch style: "22% minder dan een jaar eerder", "0,97 procentpunt
 * lager", "even hoog als een jaar eerder". The amount arrives rounded (src/figures/sentence/compare.ts): what is
 * written is what was decided on, so a change that rounds to zero reads "evenveel" or "even hoog".
 */
export interface ChangeAmount {
  direction: 'up' | 'down' | 'same';
  /** The size of the change, ≥ 0, already rounded to `decimals`. */
  amount: number;
  decimals: number;
  unit: '%' | 'procentpunt' | 'punt';
}

/** Which words a change takes: counts "meer/minder", levels "hoger/lager", sizes "groter/kleiner". */
export type ChangeWords = 'count' | 'level' | 'size';

const words: Record<ChangeWords, Record<ChangeAmount['direction'], string>> = {
  count: { up: 'meer', down: 'minder', same: 'evenveel' },
  level: { up: 'hoger', down: 'lager', same: 'even hoog' },
  size: { up: 'groter', down: 'kleiner', same: 'even groot' },
};

/** The direction words of a word set, for tests that read sentences back. */
export function changeWords(set: ChangeWords): Readonly<Record<ChangeAmount['direction'], string>> {
  return words[set];
}

/** "22%", "0,97 procentpunt", "3 punten", "1 punt": the size of a change with its unit. */
export function formatChangeAmount(change: ChangeAmount): string {
  const number = formatNumber(change.amount, change.decimals);
  if (change.unit === '%') return `${number}%`;
  // "3 punten", but "1 punt" and "0,4 punt".
  if (change.unit === 'punt') return `${number} ${Number.isInteger(change.amount) && change.amount !== 1 ? 'punten' : 'punt'}`;
  return `${number} procentpunt`;
}

/** "22% minder dan een jaar eerder"; "evenveel als een jaar eerder" when the change rounds to zero. */
export function formatChangePhrase(change: ChangeAmount, set: ChangeWords, than = 'een jaar eerder'): string {
  const word = words[set][change.direction];
  return change.direction === 'same' ? `${word} als ${than}` : `${formatChangeAmount(change)} ${word} dan ${than}`;
}

/** "−22% t.o.v. mei 2025", "+0,4 punt t.o.v. 3e kwartaal 2024", "gelijk aan mei 2025": the change on a tile. */
export function formatChangeShort(change: ChangeAmount, against: string): string {
  if (change.direction === 'same') return `gelijk aan ${against}`;
  return `${change.direction === 'up' ? '+' : '−'}${formatChangeAmount(change)} t.o.v. ${against}`;
}

/** Said where a key figure has no comparable number a year earlier (tiles, /overzicht/). */
export const noComparison = 'geen vergelijking met een jaar eerder';

/** What a change means for the mkb, in words (tiles never say it by colour alone). */
export const newsLabels = {
  good: 'gunstig voor het mkb',
  bad: 'ongunstig voor het mkb',
  /** The series has no better direction for the mkb (src/figures/vocabulary/series.ts says why). */
  'no-judgement': 'geen oordeel',
  unchanged: 'geen verandering',
  /** A survey estimate whose 95% margins overlap those of a year earlier. */
  'within-margin': 'verschil binnen de marges',
} as const;

export type News = keyof typeof newsLabels;
