import type { GeneratedData } from '../generated.ts';
import { loadGenerated } from '../generated.ts';
import { type FigureView, figureView } from './figure-view.ts';
import { absoluteUrl } from './site.ts';
import { hasTablePage } from './table-slice.ts';
import { allViews, type FigureViewDef, tableUrl, viewPaths, viewUrl } from './views.ts';

/** getStaticPaths of a file every view has (/figuren/<id>/[...view]/cijfers.csv …). */
export const viewFilePaths = () => viewPaths(loadGenerated());

/** The rendered view a file route is for, with the permalink its files name (the view's page). */
export function viewFile(props: Record<string, unknown>): { view: FigureView; permalink: string } {
  const def = props['def'] as FigureViewDef;
  return { view: figureView(def.spec, loadGenerated(), def), permalink: absoluteUrl(viewUrl(def)) };
}

/** A page below a figure's own: a view, or the whole table of a view whose table is too long for its page. */
export interface ViewPage {
  def: FigureViewDef;
  table: boolean;
  /** Its path under the base ("/figuren/<id>/horeca/", "/figuren/<id>/tabel/"). */
  path: string;
}

/** Every view page and table page (the figure's own page, its default view, is not one of them). */
export function viewPages(data: GeneratedData): ViewPage[] {
  return allViews(data).flatMap((def) => {
    const pages: ViewPage[] = def.slug ? [{ def, table: false, path: viewUrl(def) }] : [];
    if (hasTablePage(figureView(def.spec, data, def).table)) pages.push({ def, table: true, path: tableUrl(def) });
    return pages;
  });
}
