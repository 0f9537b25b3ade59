import type { APIRoute } from 'astro';
import { figures } from '../../figures/index.ts';
import { siteDatapackage } from '../../lib/downloads/datapackage.ts';
import { loadGenerated } from '../../lib/generated.ts';
import { figureView } from '../../lib/pages/figure-view.ts';

/** /downloads/datapackage.json: one Data Package describing every figure's CSV. */
export const GET: APIRoute = () => {
  const data = loadGenerated();
  return new Response(siteDatapackage(figures.map((spec) => figureView(spec, data))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
