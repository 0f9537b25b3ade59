import { z } from 'astro/zod';
import { attributionSchema } from '../lib/provenance/attribution.ts';
import { flagSchema } from '../lib/provenance/flags.ts';
import { sourceNoticeSchema } from '../lib/provenance/notices.ts';
import { artefact } from './artefact.ts';
import { type DatasetName, datasetNames, datasetSchemas, type FigureDatasetName, type SeriesDatasetName } from './datasets.ts';
import { dropIdSchema } from './drop-id.ts';
import { missingSymbol, periodCodeSchema, periodStatus, valueMatchesSymbol } from './observation.ts';
import { provenanceFields, withRecordId } from './source-record.ts';

const writer = '`npm run data`';
const finite = z.number().finite();

/**
 * One point of a generated series: a drop row's period, value, status and symbol (and margins, where the
 * dataset has them). As in the drop, a value is missing exactly when a symbol says why (nihil carries 0).
 */
export const generatedPoint = z
  .strictObject({
    period: periodCodeSchema,
    value: finite.nullable(),
    status: periodStatus,
    /** Only where a symbol says why the value is missing (or nihil). */
    symbol: missingSymbol.optional(),
    /** Only in datasets with margins (financiering); null where the table gives none. */
    lower: finite.nullable().optional(),
    upper: finite.nullable().optional(),
    /** Chain-linked by `npm run data`: the source id of the successor whose growth carried the level on (scripts/build-data/links.ts). */
    linked: z.string().min(1).optional(),
    /** What the value is beyond its number (src/lib/provenance/flags.ts), sorted; only where it has any. */
    flags: z.array(flagSchema).optional(),
    /** A point whose provenance differs from its series' (a chain-linked quarter rests on the successor too). */
    attribution: attributionSchema.optional(),
  })
  .refine((point) => valueMatchesSymbol({ value: point.value, symbol: point.symbol ?? null }), {
    message: 'value and symbol disagree: a value needs no symbol, a missing value needs one',
    path: ['value'],
  });
export type GeneratedPoint = z.infer<typeof generatedPoint>;

/** A series of a generated dataset: the drop rows of one source, series and category (src/lib/series-key.ts), oldest first. */
export const generatedSeries = z.strictObject({
  source: z.string().min(1),
  series: z.string().min(1),
  seriesLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  unit: z.string(),
  /** Who published the series' values (scripts/build-data/provenance.ts). */
  attribution: attributionSchema,
  /** The unit in the site's vocabulary (src/lib/provenance/units.ts). */
  unitName: z.string().min(1),
  points: z.array(generatedPoint),
});
export type GeneratedSeries = z.infer<typeof generatedSeries>;

/** src/generated/<dataset>.json of a series dataset. */
export function seriesFile<N extends SeriesDatasetName>(name: N) {
  return artefact(
    `${name}.json`,
    writer,
    z.strictObject({ dataset: z.literal(name), drop: dropIdSchema, series: z.array(generatedSeries) }),
  );
}

/** What scripts/build-data/provenance.ts adds to each single figure: its own attribution, plain unit, flags and the publication's wording. */
const figureProvenance = z.object({ attribution: attributionSchema, unitName: z.string(), flags: z.array(flagSchema), remark: z.string() });

/** A single figure of a generated dataset: its drop row with its provenance. */
function generatedFigure<N extends FigureDatasetName>(name: N) {
  return datasetSchemas[name].row.and(figureProvenance);
}
export type GeneratedFigure<N extends FigureDatasetName = FigureDatasetName> = z.infer<ReturnType<typeof generatedFigure<N>>>;

/** src/generated/<dataset>.json of a single-figures dataset: its drop rows, each with its provenance. */
export function figuresFile<N extends FigureDatasetName>(name: N) {
  return artefact(
    `${name}.json`,
    writer,
    z.strictObject({ dataset: z.literal(name), drop: dropIdSchema, figures: z.array(generatedFigure(name)) }),
  );
}

/** A source of a meta file: the drop's source record with the notices a reader needs (src/lib/provenance/notices.ts). */
export const generatedSource = withRecordId(
  z.strictObject({ id: z.string().min(1), ...provenanceFields, notices: z.array(sourceNoticeSchema) }),
);
export type GeneratedSource = z.infer<typeof generatedSource>;

/** src/generated/<dataset>.meta.json: what the dataset is, its drop, rows and latest period with a value, and its sources. */
export const datasetMeta = z.strictObject({
  dataset: z.enum(datasetNames),
  title: z.string().min(1),
  drop: dropIdSchema,
  rows: z.number().int().nonnegative(),
  latestPeriod: periodCodeSchema.nullable(),
  sources: z.array(generatedSource),
});
export type DatasetMeta = z.infer<typeof datasetMeta>;

export function metaFile(name: DatasetName) {
  return artefact(
    `${name}.meta.json`,
    writer,
    datasetMeta.refine((meta) => meta.dataset === name, { message: `the meta file of ${name}`, path: ['dataset'] }),
  );
}
