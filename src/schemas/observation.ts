import { z } from 'astro/zod';
import { parsePeriodCode } from '../lib/period.ts';

/** Period status as the publisher states it; `onbekend` where the source does not say. */
export const periodStatus = z.enum(['definitief', 'voorlopig', 'nader voorlopig', 'onbekend']);

/**
 * Why a value is absent (`nihil` carries 0): the CBS symbols, never a silent NaN, 0 or null. `ontbreekt` is
 * "." (unknown, unreliable or not yet published), `geheim` "x" (withheld for confidentiality), `nihil` "-"
 * (nil: the value is zero), `vervalt` a blank where a figure cannot occur on logical grounds.
 */
export const missingSymbol = z.enum(['ontbreekt', 'geheim', 'nihil', 'vervalt']);
export type MissingSymbol = z.infer<typeof missingSymbol>;

export const periodCodeSchema = z.string().refine((code) => parsePeriodCode(code) !== undefined, {
  message: 'not a canonical period code (YYYYJJ00, YYYYHJnn, YYYYKWnn, YYYYMMnn, YYYYJL00)',
});

/**
 * The columns every dataset in a drop shares: one observation in long form. `series` is what is
 * measured, `category` the breakdown (debtor type, size class, sector, branch), `source` the table id.
 */
export const observationFields = {
  source: z.string().min(1),
  series: z.string().min(1),
  series_label: z.string().min(1),
  category: z.string(),
  category_label: z.string(),
  period: periodCodeSchema,
  value: z.number().finite().nullable(),
  symbol: missingSymbol.nullable(),
  status: periodStatus,
  unit: z.string(),
};

/** A value is present exactly when no symbol says otherwise (nihil is present as 0). */
export function valueMatchesSymbol(row: { value: number | null; symbol: string | null }): boolean {
  if (row.symbol === null) return row.value !== null;
  return row.symbol === 'nihil' ? row.value === 0 : row.value === null;
}

export const observation = z.object(observationFields).refine(valueMatchesSymbol, {
  message: 'value and symbol disagree: a value needs no symbol, a missing value needs one',
});

export type Observation = z.infer<typeof observation>;
