import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { listPages, type Page, parseHtml, urlToFile } from './dist.ts';
import { xmlProblems } from './xml-well-formed.ts';

/** A built site: its folder and the URL it was built for (SITE_URL + BASE_PATH). */
export interface Build {
  dir: string;
  site: URL;
}

/** A page of a build, parsed once for all the tests that read it. */
export type ParsedPage = Page & { document: Document };

/** Every HTML page of a build, parsed. */
export function parsePages(dir: string): ParsedPage[] {
  return listPages(dir).map((page) => ({ ...page, document: parseHtml(readFileSync(page.file, 'utf8')) }));
}

/**
 * Where a URL of the site is in the build: its file, "outside" when it is on the site's origin but not
 * under the base path, or undefined when it points elsewhere (another host, mailto:, data:).
 */
export function fileOf(url: string, build: Build, from: string = build.site.href): string | 'outside' | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, from);
  } catch {
    return undefined;
  }
  if (resolved.origin !== build.site.origin) return undefined;
  if (!resolved.pathname.startsWith(build.site.pathname)) return 'outside';
  return urlToFile(`/${resolved.pathname.slice(build.site.pathname.length)}`, build.dir) ?? 'outside';
}

/** The pages a search engine may index: every HTML page but the embeds (noindex) and the 404 page. */
export function indexablePages(dir: string): Page[] {
  return listPages(dir).filter((page) => !page.url.startsWith('/embed/') && page.url !== '/404.html');
}

const xmlDocument = (xml: string) => new (parseHTML('').DOMParser)().parseFromString(xml, 'text/xml') as unknown as Document;
const read = (build: Build, name: string) => readFileSync(join(build.dir, name), 'utf8');
const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** sitemap.xml, robots.txt and feed.xml of a build, against its pages and the drops it was made from (ids, oldest first). */
export function describeSiteFiles(name: string, build: () => Build & { pages: ParsedPage[] }, drops: () => string[]) {
  describe(`${name}: sitemap.xml, robots.txt, feed.xml`, () => {
    test('robots.txt allows crawling and points to the sitemap', () => {
      const robots = read(build(), 'robots.txt');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', build().site).href}\n`);
    });

    test('the sitemap lists every indexable page once, by its absolute URL, dated by a drop', () => {
      const xml = read(build(), 'sitemap.xml');
      expect(xmlProblems(xml)).toEqual([]);
      const document = xmlDocument(xml);
      expect(document.documentElement.getAttribute('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = [...document.querySelectorAll('url')].map((url) => ({
        loc: text(url.querySelector('loc')),
        lastmod: text(url.querySelector('lastmod')),
      }));
      const expected = indexablePages(build().dir).map((page) => new URL(page.url.slice(1), build().site).href);
      expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
      const dates = new Set(drops().map((id) => id.slice(0, 10)));
      expect(urls.filter((u) => !dates.has(u.lastmod))).toEqual([]);
    });

    test('the feed is well-formed Atom: one entry per drop, newest first, dated by the drops', () => {
      const xml = read(build(), 'feed.xml');
      expect(xmlProblems(xml)).toEqual([]);
      const document = xmlDocument(xml);
      const feed = document.documentElement;
      expect(feed.localName).toBe('feed');
      expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
      const feedUrl = new URL('feed.xml', build().site).href;
      expect(text(feed.querySelector(':scope > id'))).toBe(feedUrl);
      expect(feed.querySelector(':scope > link[rel="self"]')?.getAttribute('href')).toBe(feedUrl);
      expect(text(feed.querySelector(':scope > title'))).not.toBe('');
      expect(text(feed.querySelector(':scope > author > name'))).not.toBe('');
      const ids = [...drops()].reverse();
      expect(text(feed.querySelector(':scope > updated'))).toBe(`${ids[0]!.slice(0, 10)}T00:00:00Z`);
      const entries = [...feed.querySelectorAll('entry')];
      expect(entries.map((e) => text(e.querySelector('updated')))).toEqual(ids.map((id) => `${id.slice(0, 10)}T00:00:00Z`));
      expect(entries.map((e) => text(e.querySelector('id')))).toEqual(ids.map((id) => new URL(`nieuw/${id}/`, build().site).href));
      for (const entry of entries) {
        expect(text(entry.querySelector('title'))).not.toBe('');
        expect(text(entry.querySelector('summary'))).not.toBe('');
        const link = entry.querySelector('link[rel="alternate"]')?.getAttribute('href') ?? '';
        expect(link).toBe(text(entry.querySelector('id')));
        expect(fileOf(link, build()), link).toMatch(/index\.html$/);
        // The content is HTML: its links are figure pages of this build.
        const content = parseHtml(`<div>${entry.querySelector('content')?.textContent ?? ''}</div>`);
        for (const a of content.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href') ?? '';
          expect(href.startsWith(new URL('figuren/', build().site).href), href).toBe(true);
          expect(fileOf(href, build()), href).toMatch(/index\.html$/);
        }
      }
    });

    test('every page but the embeds links to the feed with <link rel="alternate" type="application/atom+xml">', () => {
      const feedUrl = new URL('feed.xml', build().site).href;
      const missing = build()
        .pages.filter((page) => !page.url.startsWith('/embed/'))
        .filter(
          (page) => page.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') !== feedUrl,
        )
        .map((page) => page.url);
      expect(missing).toEqual([]);
    });
  });
}
