import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/**
 * The raw indicator series the MKBarometer uses: `series` is the indicator id of the barometer's
 * registry (ondernemersvertrouwen, consumentenvertrouwen, bbp, …), monthly or quarterly.
 */
export const conjunctuurRow = z.object(observationFields).refine(valueMatchesSymbol);
export type ConjunctuurRow = z.infer<typeof conjunctuurRow>;
