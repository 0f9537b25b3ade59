import { z } from 'astro/zod';

/**
 * What a number is beyond its value, in one vocabulary: the period status (voorlopig), how the publication
 * gave it (circa, afgerond), what the curated table says about it (afgeleid, periode afgeleid), and what
 * the build found (status onbekend, marge als vorig jaar). Set once by `npm run data`, shown in words
 * in the table, the tooltip and the downloads, and explained under the table.
 */
export const flagExplanations = {
  voorlopig: 'CBS kan het cijfer nog bijstellen',
  'nader voorlopig': 'CBS heeft het cijfer al eens bijgesteld en kan het nog bijstellen',
  'status onbekend': 'de bron geeft voor deze periode geen status, wel voor de andere perioden',
  gekoppeld:
    'de oude tabel loopt niet tot deze periode; het cijfer is het laatste cijfer ervan, voortgezet met de groei die de opvolgende tabel publiceert',
  afgeleid: 'niet zo gepubliceerd: afgeleid uit gepubliceerde cijfers (de omschrijving zegt hoe)',
  circa: 'de publicatie geeft het cijfer bij benadering',
  afgerond: 'afgerond zoals gepubliceerd',
  'periode afgeleid': 'de publicatie noemt de periode niet met zoveel woorden: die is afgeleid uit de context',
  'periode of afbakening afgeleid': 'de periode of de afbakening is afgeleid uit de context van de publicatie',
  'secundaire bron': 'uit een bericht dat het cijfer van een andere bron overneemt',
  'marge als vorig jaar':
    'de publicatie geeft dezelfde 95%-marge als voor het jaar ervoor, en die ligt niet symmetrisch om het cijfer: vermoedelijk een kopieerfout in de publicatie; hier weergegeven zoals gepubliceerd',
} as const;

export type Flag = keyof typeof flagExplanations;

/**
 * Said wherever a source has no figures for a series at all (a province the table lacks): on its tile, in
 * its panel, its table cells, tooltips and downloads, instead of a number, never as 0.
 */
export const missingInSource = 'ontbreekt in deze bron';

/** Flags in one fixed order, so every table, tooltip and download lists them alike. */
export const flagOrder = Object.keys(flagExplanations) as [Flag, ...Flag[]];

export const flagSchema = z.enum(flagOrder);

/** The status flags: said with the period ("mei 2026 (voorlopig)"), not again after each number. */
export const statusFlags: readonly Flag[] = ['voorlopig', 'nader voorlopig'];

const noteFlags: Record<string, Flag> = {
  derived: 'afgeleid',
  'secondary source': 'secundaire bron',
  'period inferred': 'periode afgeleid',
  'period or context inferred': 'periode of afbakening afgeleid',
};

/**
 * The flags of a single figure's `note` ("period or context inferred; period inferred"). A note the
 * vocabulary does not know throws: the build does not drop what the curator wrote about a figure.
 */
export function flagsOfNote(note: string): Flag[] {
  const flags = note
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const flag = noteFlags[part];
      if (!flag) throw new Error(`unknown note ${JSON.stringify(part)} (known: ${Object.keys(noteFlags).join(', ')})`);
      return flag;
    });
  // "period or context inferred; period inferred": what was inferred is the period.
  return flags.includes('periode afgeleid') ? flags.filter((f) => f !== 'periode of afbakening afgeleid') : flags;
}

/** The flags of a period status: voorlopig and nader voorlopig; none for definitief or onbekend. */
export function flagsOfStatus(status: string): Flag[] {
  return statusFlags.filter((flag) => flag === status);
}

/** Distinct flags in the vocabulary's order. */
export function sortFlags(flags: Iterable<Flag>): Flag[] {
  const set = new Set(flags);
  return flagOrder.filter((flag) => set.has(flag));
}

/** The flags a reader sees after the number (status flags are said with the period). */
export function shownFlags(flags: readonly Flag[]): Flag[] {
  return flags.filter((flag) => !statusFlags.includes(flag));
}

/** " (afgeleid, afgerond)" after a number with flags beyond its status; "" without. */
export function flagSuffix(flags: readonly Flag[]): string {
  const shown = shownFlags(flags);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}
