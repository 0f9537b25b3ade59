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

/** Every dataset of a drop, in the order they are written and validated. */
// The registry holds datasets of different row types; each is used only with its own rows.
// biome-ignore lint/suspicious/noExplicitAny: a registry of datasets with different row types
export const datasets: Dataset<any>[] = [
  faillissementen,
  vacatures,
  financiering,
  productiviteit,
  kerncijfers,
  conjunctuur,
  economie,
  bedrijven,
  bedrijvenBedrijfstak,
  faillissementenProvincie,
];
