import type { APIRoute } from 'astro';
import { figures } from '../../../figures/index.ts';
import { figureView } from '../../../lib/site/figure-view.ts';
import { standaloneSvg } from '../../../lib/site/downloads.ts';
import { loadGenerated } from '../../../lib/site/generated.ts';

export function getStaticPaths() {
  return figures.map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = ({ props }) => {
  const view = figureView(props['spec'], loadGenerated());
  return new Response(standaloneSvg(view), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
