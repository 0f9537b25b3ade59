import type { APIRoute } from 'astro';
import { figures } from '../../../figures/index.ts';
import { figureCsv } from '../../../lib/site/downloads.ts';
import { figureView } from '../../../lib/site/figure-view.ts';
import { loadGenerated } from '../../../lib/site/generated.ts';
import { figureUrl } from '../../../lib/site/site.ts';

export function getStaticPaths() {
  return figures.map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const view = figureView(props['spec'], loadGenerated());
  return new Response(figureCsv(view, new URL(figureUrl(view.spec.id), site).href), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
