import { formatNumber } from '../../format/number.ts';

/** "987.345 bedrijven", "1 bedrijf". */
export function firms(value: number): string {
  return `${formatNumber(value, 0)} ${value === 1 ? 'bedrijf' : 'bedrijven'}`;
}

/** What every figure on 81589NED's quarterly counts says about where they come from and what they count. */
export const firmCountNotes = [
  'CBS-cijfers uit tabel 81589NED (Bedrijven; bedrijfstak), niet rechtstreeks bij CBS opgehaald: een derde partij zette de tabel in november 2022 met de cbsodata-client in een bestand en liet de kolommen ‘0 tot 50’ en ‘0 tot 250 werkzame personen’ weg. Het dashboard heeft dat bestand gecontroleerd: per kwartaal is het totaal de som van de grootteklassen, op afronding na.',
  'CBS telt de bedrijven op de eerste dag van elk kwartaal, in alle economische activiteiten (SBI A–U: ook overheid, onderwijs en zorg, niet alleen de business economy), en rondt elk cijfer af op een veelvoud van 5. Daardoor wijkt het totaal tot 10 af van de som van de grootteklassen.',
  'De tabel van toen stopt bij ‘100 of meer werkzame personen’: er is geen grens bij 250. Het mkb (minder dan 250 werkzame personen) is met deze reeks dus niet af te bakenen. Het mkb per sector staat voor het 1e kwartaal van 2020 in de figuur ‘Mkb en grootbedrijf per sector’.',
];
