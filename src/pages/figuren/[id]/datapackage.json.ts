import type { APIRoute } from 'astro';
import { figurePaths } from '../../../figures/index.ts';
import { figureDatapackage } from '../../../lib/downloads/datapackage.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { figureView } from '../../../lib/pages/figure-view.ts';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ props }) => {
  const view = figureView(props['spec'], loadGenerated());
  return new Response(figureDatapackage(view), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
