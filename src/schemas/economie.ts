import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/** GDP, household consumption and durable goods (volumes and growth), turnover indices by branch. */
export const economieRow = z.object(observationFields).refine(valueMatchesSymbol);
export type EconomieRow = z.infer<typeof economieRow>;
