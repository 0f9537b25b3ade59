// The home page's tiles, the lead sentences everywhere they are said, and /overzicht/, read from dist/ and checked
// against src/generated (numbers parsed back from the text, not compared with strings the code made).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { figureId, generatedDir, listPages, parseHtml, requireDist, urlToFile } from '../helpers/dist.ts';
import { elementPoint } from '../helpers/generated-points.ts';
import { checkLead, expectedNews, months, openingPeriod, textShows } from '../helpers/lead-sentence.ts';

const dist = requireDist();
const figureIds = listPages(dist)
  .map((page) => figureId(page.url))
  .filter((id): id is string => id !== undefined);
const drop = (JSON.parse(readFileSync(join(generatedDir, 'drops.json'), 'utf8')) as { current: string }).current;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const cache = new Map<string, Document>();
function page(url: string): Document {
  const cached = cache.get(url);
  if (cached) return cached;
  const file = urlToFile(url, dist);
  if (!file) throw new Error(`${url} has no file in ${dist}`);
  const document = parseHtml(readFileSync(file, 'utf8'));
  cache.set(url, document);
  return document;
}

const home = () => page('/');
const overview = () => page('/overzicht/');
const meta = (document: Document, selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';

/** What a first visit transfers, gzipped: the HTML (styles are inlined), its stylesheets and scripts with their imports. */
function pageWeight(url: string): { total: number; parts: string[] } {
  const html = readFileSync(urlToFile(url, dist)!);
  const document = parseHtml(html.toString('utf8'));
  const files = new Set<string>();
  const add = (href: string | null) => {
    const file = href ? urlToFile(new URL(href, `http://site.invalid${url}`).pathname, dist) : undefined;
    if (!file || files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+\.m?js)["']/g))
      add(new URL(m[1]!, `http://site.invalid${file.slice(dist.length)}`).pathname);
  };
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) add(link.getAttribute('href'));
  for (const element of document.querySelectorAll('script[src], link[rel="modulepreload"][href]'))
    add(element.getAttribute('src') ?? element.getAttribute('href'));
  const sizes = [
    ['html', gzipSync(html, { level: 9 }).length] as const,
    ...[...files].map((f) => [f, gzipSync(readFileSync(f), { level: 9 }).length] as const),
  ];
  return { total: sizes.reduce((sum, [, size]) => sum + size, 0), parts: sizes.map(([name, size]) => `${name}: ${size} B`) };
}

describe('the home page', () => {
  test('weighs at most 60 kB gzipped (HTML, CSS and JS of a first visit)', () => {
    const { total, parts } = pageWeight('/');
    expect(total, parts.join(', ')).toBeLessThanOrEqual(60 * 1024);
  });

  test('keeps the MKBarometer first and says its threshold plainly: the indicators in these figures, then how many of those', () => {
    const section = home().querySelector('section#mkbarometer');
    expect(section, 'no MKBarometer section').toBeTruthy();
    const sections = [...home().querySelectorAll('main section')];
    expect(sections[0]?.id).toBe('mkbarometer');
    const available = text(section!.querySelector('.gauge-available'));
    const newer = text(section!.querySelector('.gauge-newer'));
    const count = /staan er (\d+) in deze cijfers/.exec(available)?.[1];
    expect(count, available).toBeDefined();
    if (newer) expect(newer).toMatch(new RegExp(`ten minste \\d+ van die ${count} indicatoren`));
  });

  test('has one tile per figure, each linking to its figure, grouped under the themes', () => {
    const tiles = [...home().querySelectorAll('li.tile')];
    expect(tiles.map((t) => t.getAttribute('data-figure')).sort()).toEqual([...figureIds].sort());
    for (const tile of tiles) {
      const id = tile.getAttribute('data-figure');
      expect(tile.querySelector('.tile-title a')?.getAttribute('href'), `tile ${id}`).toMatch(new RegExp(`/figuren/${id}/$`));
      expect(tile.closest('section')?.querySelector('h2'), `tile ${id} outside a theme section`).toBeTruthy();
      expect(tile.querySelector('svg.mini-chart[aria-hidden="true"]'), `tile ${id}: no decorative small chart`).toBeTruthy();
    }
  });
});

/** "mei 2026 (voorlopig)", "1e kwartaal 2026", "juli 2024 – juli 2025", "2024 begin" read back as a sentence opening. */
function tilePeriod(shown: string) {
  for (const prefix of ['In ', 'In het ', 'In het meetjaar ']) {
    const read = openingPeriod(`${prefix}${shown}`);
    if (read && read.rest === '') return read;
  }
  return undefined;
}

describe.each(figureIds.map((id) => [id] as const))('figure %s', (id) => {
  const lead = () => page(`/figuren/${id}/`).querySelector('p.figure-lead');
  const sentence = () => text(lead());

  test('the lead sentence states the number, period, status and change of src/generated, with the right direction word', () => {
    expect(lead(), 'no p.figure-lead').toBeTruthy();
    expect(checkLead(lead()!, sentence()).problems).toEqual([]);
  });

  test('the same sentence is the chart’s text alternative, the share and page description, the embed caption and the tiles', () => {
    const figure = page(`/figuren/${id}/`);
    const descs = [...figure.querySelectorAll(`figure[data-figure="${id}"] svg[role="img"] > desc`)].map(text);
    expect(descs.length).toBeGreaterThan(0);
    for (const desc of descs) expect(desc.startsWith(sentence()), desc.slice(0, 120)).toBe(true);
    expect(meta(figure, 'meta[property="og:description"]')).toBe(sentence());
    expect(meta(figure, 'meta[name="description"]')).toBe(sentence());
    const embed = page(`/embed/${id}/`);
    expect(text(embed.querySelector('.embed-caption'))).toBe(sentence());
    expect(meta(embed, 'meta[name="description"]')).toBe(sentence());
    expect(text(home().querySelector(`li.tile[data-figure="${id}"] .tile-sentence`))).toBe(sentence());
    expect(text(overview().querySelector(`article[data-figure="${id}"] .overview-sentence`))).toBe(sentence());
  });

  test('the tile shows the value, period and status of src/generated, and its news follows from the change and the direction', () => {
    const tile = home().querySelector(`li.tile[data-figure="${id}"]`);
    expect(tile, 'no tile').toBeTruthy();
    const value = tile!.querySelector('.tile-value')!;
    const point = elementPoint(value);
    expect(point?.value, 'the tile names no value in src/generated').toEqual(expect.any(Number));
    expect(textShows(text(value), point!.value!), text(value)).toBe(true);
    for (const flag of (point!.flags ?? []).filter((f) => f !== 'voorlopig' && f !== 'nader voorlopig'))
      expect(text(value), `the flag "${flag}" on the tile`).toContain(flag);
    const period = text(tile!.querySelector('.tile-period'));
    const code = value.getAttribute('data-period') ?? '';
    if (/^\d{4}(JJ|HJ|KW|MM|JL)\d{2}$/.test(code)) {
      const read = tilePeriod(period);
      expect(read?.period, `tile period "${period}"`).toBe(code);
      expect(read?.status).toBe(['voorlopig', 'nader voorlopig'].includes(point!.status) ? point!.status : 'definitief');
    } else expect(period).toBe(point!.periodText);

    const check = checkLead(value, text(tile!.querySelector('.tile-sentence')));
    expect(check.problems).toEqual([]);
    const news = tile!.querySelector('.tile-news');
    if (check.direction === undefined) {
      expect(news, 'news without a comparison').toBeNull();
      expect(text(tile!.querySelector('.tile-change')), 'a tile without a comparison says so').toBe(
        'Geen vergelijking met een jaar eerder',
      );
      return;
    }
    expect(news?.getAttribute('data-news')).toBe(expectedNews(value.getAttribute('data-better') ?? '', check.direction, check.overlap));
    expect(text(news), 'the news in words').toMatch(
      /^(Gunstig|Ongunstig) voor het mkb$|^Geen oordeel$|^Geen verandering$|^Verschil binnen de marges$/,
    );
    const change = text(tile!.querySelector('.tile-change'));
    if (value.getAttribute('data-measure') !== 'growth')
      expect(change.charAt(0), change).toBe(check.direction > 0 ? '+' : check.direction < 0 ? '−' : 'g');
  });
});

describe('/overzicht/', () => {
  const date = `${Number(drop.slice(8, 10))} ${months[Number(drop.slice(5, 7)) - 1]} ${drop.slice(0, 4)}`;

  test(`is dated by the drop it was built from (${drop})`, () => {
    expect(text(overview().querySelector('.overview-date'))).toBe(`Stand van ${date}, datadrop ${drop}`);
  });

  test('shows every figure once, under its theme, with sentence, small chart, key number, source line and address', () => {
    const articles = [...overview().querySelectorAll('article.overview-figure')];
    expect(articles.map((a) => a.getAttribute('data-figure')).sort()).toEqual([...figureIds].sort());
    for (const article of articles) {
      const id = article.getAttribute('data-figure')!;
      expect(article.closest('section.overview-theme'), id).toBeTruthy();
      expect(text(article.querySelector('.overview-sentence')), id).not.toBe('');
      expect(article.querySelector('svg.mini-chart'), id).toBeTruthy();
      expect(text(article.querySelector('.overview-value')), id).toMatch(/\d/);
      const sourceLine = text(page(`/figuren/${id}/`).querySelector('p.source-line'));
      expect(sourceLine, `/figuren/${id}/ has no source line`).toMatch(new RegExp(`^Bron: .*datadrop ${drop}`, 'i'));
      expect(text(article.querySelector('.overview-source')), id).toBe(sourceLine);
      expect(text(article.querySelector('.overview-url')), id).toMatch(new RegExp(`^Online: https?://[^ ]+/figuren/${id}/$`));
    }
  });

  test('has a section per theme, each with a heading, for a page per theme on paper', () => {
    const sections = [...overview().querySelectorAll('section.overview-theme')];
    expect(sections.length).toBe(4);
    for (const section of sections) expect(text(section.querySelector('h2'))).not.toBe('');
    const css = [...overview().querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/@media print\s*\{[\s\S]*\.overview-theme\s*\+\s*\.overview-theme\s*\{\s*break-before:\s*page/);
  });
});
