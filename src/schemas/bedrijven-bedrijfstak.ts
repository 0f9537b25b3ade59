import { z } from 'astro/zod';
import { firmClassCode } from './bedrijven.ts';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/**
 * Firms by SBI section (or group of sections) and size class (CBS 81589NED / 81588NED): `series` is the
 * class as in bedrijven.ts (`0-250` = the mkb), `category` the SBI letters (`A-U`, `B-E`, `C` …) or, for
 * CBS's totals without letters, `ex-financieel-nuts` and `business-economy`. Only published figures:
 * large firms (250 or more) are not in the source and are left for the reader of the data to derive
 * (the sum of the size classes minus `0-250`), marked as derived.
 */
export const bedrijvenBedrijfstakRow = z
  .object({
    ...observationFields,
    series: firmClassCode,
    category: z.string().regex(/^(?:[A-U](?:-[A-U])?|ex-financieel-nuts|business-economy)$/),
  })
  .refine(valueMatchesSymbol);
export type BedrijvenBedrijfstakRow = z.infer<typeof bedrijvenBedrijfstakRow>;
