import { z } from 'astro/zod';
import { artefact } from './artefact.ts';
import { datasetNames } from './datasets.ts';
import { dropIdSchema } from './drop-id.ts';
import { missingSymbol, periodCodeSchema, periodStatus } from './observation.ts';
import { calendarDateSchema } from './source-record.ts';

const count = z.number().int().nonnegative();

/** How many values a drop added, revised, changed the status of, and removed. */
export const changeCounts = z.strictObject({ added: count, revised: count, status: count, removed: count });
export type ChangeCounts = z.infer<typeof changeCounts>;

/** A value as a drop states it: a number, or the symbol saying why there is none. */
export const pointValue = z.strictObject({ value: z.number().finite().nullable(), symbol: missingSymbol.nullable() });
export type PointValue = z.infer<typeof pointValue>;
/** A period (a code; for single figures without one, their period text) and how many series it concerns. */
const periodCount = z.strictObject({ period: z.string().min(1), series: z.number().int().positive() });

/** What one drop changed in one dataset, compared with the drop before it. Lists are capped, counts complete. */
export const datasetChanges = z.strictObject({
  name: z.enum(datasetNames),
  title: z.string().min(1),
  rows: count,
  previousRows: count.nullable(),
  latestPeriod: periodCodeSchema.nullable(),
  counts: changeCounts,
  newPeriods: z.array(periodCount),
  statusChanges: z.array(
    z.strictObject({ period: z.string().min(1), old: periodStatus, new: periodStatus, series: z.number().int().positive() }),
  ),
  removedPeriods: z.array(periodCount),
  revised: z.array(
    z.strictObject({
      series: z.string().min(1),
      label: z.string(),
      unit: z.string(),
      period: z.string().min(1),
      old: pointValue,
      new: pointValue,
    }),
  ),
  /** Every changed series, by the key the figures' table cells use (CellData.series without the period). */
  series: z.array(changeCounts.extend({ key: z.string().min(1) })),
});
export type DatasetChanges = z.infer<typeof datasetChanges>;

export const dropChanges = z.strictObject({
  id: dropIdSchema,
  /** The drop's day (the id without a letter). */
  date: calendarDateSchema,
  previous: dropIdSchema.nullable(),
  /** No drop before it: everything in it is new, and nothing is listed per series. */
  first: z.boolean(),
  counts: changeCounts,
  datasets: z.array(datasetChanges),
});
export type DropChanges = z.infer<typeof dropChanges>;

/**
 * src/generated/changes.json (scripts/build-data/changes.ts): every drop up to the current one, oldest first,
 * compared with the drop before it.
 */
export const changesFile = z.strictObject({ current: dropIdSchema, drops: z.array(dropChanges).min(1) });
export type ChangesFile = z.infer<typeof changesFile>;

export const changesArtefact = artefact('changes.json', '`npm run data`', changesFile);
