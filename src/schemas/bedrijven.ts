import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/**
 * What `series` holds in the firm-count datasets: a size class in persons employed (`1`, `2`, `3-5` …
 * `100+`; `0-50` and `0-250` are CBS's own totals below 50 and below 250, the latter the mkb), `totaal`,
 * or a legal form (`natuurlijke-personen`, `rechtspersonen`). The same codes from every source.
 */
export const firmClassCode = z.string().regex(/^(?:totaal|\d+|\d+-\d+|\d+\+|natuurlijke-personen|rechtspersonen)$/);

/**
 * Firms in the Netherlands (all economic activities, A–U) per quarter, by size class and legal form
 * (CBS 81589NED / 81588NED): `series` is the class (see firmClassCode), `category` is `A-U`. A snapshot
 * of the business population on the first day of each quarter; CBS rounds every figure to a multiple of 5.
 */
export const bedrijvenRow = z
  .object({ ...observationFields, series: firmClassCode })
  .refine((row) => row.category === 'A-U', { message: 'a national figure: category A-U' })
  .refine(valueMatchesSymbol);
export type BedrijvenRow = z.infer<typeof bedrijvenRow>;
