import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { kerncijfersRow } from '../schemas/kerncijfers.ts';
import { missingSymbol, periodCodeSchema, periodStatus } from '../schemas/observation.ts';
import { productiviteitRow } from '../schemas/productiviteit.ts';
import { attributionSchema as attribution } from './provenance/attribution.ts';
import { flagSchema as flag } from './provenance/flags.ts';
import { sourceNoticeSchema as notice } from './provenance/notices.ts';

/**
 * What the pages read: src/generated/*.json as `npm run data` writes it (scripts/build-data/generated.ts),
 * checked on load with the dataset schemas' own field definitions, so a stale or hand-edited file stops
 * the build instead of drawing a wrong chart.
 */
/** What scripts/build-data/provenance.ts adds to each single figure. */
const figureProvenance = { attribution, unitName: z.string(), flags: z.array(flag), remark: z.string() };

const point = z.object({
  period: periodCodeSchema,
  value: z.number().finite().nullable(),
  status: periodStatus,
  symbol: missingSymbol.optional(),
  lower: z.number().finite().nullable().optional(),
  upper: z.number().finite().nullable().optional(),
  /** Chain-linked by `npm run data`: the source id of the successor whose growth carried the level on. */
  linked: z.string().optional(),
  flags: z.array(flag).optional(),
  /** A point whose provenance differs from its series' (a chain-linked quarter rests on the successor too). */
  attribution: attribution.optional(),
});

const seriesSchema = z.object({
  source: z.string().min(1),
  series: z.string().min(1),
  seriesLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  unit: z.string(),
  attribution,
  /** The unit in the site's vocabulary (src/lib/provenance/units.ts). */
  unitName: z.string().min(1),
  points: z.array(point),
});

const seriesFile = z.object({ dataset: z.string(), drop: z.string(), series: z.array(seriesSchema) });
const kerncijfersFigure = kerncijfersRow.and(z.object(figureProvenance));
const productiviteitFigure = productiviteitRow.extend(figureProvenance);
const kerncijfersFile = z.object({ dataset: z.literal('kerncijfers'), drop: z.string(), figures: z.array(kerncijfersFigure) });
const productiviteitFile = z.object({ dataset: z.literal('productiviteit'), drop: z.string(), figures: z.array(productiviteitFigure) });

const sourceRecord = z
  .object({
    id: z.string(),
    publisher: z.string(),
    tableId: z.string(),
    title: z.string(),
    modified: z.string().nullable(),
    licence: z.string(),
    retrieved: z.string().nullable(),
    url: z.string().nullable(),
    format: z.string(),
    notes: z.array(z.string()),
    notices: z.array(notice),
  })
  .passthrough();

const metaFile = z.object({
  dataset: z.string(),
  title: z.string(),
  drop: z.string(),
  rows: z.number(),
  latestPeriod: z.string().nullable(),
  sources: z.array(sourceRecord),
});

export type GeneratedSeries = z.infer<typeof seriesSchema>;
export type GeneratedPoint = z.infer<typeof point>;
export type SourceRecord = z.infer<typeof sourceRecord>;
export type GeneratedFigure = z.infer<typeof kerncijfersFigure>;
export type DatasetMeta = z.infer<typeof metaFile>;

export const seriesDatasets = ['faillissementen', 'vacatures', 'financiering', 'conjunctuur', 'economie'] as const;
export const figureDatasets = ['kerncijfers', 'productiviteit'] as const;
export type SeriesDataset = (typeof seriesDatasets)[number];
export type DatasetName = SeriesDataset | (typeof figureDatasets)[number];

export interface GeneratedData {
  drop: string;
  series: Record<SeriesDataset, GeneratedSeries[]>;
  kerncijfers: GeneratedFigure[];
  productiviteit: z.infer<typeof productiviteitFigure>[];
  meta: Record<DatasetName, DatasetMeta>;
}

const cache = new Map<string, GeneratedData>();

/** Reads and validates every generated dataset once per directory (default: src/generated). */
export function loadGenerated(dir = join(process.cwd(), 'src', 'generated')): GeneratedData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const read = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${join(dir, name)}: cannot read generated data (run \`npm run data\` first): ${String(error)}`);
    }
  };
  const parse = <T>(schema: z.ZodType<T>, name: string): T => {
    const result = schema.safeParse(read(name));
    if (!result.success)
      throw new Error(
        `${join(dir, name)}: ${result.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    return result.data;
  };
  const series = Object.fromEntries(seriesDatasets.map((name) => [name, parse(seriesFile, `${name}.json`).series])) as Record<
    SeriesDataset,
    GeneratedSeries[]
  >;
  const names: DatasetName[] = [...seriesDatasets, ...figureDatasets];
  const meta = Object.fromEntries(names.map((name) => [name, parse(metaFile, `${name}.meta.json`)])) as Record<DatasetName, DatasetMeta>;
  const data: GeneratedData = {
    drop: meta.faillissementen.drop,
    series,
    kerncijfers: parse(kerncijfersFile, 'kerncijfers.json').figures,
    productiviteit: parse(productiviteitFile, 'productiviteit.json').figures,
    meta,
  };
  cache.set(dir, data);
  return data;
}
