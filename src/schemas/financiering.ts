import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/**
 * DNB business lending (outstanding, new contracts, interest by loan size) and the Financieringsmonitor
 * shares by size class with their 95% margins (`lower`, `upper`; null where the table gives none).
 */
export const financieringRow = z
  .object({ ...observationFields, lower: z.number().finite().nullable(), upper: z.number().finite().nullable() })
  .refine(valueMatchesSymbol)
  .refine((row) => row.lower === null || row.upper === null || (row.value !== null && row.lower <= row.value && row.value <= row.upper), {
    message: 'the value lies outside its margin (lower ≤ value ≤ upper)',
  });
export type FinancieringRow = z.infer<typeof financieringRow>;
