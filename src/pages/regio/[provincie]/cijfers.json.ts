import type { APIRoute } from 'astro';
import { figureJson } from '../../../lib/downloads/downloads.ts';
import { provinceFilePaths } from '../../../lib/pages/province-pages.ts';
import { absoluteUrl, provinceUrl } from '../../../lib/pages/site.ts';

export const getStaticPaths = provinceFilePaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(figureJson(props['view'], absoluteUrl(provinceUrl(String(params['provincie'])))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
