import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/** 80472NED: open, new and filled vacancies (× 1 000) by sector and by CBS size class (0–10, 10–100, 100+). */
export const vacaturesRow = z.object(observationFields).refine(valueMatchesSymbol);
export type VacaturesRow = z.infer<typeof vacaturesRow>;
