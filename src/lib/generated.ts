import {
  type DatasetName,
  datasetNames,
  type FigureDatasetName,
  figureDatasetNames,
  type SeriesDatasetName,
  seriesDatasetNames,
} from '../schemas/datasets.ts';
import {
  type DatasetMeta,
  figuresFile,
  type GeneratedFigure,
  type GeneratedSeries,
  metaFile,
  seriesFile,
} from '../schemas/generated-dataset.ts';
import { generatedDir, readGenerated } from './generated-file.ts';

export type { DatasetName, SeriesDatasetName as SeriesDataset } from '../schemas/datasets.ts';
export type {
  DatasetMeta,
  GeneratedFigure,
  GeneratedPoint,
  GeneratedSeries,
  GeneratedSource as SourceRecord,
} from '../schemas/generated-dataset.ts';

/**
 * What the pages read: src/generated/*.json as `npm run data` writes it (scripts/build-data/generated.ts),
 * every dataset of the registry (src/schemas/datasets.ts), each file checked against its schema on load.
 * Series datasets by name under `series`; single-figure datasets (kerncijfers, productiviteit) under their name.
 */
export type GeneratedData = {
  drop: string;
  series: { [N in SeriesDatasetName]: GeneratedSeries[] };
  meta: { [N in DatasetName]: DatasetMeta };
} & { [N in FigureDatasetName]: GeneratedFigure<N>[] };

const cache = new Map<string, GeneratedData>();

/** Reads and validates every generated dataset once per directory (default: src/generated). */
export function loadGenerated(dir = generatedDir): GeneratedData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const meta = byName(datasetNames, (name) => readGenerated(metaFile(name), dir));
  const data: GeneratedData = {
    drop: meta.faillissementen.drop,
    series: byName(seriesDatasetNames, (name) => readGenerated(seriesFile(name), dir).series),
    meta,
    // Each name's rows are read with its own schema; TypeScript cannot carry a type per name through a list.
    ...(byName(figureDatasetNames, (name) => readGenerated(figuresFile(name), dir).figures) as {
      [N in FigureDatasetName]: GeneratedFigure<N>[];
    }),
  };
  cache.set(dir, data);
  return data;
}

/** `{ [name]: value(name) }` for a list of names. */
function byName<K extends string, V>(names: readonly K[], value: (name: K) => V): Record<K, V> {
  return Object.fromEntries(names.map((name) => [name, value(name)])) as Record<K, V>;
}
