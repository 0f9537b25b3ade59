// The built site (dist/) against the DOM contract, without a browser: every page is read from disk.
import { describe, expect, test } from 'vitest';
import { figureId, listPages, type Page, readPage, requireDist, urlToFile } from '../helpers/dist.ts';
import { isNumericText, showsValue } from '../helpers/dutch-number.ts';
import { cellValueProblem } from '../helpers/generated.ts';
import { hasGeometry } from '../helpers/svg-geometry.ts';

const dist = requireDist();
const pages = listPages(dist).map((page) => ({ ...page, document: readPage(page) }));
const byFile = new Map(pages.map((page) => [page.file, page]));
const figurePages = pages.filter((page) => figureId(page.url) !== undefined);
const fixedUrls = ['/', '/dynamiek/', '/productiviteit/', '/ruimte-om-te-ondernemen/', '/conjunctuur/', '/figuren/', '/404.html'];
const forbidden = ['NaN', 'undefined', 'Infinity', '[object Object]'];

type Parsed = Page & { document: Document };

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const describeElement = (element: Element) => element.outerHTML.replace(/\s+/g, ' ').slice(0, 160);

/** Every URL an element points at (href, src, srcset, poster), with the element for the message. */
function references(document: Document): { element: Element; url: string }[] {
  const out: { element: Element; url: string }[] = [];
  for (const element of document.querySelectorAll('[href], [src], [srcset], [poster], [xlink\\:href]')) {
    for (const name of ['href', 'src', 'poster', 'xlink:href']) {
      const value = element.getAttribute(name);
      if (value !== null) out.push({ element, url: value.trim() });
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) for (const candidate of srcset.split(',')) out.push({ element, url: candidate.trim().split(/\s+/)[0] ?? '' });
  }
  return out;
}

const base = 'http://site.invalid';

/** A reference resolved against its page, or undefined when it leaves the site (http:, mailto:, data:, //host). */
function resolveInternal(page: Page, url: string): URL | undefined {
  if (url === '' || url === '#') return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, base + page.url);
  } catch {
    return undefined;
  }
  return resolved.origin === base ? resolved : undefined;
}

function pageAt(path: string): Parsed | undefined {
  const file = urlToFile(path, dist);
  return file ? byFile.get(file) : undefined;
}

/** The HTML pages a page links to with <a href>, as files. */
function linkedPages(page: Parsed): Parsed[] {
  return [...page.document.querySelectorAll('a[href]')]
    .map((a) => resolveInternal(page, a.getAttribute('href') ?? ''))
    .map((url) => (url ? pageAt(url.pathname) : undefined))
    .filter((linked): linked is Parsed => linked !== undefined);
}

function theFigure(page: Parsed): Element | undefined {
  const id = figureId(page.url);
  return [...page.document.querySelectorAll('figure.figure')].find((figure) => figure.getAttribute('data-figure') === id);
}

function svgChild(svg: Element, tag: string): Element | undefined {
  return [...svg.children].find((child) => child.tagName.toLowerCase() === tag);
}

