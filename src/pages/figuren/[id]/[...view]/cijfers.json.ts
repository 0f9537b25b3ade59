import type { APIRoute } from 'astro';
import { figureJson } from '../../../../lib/downloads/downloads.ts';
import { viewFile, viewFilePaths } from '../../../../lib/pages/view-files.ts';

export const getStaticPaths = viewFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { view, permalink } = viewFile(props);
  return new Response(figureJson(view, permalink), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
