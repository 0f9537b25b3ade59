import { themes } from '../../figures/themes.ts';
import { siteProvinces } from '../../figures/vocabulary/provinces.ts';
import { element } from '../downloads/xml.ts';
import { barometerPath, methodPath, quarterPath } from './barometer-view.ts';
import { type ChangesFile, changelogUrl, dropUrl, lastChangedDrop } from './changes-view.ts';
import type { FeedFigure } from './feed.ts';
import { absoluteUrl, figuresUrl, figureUrl, homeUrl, overviewUrl, provinceUrl, regionsUrl, sitePath, themeUrl } from './site.ts';

/**
 * sitemap.xml and robots.txt. The sitemap lists every page a search engine may index (not the embeds, which
 * say noindex, nor the 404 page), each with the date of a drop as lastmod: for a figure page the latest drop
 * that changed its data, for a changelog page its own drop, for the rest the drop the site is built from.
 */

export const sitemapPath = sitePath('/sitemap.xml');

export interface SitemapPage {
  /** Under the base path, as the route helpers return it. */
  path: string;
  /** "2026-07-17" */
  lastmod: string;
}

export interface SitemapInput {
  changes: ChangesFile;
  figures: readonly FeedFigure[];
  /** The MKBarometer's quarters (each has a page). */
  quarters: readonly string[];
  /** The pages below a figure's own (its views and whole tables: src/lib/pages/view-files.ts), dated like it. */
  figurePages?: readonly { figure: string; path: string }[];
}

export function sitemapPages({ changes, figures, quarters, figurePages = [] }: SitemapInput): SitemapPage[] {
  const current = changes.drops.at(-1)!.date;
  const page = (path: string, lastmod = current): SitemapPage => ({ path, lastmod });
  const changed = new Map(figures.map((figure) => [figure.id, lastChangedDrop(changes, figure.uses, figure.datasets).date]));
  const pages = [
    page(homeUrl),
    ...themes.map((theme) => page(themeUrl(theme.id))),
    page(figuresUrl),
    page(overviewUrl),
    ...figures.map((figure) => page(figureUrl(figure.id), changed.get(figure.id))),
    ...figurePages.map(({ figure, path }) => page(path, changed.get(figure))),
    page(regionsUrl),
    ...siteProvinces.map((province) => page(provinceUrl(province.slug))),
    page(changelogUrl),
    ...changes.drops.map((drop) => page(dropUrl(drop.id), drop.date)),
    page(barometerPath),
    page(methodPath),
    ...quarters.map((period) => page(quarterPath(period))),
  ];
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map((p) => element('url', {}, element('loc', {}, absoluteUrl(p.path)), element('lastmod', {}, p.lastmod)));
  const urlset = element('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, ...urls);
  return `<?xml version="1.0" encoding="utf-8"?>\n${urlset.markup}\n`;
}

/**
 * Crawlers read robots.txt only at the root of a host: under a BASE_PATH this file is there for a host that
 * copies it to its root, and the sitemap can be submitted by its URL.
 */
export function robotsTxt(): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(sitemapPath)}`, ''].join('\n');
}
