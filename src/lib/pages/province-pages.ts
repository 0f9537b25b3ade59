import { faillissementenProvincie } from '../../figures/dynamiek/faillissementen-provincie.ts';
import { provinceFigure, provinceHasFigures } from '../../figures/dynamiek/faillissementen-regio.ts';
import { type Province, siteProvinces } from '../../figures/vocabulary/provinces.ts';
import { type GeneratedData, loadGenerated, type SourceRecord } from '../generated.ts';
import { type FigureView, figureView } from './figure-view.ts';
import { sourceLine } from './source-line.ts';

/** A province's page: its figure, or (the source lacks it) the source to say so. */
export type ProvincePage = { province: Province; view: FigureView } | { province: Province; missing: SourceRecord[]; sourceLine: string };

/** The page of every province, from the data (a province is missing when its source marks it so). */
export function provincePage(province: Province, data: GeneratedData = loadGenerated()): ProvincePage {
  if (provinceHasFigures(data, province)) return { province, view: figureView(provinceFigure(province), data) };
  const sources = data.meta[faillissementenProvincie.datasets[0]!].sources;
  return { province, missing: sources, sourceLine: sourceLine(sources, data.drop) };
}

/** getStaticPaths of /regio/<slug>/ (every province). */
export function provincePaths(): { params: { provincie: string }; props: { page: ProvincePage } }[] {
  const data = loadGenerated();
  return siteProvinces.map((province) => ({ params: { provincie: province.slug }, props: { page: provincePage(province, data) } }));
}

/** getStaticPaths of the files beside a province's page (only provinces with figures have any). */
export function provinceFilePaths(): { params: { provincie: string }; props: { view: FigureView } }[] {
  return provincePaths().flatMap(({ params, props }) => ('view' in props.page ? [{ params, props: { view: props.page.view } }] : []));
}
