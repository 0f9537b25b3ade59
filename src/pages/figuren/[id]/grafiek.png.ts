import type { APIRoute } from 'astro';
import { figurePaths } from '../../../figures/index.ts';
import { figureSvg } from '../../../lib/downloads/figure-image.ts';
import { svgToPng } from '../../../lib/downloads/png.ts';
import { loadGenerated } from '../../../lib/generated.ts';
import { figureView } from '../../../lib/pages/figure-view.ts';
import { absoluteUrl, figureUrl } from '../../../lib/pages/site.ts';

export const getStaticPaths = figurePaths;

/** The downloadable SVG drawn at twice its size (also the figure page's og:image). */
export const GET: APIRoute = ({ props }) => {
  const view = figureView(props['spec'], loadGenerated());
  const png = svgToPng(figureSvg(view, absoluteUrl(figureUrl(view.spec.id))));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
