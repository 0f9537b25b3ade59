import { loadGenerated } from '../generated.ts';
import { type FigureView, figureView } from './figure-view.ts';
import { absoluteUrl } from './site.ts';
import { type FigureViewDef, viewPaths, viewUrl } from './views.ts';

/** getStaticPaths of a file every view has (/figuren/<id>/[...view]/cijfers.csv …). */
export const viewFilePaths = () => viewPaths(loadGenerated());

/** The rendered view a file route is for, with the permalink its files name (the view's page). */
export function viewFile(props: Record<string, unknown>): { view: FigureView; permalink: string } {
  const def = props['def'] as FigureViewDef;
  return { view: figureView(def.spec, loadGenerated(), def), permalink: absoluteUrl(viewUrl(def)) };
}