describe('site map', () => {
  test.each(fixedUrls)('%s exists', (url) => {
    expect(urlToFile(url, dist), `${url} has no file in ${dist}`).toBeDefined();
  });

  test('the home page has the MKBarometer section', () => {
    expect(pageAt('/')?.document.querySelector('section#mkbarometer')).toBeTruthy();
  });

  test('there are at least 15 figure pages (/figuren/<id>/index.html)', () => {
    expect(figurePages.map((page) => page.url).length).toBeGreaterThanOrEqual(15);
  });

  test('/figuren/ links to every figure page', () => {
    const listing = pageAt('/figuren/');
    expect(listing, '/figuren/ is missing').toBeDefined();
    const linked = new Set(linkedPages(listing!).map((page) => page.url));
    expect(figurePages.map((page) => page.url).filter((url) => !linked.has(url))).toEqual([]);
  });

  test('the home page reaches every figure within two clicks', () => {
    const home = pageAt('/');
    expect(home, 'the home page is missing').toBeDefined();
    const reached = new Set<string>([home!.url]);
    for (const first of linkedPages(home!)) {
      reached.add(first.url);
      for (const second of linkedPages(first)) reached.add(second.url);
    }
    expect(figurePages.map((page) => page.url).filter((url) => !reached.has(url))).toEqual([]);
  });

  test('every page has its own <title>', () => {
    const urlsByTitle = new Map<string, string[]>();
    for (const page of pages) {
      const title = text(page.document.querySelector('title'));
      urlsByTitle.set(title, [...(urlsByTitle.get(title) ?? []), page.url]);
    }
    const shared = [...urlsByTitle].filter(([, urls]) => urls.length > 1).map(([title, urls]) => `"${title}": ${urls.join(', ')}`);
    expect(shared).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.url, page] as const))('page %s', (_url, page) => {
  test('has <html lang="nl">, one <h1> and a non-empty <title>', () => {
    expect(page.document.documentElement.getAttribute('lang')).toBe('nl');
    expect(page.document.querySelectorAll('h1').length).toBe(1);
    expect(text(page.document.querySelector('title'))).not.toBe('');
  });

  test('shows no NaN, undefined, Infinity or [object Object] in text or attributes', () => {
    const found: string[] = [];
    const visit = (element: Element) => {
      for (const attribute of element.attributes) {
        for (const word of forbidden)
          if (attribute.value.includes(word)) found.push(`${word} in ${attribute.name} of ${describeElement(element)}`);
      }
      // Script and style bodies are code, not page text.
      if (['script', 'style'].includes(element.tagName.toLowerCase())) return;
      for (const node of element.childNodes) {
        if (node.nodeType === 3) {
          for (const word of forbidden)
            if (node.textContent?.includes(word)) found.push(`${word} in text "${text(node as Element).slice(0, 120)}"`);
        } else if (node.nodeType === 1) visit(node as Element);
      }
    };
    visit(page.document.documentElement);
    expect(found).toEqual([]);
  });

  test('every internal href/src resolves to a file in dist/ (and #fragments to an id)', () => {
    const broken: string[] = [];
    for (const { element, url } of references(page.document)) {
      const resolved = resolveInternal(page, url);
      if (!resolved) continue;
      const file = urlToFile(resolved.pathname, dist);
      if (!file) {
        broken.push(`${url} (${describeElement(element)})`);
        continue;
      }
      const target = byFile.get(file);
      if (target && !resolved.pathname.endsWith('/') && !resolved.pathname.endsWith('.html')) {
        broken.push(`${url} lacks the trailing slash of ${target.url}`);
      }
      const id = decodeURIComponent(resolved.hash.slice(1));
      if (id && target && !target.document.getElementById(id)) broken.push(`${url}: no element with id "${id}" on ${target.url}`);
    }
    expect(broken).toEqual([]);
  });

  test('every chart (svg[role=img]) draws at least one mark with a size', () => {
    const empty: string[] = [];
    for (const svg of page.document.querySelectorAll('svg[role="img"]')) {
      const marks = [...svg.querySelectorAll('path, circle, rect, line')].filter((shape) => {
        const group = shape.closest('g[aria-label]');
        if (!group || !svg.contains(group)) return false;
        const label = group.getAttribute('aria-label') ?? '';
        // Axes, grids and frames are drawn for empty charts too; a lone rule is a baseline, not data.
        if (/axis|grid|frame/i.test(label)) return false;
        if (label === 'rule' && group.querySelectorAll('path, line').length < 2) return false;
        return hasGeometry(shape);
      });
      if (marks.length === 0) empty.push(`${text(svgChild(svg, 'title')) || describeElement(svg)}`);
    }
    expect(empty).toEqual([]);
  });
});

describe.each(figurePages.map((page) => [page.url, page] as const))('figure page %s', (url, page) => {
  test('has the figure with an accessible SVG, a source line and a data table', () => {
    const figure = theFigure(page);
    expect(figure, `no <figure class="figure" data-figure="${figureId(url)}">`).toBeDefined();
    const svgs = [...figure!.querySelectorAll('svg[role="img"]')];
    expect(svgs.length, 'no inline <svg role="img"> in the figure').toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(text(svgChild(svg, 'title')), `svg without a non-empty <title>: ${describeElement(svg)}`).not.toBe('');
      expect(text(svgChild(svg, 'desc')), `svg without a non-empty <desc>: ${describeElement(svg)}`).not.toBe('');
    }
    const source = text(figure!.querySelector('p.source-line'));
    expect(source, 'the source line').toMatch(/^Bron:/);
    // CC BY 4.0 is CBS's and DNB's licence: claimed only where the figure has their numbers.
    const open = [...figure!.querySelectorAll('td[data-licence]')].some((cell) => cell.getAttribute('data-licence') === 'CC BY 4.0');
    if (open) expect(source, 'the source line').toContain('CC BY 4.0');
    else expect(source, 'the source line').not.toContain('CC BY');
    expect(figure!.querySelectorAll('table.data-table').length, 'no <table class="data-table"> in the figure').toBeGreaterThan(0);
  });

  test('every number in the data table is the generated JSON value, shown in Dutch', () => {
    const figure = theFigure(page);
    expect(figure, `no <figure class="figure" data-figure="${figureId(url)}">`).toBeDefined();
    const problems: string[] = [];
    const tables = [...figure!.querySelectorAll('table.data-table')];
    for (const [t, table] of tables.entries()) {
      let checked = 0;
      for (const cell of table.querySelectorAll('td, th')) {
        const shown = text(cell);
        const key = {
          dataset: cell.getAttribute('data-dataset') ?? '',
          series: cell.getAttribute('data-series') ?? '',
          period: cell.getAttribute('data-period') ?? '',
        };
        const raw = cell.getAttribute('data-value');
        const where = `table ${t + 1}, cell "${shown}" [${key.dataset} | ${key.series} | ${key.period} | ${raw}]`;
        if (raw === null) {
          if (cell.tagName.toLowerCase() === 'td' && isNumericText(shown)) problems.push(`${where}: a number without data-value`);
          continue;
        }
        checked++;
        if (!key.dataset || !key.series || cell.getAttribute('data-period') === null || raw.trim() === '') {
          problems.push(`${where}: needs data-dataset, data-series, data-period and a non-empty data-value`);
          continue;
        }
        const value = Number(raw);
        const problem = cellValueProblem(cell);
        if (problem) problems.push(`${where}: ${problem}`);
        // A number shown in another unit than its source's (published counts in thousands) says by how much.
        const divisor = Number(cell.getAttribute('data-divisor') ?? 1);
        if (!showsValue(shown, value / divisor)) problems.push(`${where}: the text does not show ${raw} / ${divisor} in Dutch notation`);
      }
      if (checked === 0) problems.push(`table ${t + 1} has no cell with data-value`);
    }
    const shownProblems = problems.length > 25 ? [...problems.slice(0, 25), `… and ${problems.length - 25} more`] : problems;
    expect(shownProblems).toEqual([]);
  });
});
