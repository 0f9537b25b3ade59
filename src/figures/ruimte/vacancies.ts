import { formatNumber, formatThousands } from '../../format/number.ts';
import { vacancyClasses as split } from '../vocabulary/size-classes.ts';

/** 80472NED's size classes as generated series keys: CBS's own split (0–10, 10–100, 100+), not the mkb's 250. */
export const vacancyClasses = split.classes.map((c) => ({ key: `cbs-csv/80472NED|OpenstaandeVacatures_1|${c.code}`, label: c.label }));

export const allVacancies = 'cbs-csv/80472NED|OpenstaandeVacatures_1|T001081';

/** "67,6 duizend openstaande vacatures", from a value in thousands. */
export function vacancies(thousands: number): string {
  return `${formatThousands(thousands)} openstaande vacatures`;
}

/** A count of vacancies (single figures are published as counts, not thousands). */
export function vacancyCount(value: number): string {
  return `${formatNumber(value, 0)} openstaande vacatures`;
}

export const vacancyNotes = [
  'Openstaande vacatures: vacatures die aan het einde van het kwartaal nog niet vervuld zijn, in duizenden, uit CBS-tabel 80472NED.',
  'Grootteklassen van CBS: 0–10, 10–100 en 100 of meer werkzame personen. Dat is niet de mkb-grens van 250 werkzame personen: het mkb omvat ook een deel van de klasse “100 of meer”.',
  'De tabel in deze datadrop loopt tot en met het 3e kwartaal van 2023; de status van dat kwartaal staat niet in de metadata van CBS.',
];
