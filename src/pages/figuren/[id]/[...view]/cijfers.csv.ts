import type { APIRoute } from 'astro';
import { figureCsv } from '../../../../lib/downloads/downloads.ts';
import { viewFile, viewFilePaths } from '../../../../lib/pages/view-files.ts';

export const getStaticPaths = viewFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { view, permalink } = viewFile(props);
  return new Response(figureCsv(view, permalink), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
