import { formatNumber } from '../../format/number.ts';

/** "292 faillissementen", "1 faillissement". */
export function bankruptcies(value: number): string {
  return `${formatNumber(value, 0)} ${value === 1 ? 'faillissement' : 'faillissementen'}`;
}

export const bankruptcyNotes = [
  'Uitgesproken faillissementen: faillissementen die de rechtbank in de periode heeft uitgesproken, naar type gefailleerde (CBS-tabel 82242NED). De tabel telt bedrijven van alle groottes, niet alleen het mkb.',
  '“Bedrijven en instellingen” zijn rechtspersonen en personenvennootschappen; eenmanszaken zijn natuurlijke personen met een eenmanszaak. Natuurlijke personen zonder eenmanszaak zijn geen bedrijf, maar tellen wel mee in het totaal van de tabel.',
  'De laatste maanden zijn voorlopig of nader voorlopig: CBS kan ze nog bijstellen. Ze zijn gemarkeerd met een open symbool en een gestreepte lijn.',
  'Jaren zijn de som van hun kwartalen. Kwartalen en maanden verschillen bij CBS soms met één faillissement (bijvoorbeeld het 1e kwartaal van 2023).',
];
