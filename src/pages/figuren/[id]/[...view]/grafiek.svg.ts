import type { APIRoute } from 'astro';
import { figureSvg } from '../../../../lib/downloads/figure-image.ts';
import { viewFile, viewFilePaths } from '../../../../lib/pages/view-files.ts';

export const getStaticPaths = viewFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { view, permalink } = viewFile(props);
  return new Response(figureSvg(view, permalink), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
