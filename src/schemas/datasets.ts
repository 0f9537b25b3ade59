import type { z } from 'astro/zod';
import { bedrijvenRow } from './bedrijven.ts';
import { bedrijvenBedrijfstakRow } from './bedrijven-bedrijfstak.ts';
import { conjunctuurRow } from './conjunctuur.ts';
import { economieRow } from './economie.ts';
import { faillissementenRow } from './faillissementen.ts';
import { faillissementenProvincieRow } from './faillissementen-provincie.ts';
import { financieringRow } from './financiering.ts';
import { kerncijfersRow } from './kerncijfers.ts';
import { productiviteitRow } from './productiviteit.ts';
import { vacaturesRow } from './vacatures.ts';

/**
 * The datasets of a drop, in the order they are written and validated: the one list the import, `npm run data`
 * and the site share. scripts/datasets/ attaches the import logic to each name; the site reads what the kind
 * says: `series` (src/generated/<name>.json holds series of points) or `figures` (single figures, row by row).
 */
export const datasetNames = [
  'faillissementen',
  'vacatures',
  'financiering',
  'productiviteit',
  'kerncijfers',
  'conjunctuur',
  'economie',
  'bedrijven',
  'bedrijven-bedrijfstak',
  'faillissementen-provincie',
] as const;
export type DatasetName = (typeof datasetNames)[number];

interface DatasetSchema {
  kind: 'series' | 'figures';
  /** The one definition of a row (src/schemas/<name>.ts). */
  row: z.ZodTypeAny;
}

/** Each dataset's row schema and kind. */
export const datasetSchemas = {
  faillissementen: { kind: 'series', row: faillissementenRow },
  vacatures: { kind: 'series', row: vacaturesRow },
  financiering: { kind: 'series', row: financieringRow },
  productiviteit: { kind: 'figures', row: productiviteitRow },
  kerncijfers: { kind: 'figures', row: kerncijfersRow },
  conjunctuur: { kind: 'series', row: conjunctuurRow },
  economie: { kind: 'series', row: economieRow },
  bedrijven: { kind: 'series', row: bedrijvenRow },
  'bedrijven-bedrijfstak': { kind: 'series', row: bedrijvenBedrijfstakRow },
  'faillissementen-provincie': { kind: 'series', row: faillissementenProvincieRow },
} as const satisfies Record<DatasetName, DatasetSchema>;

/** A row of one dataset, as its schema defines it. */
export type DatasetRow<N extends DatasetName> = z.infer<(typeof datasetSchemas)[N]['row']>;
/** Every dataset's rows, by name. */
export type DatasetRows = { [N in DatasetName]: DatasetRow<N>[] };

export type SeriesDatasetName = { [N in DatasetName]: (typeof datasetSchemas)[N]['kind'] extends 'series' ? N : never }[DatasetName];
export type FigureDatasetName = Exclude<DatasetName, SeriesDatasetName>;

/** The datasets whose generated file holds series, and those holding single figures, in registry order. */
export const seriesDatasetNames = datasetNames.filter((name): name is SeriesDatasetName => datasetSchemas[name].kind === 'series');
export const figureDatasetNames = datasetNames.filter((name): name is FigureDatasetName => datasetSchemas[name].kind === 'figures');

/** True for the name of a dataset in the registry. */
export function isDatasetName(text: string): text is DatasetName {
  return Object.hasOwn(datasetSchemas, text);
}
