import { type DatasetName, datasetNames } from '../../src/schemas/datasets.ts';
import { bedrijven } from './bedrijven.ts';
import { bedrijvenBedrijfstak } from './bedrijven-bedrijfstak.ts';
import { conjunctuur } from './conjunctuur.ts';
import type { Dataset } from './dataset.ts';
import { economie } from './economie.ts';
import { faillissementen } from './faillissementen.ts';
import { faillissementenProvincie } from './faillissementen-provincie.ts';
import { financiering } from './financiering.ts';
import { kerncijfers } from './kerncijfers.ts';
import { productiviteit } from './productiviteit.ts';
import { vacatures } from './vacatures.ts';

/** The import logic of every dataset of the registry (src/schemas/datasets.ts), by name. */
export const datasetByName: { [N in DatasetName]: Dataset<N> } = {
  faillissementen,
  vacatures,
  financiering,
  productiviteit,
  kerncijfers,
  conjunctuur,
  economie,
  bedrijven,
  'bedrijven-bedrijfstak': bedrijvenBedrijfstak,
  'faillissementen-provincie': faillissementenProvincie,
};

/** A dataset of any name; code that needs its row type takes the name as a type parameter (`<N extends DatasetName>`). */
export type AnyDataset = Dataset<DatasetName>;

/** Every dataset of a drop, in the order they are written and validated (the registry's). */
export const datasets: readonly { [N in DatasetName]: Dataset<N> }[DatasetName][] = datasetNames.map((name) => datasetByName[name]);
