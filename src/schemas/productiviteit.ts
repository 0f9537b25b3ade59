import { z } from 'astro/zod';
import { singleFigureFields } from './kerncijfers.ts';
import { periodCodeSchema } from './observation.ts';

/**
 * Productivity (value added per fte, growth) and the mkb's shares in value added, employment and turnover,
 * by size class and sector: the facts/ figures that have a period code and a number.
 */
export const productiviteitRow = z.object({
  ...singleFigureFields,
  period: periodCodeSchema,
  value: z.number().finite(),
  symbol: z.null(),
});
export type ProductiviteitRow = z.infer<typeof productiviteitRow>;
