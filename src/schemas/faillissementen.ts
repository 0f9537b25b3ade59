import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/** 82242NED: pronounced bankruptcies per month, quarter and year, by debtor type (all firm sizes). */
export const faillissementenRow = z.object(observationFields).refine(valueMatchesSymbol);
export type FaillissementenRow = z.infer<typeof faillissementenRow>;
