import { z } from 'astro/zod';
import { missingSymbol, periodCodeSchema, periodStatus } from './observation.ts';

/** The columns of a curated single figure (facts/): what, for whom, when, how much, and where it was published. */
export const singleFigureFields = {
  source: z.string().min(1),
  topic: z.string().min(1),
  series: z.string().min(1),
  category: z.string(),
  period: z.union([periodCodeSchema, z.literal('')]),
  period_text: z.string(),
  value: z.number().finite().nullable(),
  value_text: z.string(),
  symbol: missingSymbol.nullable(),
  status: periodStatus,
  unit: z.string(),
  source_url: z.string().url(),
  note: z.string(),
};

/**
 * Curated single mkb figures, each with the page it was published on and a note. `period` is a canonical
 * code where the publication gives one; otherwise empty, and `period_text` keeps what it says ("2024 begin").
 * A value that is not one number ("21 / 27 / 13") is kept as `value_text` with symbol `ontbreekt`.
 */
export const kerncijfersRow = z
  .object(singleFigureFields)
  .refine((row) => row.period !== '' || row.period_text !== '', { message: 'a figure needs a period code or a period text' })
  .refine((row) => (row.value === null) === (row.symbol !== null), { message: 'value and symbol disagree' });
export type KerncijfersRow = z.infer<typeof kerncijfersRow>;
