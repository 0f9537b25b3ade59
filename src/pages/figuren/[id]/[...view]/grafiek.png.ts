import type { APIRoute } from 'astro';
import { figureSvg } from '../../../../lib/downloads/figure-image.ts';
import { svgToPng } from '../../../../lib/downloads/png.ts';
import { viewFile, viewFilePaths } from '../../../../lib/pages/view-files.ts';

export const getStaticPaths = viewFilePaths;

/** The view's downloadable SVG drawn at twice its size (also its page's og:image). */
export const GET: APIRoute = ({ props }) => {
  const { view, permalink } = viewFile(props);
  return new Response(svgToPng(figureSvg(view, permalink)), { headers: { 'content-type': 'image/png' } });
};
