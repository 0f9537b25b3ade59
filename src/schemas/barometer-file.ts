import { z } from 'astro/zod';
import { quadrants } from '../lib/barometer/clock.ts';
import { weatherWords } from '../lib/barometer/composite.ts';
import { indicatorCount, indicatorIds } from '../lib/barometer/indicators.ts';
import { artefact } from './artefact.ts';
import { dropIdSchema } from './drop-id.ts';
import { periodCodeSchema } from './observation.ts';

const indicatorId = z.enum(indicatorIds);
const count = z.number().int().nonnegative();

/** One quarter that a discontinued table and its successor both cover: growth in percent by each, and successor minus base. */
export const overlapQuarter = z.strictObject({ period: periodCodeSchema, base: z.number(), successor: z.number(), difference: z.number() });
export type OverlapQuarter = z.infer<typeof overlapQuarter>;

/** How far the two tables' growth rates lie apart over their overlap (scripts/build-data/chain-link.ts). */
export const overlapSummary = z.strictObject({
  quarters: count,
  first: periodCodeSchema,
  last: periodCodeSchema,
  /** Mean of successor minus base growth, in percentage points. */
  meanDifference: z.number(),
  meanAbsoluteDifference: z.number(),
  /** The quarter with the largest absolute difference, and that difference. */
  largest: z.strictObject({ period: periodCodeSchema, difference: z.number() }),
  /** Growth over the whole overlap, in percent, by each table. */
  cumulative: z.strictObject({ base: z.number(), successor: z.number() }),
});
export type OverlapSummary = z.infer<typeof overlapSummary>;

/** What was chain-linked (scripts/build-data/linked-series.ts), for barometer.json and the method page. */
export const linkReport = z.strictObject({
  successor: z.string().min(1),
  kind: z.enum(['change', 'index']),
  /** The base's last quarter, whose value the successor's growth carries on. */
  linkQuarter: periodCodeSchema,
  first: periodCodeSchema,
  last: periodCodeSchema,
  count: z.number().int().positive(),
  overlap: z.array(overlapQuarter),
  summary: overlapSummary.nullable(),
});
export type LinkReport = z.infer<typeof linkReport>;

/** One quarter of the MKBarometer (src/lib/barometer/barometer.ts), each indicator flagged where its figure was chain-linked. */
export const barometerQuarter = z.strictObject({
  period: periodCodeSchema,
  level: z.number().finite(),
  change: z.number().finite().nullable(),
  weather: z.enum(weatherWords).nullable(),
  indicators: z.array(
    z.strictObject({
      id: indicatorId,
      level: z.number().finite(),
      change: z.number().finite().nullable(),
      quadrant: z.enum(quadrants).nullable(),
      /** The indicator's figure for this quarter was chain-linked (scripts/build-data/chain-link.ts). */
      linked: z.boolean(),
    }),
  ),
  used: count.nullable(),
  of: z.literal(indicatorCount),
  joined: z.array(indicatorId).nullable(),
  left: z.array(indicatorId).nullable(),
});

/** How the barometer was computed (BarometerMethod of src/lib/barometer/barometer.ts). */
const method = z.union([
  z.strictObject({ input: z.literal('raw'), filter: z.literal('hp'), lambda: z.number(), minQuarters: count, sd: z.literal('population') }),
  z.strictObject({
    input: z.literal('raw'),
    filter: z.literal('cf'),
    low: z.number(),
    high: z.number(),
    minQuarters: count,
    sd: z.literal('population'),
  }),
  z.strictObject({ input: z.enum(['clock', 'composite']), filter: z.literal('none') }),
]);

/**
 * src/generated/barometer.json (scripts/build-data/barometer.ts): the MKBarometer of a drop's conjunctuur
 * dataset, per quarter; the indicators left out and why; per indicator the proxy that stands in for it and,
 * for a discontinued one, how its successor continues it.
 */
export const barometerFile = z.strictObject({
  drop: dropIdSchema,
  /** Empty for a drop whose conjunctuur rows give no quarter (the site needs one: src/lib/pages/barometer-view.ts). */
  quarters: z.array(barometerQuarter),
  excluded: z.array(z.strictObject({ id: indicatorId, reason: z.string().min(1) })),
  notes: z.array(z.strictObject({ id: indicatorId, note: z.string().min(1) })),
  method,
  /** Sources published without seasonal adjustment: their cycle is cleared of quarter-of-year means. */
  deseasonalised: z.array(indicatorId),
  proxies: z.array(
    z.strictObject({
      id: indicatorId,
      label: z.string().min(1),
      source: z.string().min(1),
      unit: z.string(),
      first: periodCodeSchema,
      last: periodCodeSchema,
      count,
      link: linkReport.extend({ label: z.string().min(1), unit: z.string() }).optional(),
    }),
  ),
});
export type BarometerFile = z.infer<typeof barometerFile>;

export const barometerArtefact = artefact('barometer.json', '`npm run data`', barometerFile);
