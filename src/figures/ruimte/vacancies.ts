import { formatNumber, formatThousands } from '../../format/number.ts';
import type { ReferenceInput, TimeSeriesInput } from '../build/time-series.ts';
import type { LeadWords } from '../sentence/lead.ts';
import { namedSeries } from '../vocabulary/series.ts';

/** Open vacancies by 80472NED's size classes, CBS's own split (0–10, 10–100, 100+, not the mkb's 250), in its order. */
export const vacancyClassSeries = [
  namedSeries.openstaandeVacatures0Tot10,
  namedSeries.openstaandeVacatures10Tot100,
  namedSeries.openstaandeVacatures100Plus,
] as const;

/** How the vacancy figures write the series' values (thousands). */
export const vacancyValues = {
  describe: vacancies,
  cell: (v: number) => formatNumber(v, 1),
} satisfies Partial<TimeSeriesInput>;

/** The lead of a vacancy series: "Aan het einde van het 3e kwartaal 2023 stonden bij {firms} 67,6 duizend vacatures open". */
export function vacancyLead(firms: string): LeadWords {
  return { clause: (v) => `stonden bij ${firms} ${v} vacatures open`, value: (v) => formatThousands(v), words: 'count', at: 'end' };
}

/**
 * Published figures are counts, rounded to thousands ("142 duizend"): shown in thousands like the series,
 * so the table, the chart and the downloads have one unit, with the precision they were published with.
 */
export const publishedVacancyValues = {
  shownIn: { unit: '× 1 000', divisor: 1000 },
  describe: (thousands: number) => `${formatNumber(thousands)} duizend openstaande vacatures`,
  cell: (thousands: number) => formatNumber(thousands),
} satisfies Partial<ReferenceInput>;

/** "67,6 duizend openstaande vacatures", from a value in thousands. */
export function vacancies(thousands: number): string {
  return `${formatThousands(thousands)} openstaande vacatures`;
}

export const vacancyNotes = [
  'Openstaande vacatures: vacatures die aan het einde van het kwartaal nog niet vervuld zijn, in duizenden, uit CBS-tabel 80472NED.',
  'Grootteklassen van CBS: 0–10, 10–100 en 100 of meer werkzame personen. Dat is niet de mkb-grens van 250 werkzame personen: het mkb omvat ook een deel van de klasse “100 of meer”.',
];
