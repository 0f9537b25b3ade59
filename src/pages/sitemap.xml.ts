import type { APIRoute } from 'astro';
import { figures } from '../figures/index.ts';
import { loadGenerated } from '../lib/generated.ts';
import { loadBarometer } from '../lib/pages/barometer-view.ts';
import { loadChanges } from '../lib/pages/changes-view.ts';
import { feedFigures } from '../lib/pages/feed.ts';
import { figureView } from '../lib/pages/figure-view.ts';
import { sitemapPages, sitemapXml } from '../lib/pages/sitemap.ts';
import { viewPages } from '../lib/pages/view-files.ts';

/** /sitemap.xml: every indexable page, with the date of the drop that last changed it. */
export const GET: APIRoute = () => {
  const data = loadGenerated();
  const pages = sitemapPages({
    changes: loadChanges(),
    figures: feedFigures(figures.map((spec) => figureView(spec, data))),
    quarters: loadBarometer().quarters.map((q) => q.period),
    figurePages: viewPages(data).map(({ def, path }) => ({ figure: def.spec.id, path })),
  });
  return new Response(sitemapXml(pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
