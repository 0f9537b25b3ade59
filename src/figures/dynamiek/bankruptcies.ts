import { formatNumber } from '../../format/number.ts';
import type { LeadWords } from '../sentence/lead.ts';

/** "292 faillissementen", "1 faillissement". */
export function bankruptcies(value: number): string {
  return `${formatNumber(value, 0)} ${value === 1 ? 'faillissement' : 'faillissementen'}`;
}

/** The lead of a bankruptcy series: "In mei 2026 werden 233 {debtors} failliet verklaard, 22% minder …". */
export function bankruptcyLead(debtors: string): LeadWords {
  return { clause: (v) => `werden ${v} ${debtors} failliet verklaard`, value: (v) => formatNumber(v, 0), words: 'count' };
}

/** The lead of the total of all debtor types (natural persons without a business included). */
export const bankruptcyTotalLead: LeadWords = {
  clause: (v) => `werden in totaal ${v} faillissementen uitgesproken`,
  value: (v) => formatNumber(v, 0),
  words: 'count',
};

export const bankruptcyNotes = [
  'Uitgesproken faillissementen: faillissementen die de rechtbank in de periode heeft uitgesproken, naar type gefailleerde (CBS-tabel 82242NED). De tabel telt bedrijven van alle groottes, niet alleen het mkb.',
  '“Bedrijven en instellingen” zijn rechtspersonen en personenvennootschappen; eenmanszaken zijn natuurlijke personen met een eenmanszaak. Natuurlijke personen zonder eenmanszaak zijn geen bedrijf, maar tellen wel mee in het totaal van de tabel.',
  'De laatste maanden zijn voorlopig of nader voorlopig: CBS kan ze nog bijstellen. Ze zijn gemarkeerd met een open symbool en een gestreepte lijn.',
  'Jaren zijn de som van hun kwartalen. Kwartalen en maanden verschillen bij CBS soms met één faillissement (bijvoorbeeld het 1e kwartaal van 2023).',
];
