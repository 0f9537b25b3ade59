import type { APIRoute } from 'astro';
import { figures } from '../figures/index.ts';
import { loadGenerated } from '../lib/generated.ts';
import { loadChanges } from '../lib/pages/changes-view.ts';
import { atomFeed, feedFigures } from '../lib/pages/feed.ts';
import { figureView } from '../lib/pages/figure-view.ts';

/** /feed.xml: the Atom feed of new drops and the figures whose data each changed. */
export const GET: APIRoute = () => {
  const data = loadGenerated();
  const xml = atomFeed(loadChanges(), feedFigures(figures.map((spec) => figureView(spec, data))));
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
