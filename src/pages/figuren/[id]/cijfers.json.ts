import type { APIRoute } from 'astro';
import { figurePaths } from '../../../figures/index.ts';
import { figureJson } from '../../../lib/downloads/downloads.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { figureView } from '../../../lib/pages/figure-view.ts';
import { absoluteUrl, figureUrl } from '../../../lib/pages/site.ts';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ props }) => {
  const view = figureView(props['spec'], loadGenerated());
  return new Response(figureJson(view, absoluteUrl(figureUrl(view.spec.id))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
