import type { APIRoute } from 'astro';
import { figurePaths } from '../../../figures/index.ts';
import { figureSvg } from '../../../lib/site/figure-image.ts';
import { figureView } from '../../../lib/site/figure-view.ts';
import { loadGenerated } from '../../../lib/site/generated.ts';
import { figureUrl } from '../../../lib/site/site.ts';

export const getStaticPaths = figurePaths;

export const GET: APIRoute = ({ props, site }) => {
  const view = figureView(props['spec'], loadGenerated());
  return new Response(figureSvg(view, new URL(figureUrl(view.spec.id), site).href), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
