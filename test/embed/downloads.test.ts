// The built site (dist/): every figure's downloads, its sharing tags and embeds, and the Content-Security-Policy
// of every page. Read from disk; the numbers are compared with the figure page's own table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { builtSiteUrl } from '../helpers/built-site.ts';
import { figureId, generatedDir, listPages, readPage, requireDist, urlToFile } from '../helpers/dist.ts';

const dist = requireDist();
const pages = listPages(dist);
const figurePages = pages.filter((page) => figureId(page.url) !== undefined);
const drop = (JSON.parse(readFileSync(join(generatedDir, 'drops.json'), 'utf8')) as { current: string }).current;
// The origin of the build's absolute URLs (SITE_URL, or the local default); these tests read a build at BASE_PATH /.
const site = builtSiteUrl(dist).origin;
const downloads = ['cijfers.csv', 'cijfers.json', 'grafiek.svg', 'grafiek.png', 'datapackage.json'] as const;

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const file = (path: string) => {
  const found = urlToFile(path, dist);
  if (!found) throw new Error(`${path} is not in ${dist}`);
  return found;
};

/**
 * The figure's cells that match `selector`: in the page's own table, or, when the page shows only its first
 * rows, in the whole table on the page it links to (…/tabel/).
 */
function tableCells(document: Document, id: string, url: string, selector = 'td[data-value]'): Element[] {
  const whole = urlToFile(`${url}tabel/`, dist);
  const figure = whole
    ? parseHTML(readFileSync(whole, 'utf8')).document.querySelector(`[data-figure-table="${id}"]`)
    : document.querySelector(`figure.figure[data-figure="${id}"]`);
  return [...(figure?.querySelectorAll(`table.data-table ${selector}`) ?? [])];
}

/** The cells of numbers the source lacks (td.missing: "ontbreekt in deze bron"). */
const missingCells = (document: Document, id: string, url: string) => tableCells(document, id, url, 'td.missing');

/**
 * "<series>|<period>|<value in the unit shown>" of every numeric cell, and "<series>|<period>|<the words>" of
 * every number the source lacks, sorted (a multiset). A cell shown in another unit than its source's
 * (data-divisor) is listed in the unit it is shown in, as the downloads give it.
 */
function tableValues(document: Document, id: string, url: string): string[] {
  return tableCells(document, id, url)
    .map((cell) => {
      const value = Number(cell.getAttribute('data-value')) / Number(cell.getAttribute('data-divisor') ?? 1);
      return `${cell.getAttribute('data-series')}|${cell.getAttribute('data-period')}|${value}`;
    })
    .concat(
      missingCells(document, id, url).map(
        (cell) => `${cell.getAttribute('data-series')}|${cell.getAttribute('data-period')}|${text(cell)}`,
      ),
    )
    .sort();
}

/** Whether any number on the page is CBS's or DNB's (the only ones under CC BY 4.0). */
const hasOpenNumbers = (document: Document, id: string, url: string) =>
  tableCells(document, id, url).some((c) => c.getAttribute('data-licence') === 'CC BY 4.0');

interface Row {
  periode: string;
  reeks: string;
  waarde: number | string | null;
  eenheid: string;
  weergave: string;
  uitgever: string;
  licentie: string;
  periode_code: string;
  dataset: string;
  reeks_id: string;
  kenmerk: string;
}
// A row without a value is a number the source lacks: its key is the reason, as the table cell says it.
const missingValue = (row: Row) => row.waarde === '' || row.waarde === null;
const rowKey = (row: Row) => `${row.reeks_id}|${row.periode_code}|${missingValue(row) ? row.kenmerk : Number(row.waarde)}`;

function readCsv(path: string): { bom: boolean; meta: string[][]; header: string[]; rows: Row[] } {
  const raw = readFileSync(file(path), 'utf8');
  const body = raw.replace(/^\uFEFF/, '');
  const lines = Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
  const meta = lines.filter((line) => line[0]?.startsWith('#'));
  const parsed = Papa.parse<Row>(body, { header: true, comments: '#', skipEmptyLines: true });
  expect(parsed.errors, `${path}: CSV errors`).toEqual([]);
  return { bom: raw.startsWith('\uFEFF'), meta, header: parsed.meta.fields ?? [], rows: parsed.data };
}

function pngSize(path: string): { signature: boolean; width: number; height: number } {
  const bytes = readFileSync(file(path));
  const signature = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const ihdr = bytes.subarray(12, 16).toString('ascii') === 'IHDR';
  return { signature: signature && ihdr, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(figurePages.map((page) => [page.url, page] as const))('figure %s', (url, page) => {
  const id = figureId(url)!;
  const document = readPage(page);
  const values = tableValues(document, id, url);
  const open = hasOpenNumbers(document, id, url);

  test('links to its five downloads, and each is in dist/', () => {
    const hrefs = [...document.querySelectorAll('.figure-share a[href]')].map((a) => a.getAttribute('href'));
    for (const name of downloads) {
      expect(hrefs, `no link to ${name}`).toContain(`${url}${name}`);
      expect(existsSync(join(dist, url, name)), `${url}${name} is missing`).toBe(true);
    }
  });

  test("CSV: UTF-8 with BOM, source header, the table's numbers with codes and Dutch labels", () => {
    const csv = readCsv(`${url}cijfers.csv`);
    expect(csv.bom).toBe(true);
    const meta = Object.fromEntries(csv.meta.map((line) => [line[0], line[1] ?? '']));
    expect(meta['# Bron']).toBe(text(document.querySelector('p.source-line')));
    // CC BY 4.0 only where the figure has numbers of CBS or DNB.
    if (open) expect(meta['# Licentie']).toContain('CC BY 4.0');
    else expect(meta['# Licentie']).not.toContain('CC BY');
    expect(csv.header).toEqual([
      'periode',
      'reeks',
      'waarde',
      'eenheid',
      'ondergrens',
      'bovengrens',
      'kenmerk',
      'weergave',
      'uitgever',
      'bron',
      'bron_url',
      'licentie',
      'samensteller',
      'toelichting',
      'periode_code',
      'dataset',
      'reeks_id',
    ]);
    expect(csv.rows.map(rowKey).sort()).toEqual(values);
    for (const row of csv.rows) {
      expect(row.periode, 'periode (in words)').not.toBe('');
      expect(row.reeks, 'reeks (label)').not.toBe('');
      if (missingValue(row)) expect(row.kenmerk, 'kenmerk (why the number is missing)').not.toBe('');
      else expect(row.weergave, 'weergave (Dutch notation)').toMatch(/\d/);
      expect(row.eenheid, 'eenheid').not.toBe('');
      expect(row.uitgever, 'uitgever').not.toBe('');
    }
    // Nothing a spreadsheet would run as a formula.
    const cells = [...csv.meta.flat(), ...csv.rows.flatMap((r) => Object.values(r).map(String))];
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell))).toEqual([]);
  });

  test('JSON: the same numbers, with source, citation and licence', () => {
    const json = JSON.parse(readFileSync(file(`${url}cijfers.json`), 'utf8')) as {
      figuur: string;
      bron: string;
      citatie: string;
      licenties: string[];
      cijfers: Row[];
    };
    expect(json.figuur).toBe(id);
    expect(json.bron).toBe(text(document.querySelector('p.source-line')));
    if (open) expect(json.licenties).toContain('CC BY 4.0');
    else expect(json.licenties).toEqual([]);
    expect(json.cijfers.map(rowKey).sort()).toEqual(values);
  });

  test('SVG: self-contained, with the title, the key and the source line inside', () => {
    const svg = readFileSync(file(`${url}grafiek.svg`), 'utf8');
    const parsed = new (parseHTML('').DOMParser)().parseFromString(svg, 'image/svg+xml') as unknown as Document;
    const root = parsed.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const shown = [...root.querySelectorAll('text')].map((t) => text(t)).join(' ');
    expect(shown).toContain(text(document.querySelector('h1')));
    expect(shown).toContain(text(document.querySelector('p.source-line')));
    for (const item of document.querySelectorAll('figure.figure .chart-key li')) expect(shown).toContain(text(item));
    // Nothing outside the file: no stylesheet, no font, no image or link to fetch.
    expect(root.querySelectorAll('style, link, image, script, foreignObject').length).toBe(0);
    expect(svg).not.toMatch(/@import|url\((?!#)|href="(?!#)/);
  });

  test('PNG: a real PNG, at least 1200 px wide (2×)', () => {
    const png = pngSize(`${url}grafiek.png`);
    expect(png.signature).toBe(true);
    expect(png.width).toBeGreaterThanOrEqual(1200);
    expect(png.height).toBeGreaterThan(300);
  });

  test('datapackage.json describes the CSV (fields and types, licence, sources)', () => {
    const pkg = JSON.parse(readFileSync(file(`${url}datapackage.json`), 'utf8')) as {
      licenses?: { name: string }[];
      resources: {
        name: string;
        path: string;
        schema: { fields: { name: string; type: string }[] };
        licenses: { name: string }[];
        sources: { title: string }[];
        dialect: { commentChar: string };
      }[];
    };
    expect((pkg.licenses ?? []).map((l) => l.name)).toEqual(open ? ['CC-BY-4.0'] : []);
    expect(pkg.resources).toHaveLength(1);
    const resource = pkg.resources[0]!;
    expect(resource.path).toBe('cijfers.csv');
    expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
    expect(resource.dialect.commentChar).toBe('#');
    expect(resource.schema.fields.map((f) => f.name)).toEqual(readCsv(`${url}cijfers.csv`).header);
    expect(resource.schema.fields.find((f) => f.name === 'waarde')?.type).toBe('number');
    expect(resource.sources.length).toBeGreaterThan(0);
  });

  test('sharing: Open Graph and Twitter tags, the PNG as og:image, a citation and both embed codes', () => {
    const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('og:title')).toBe(text(document.querySelector('h1')));
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:url')).toBe(`${site}${url}`);
    expect(meta('og:image')).toBe(`${site}${url}grafiek.png`);
    expect(Number(meta('og:image:width'))).toBe(pngSize(`${url}grafiek.png`).width);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(text(document.querySelector('.citation'))).toMatch(
      /^Bron: .+, bewerking Staat van het mkb-dashboard, geraadpleegd \d{1,2} [a-z]+ \d{4}$/,
    );
    // linkedom keeps a textarea's character references as written; a browser decodes them (as <p> does here).
    const codes = [...document.querySelectorAll('textarea.embed-code')].map((t) =>
      text(parseHTML(`<p>${t.innerHTML}</p>`).document.querySelector('p')),
    );
    expect(codes).toHaveLength(2);
    expect(codes[0]).toContain(`src="${site}/embed/${id}/"`);
    expect(codes[1]).toContain(`src="${site}/embed/${drop}/${id}/"`);
    for (const code of codes) {
      expect(code).toMatch(/loading="lazy" width="100%" height="\d{3,4}" style="border:0;width:100%"/);
      expect(code).toContain(`<script src="${site}/embed.js" async></script>`);
    }
  });
});

describe('embed pages', () => {
  const ids = [...figurePages.map((page) => figureId(page.url)!), 'mkbarometer'];
  const embeds = ids.flatMap((id) => [`/embed/${id}/`, `/embed/${drop}/${id}/`]);

  test.each(embeds)('%s: chart, title, source and a link back; no site chrome; only files whose URL never changes', (path) => {
    const document = parseHTML(readFileSync(file(path), 'utf8')).document as unknown as Document;
    const main = document.querySelector('main.embed[data-embed-id]');
    expect(main).toBeTruthy();
    expect(document.querySelector('header, footer, nav, .site-header, .site-footer')).toBeNull();
    expect(text(document.querySelector('h1'))).not.toBe('');
    expect(text(document.querySelector('.source-line'))).toMatch(/^Bron: /);
    // The embed's source line is the figure page's: the same publishers and licence.
    const id = path.split('/').filter(Boolean).at(-1)!;
    if (id !== 'mkbarometer') {
      const figure = readPage({ url: `/figuren/${id}/`, file: file(`/figuren/${id}/`) });
      expect(text(document.querySelector('.source-line'))).toBe(text(figure.querySelector('p.source-line')));
    }
    expect(document.querySelector('svg[role="img"]')).toBeTruthy();
    const back = document.querySelector('.embed-link a')?.getAttribute('href') ?? '';
    expect(existsSync(file(back))).toBe(true);
    expect(document.querySelector('base')?.getAttribute('target')).toBe('_blank');
    // A pinned embed must survive later builds: nothing from /_astro/ (hashed names change per build).
    const loaded = [...document.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    expect(loaded.filter((url) => url.includes('/_astro/'))).toEqual([]);
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['/embed-frame.js']);
  });

  test('embed.js and embed-frame.js are published at stable URLs', () => {
    expect(existsSync(join(dist, 'embed.js'))).toBe(true);
    expect(existsSync(join(dist, 'embed-frame.js'))).toBe(true);
  });
});

describe('the site-wide data package (/downloads/datapackage.json)', () => {
  test('has one resource per figure, each an absolute URL of a CSV in dist/', () => {
    const pkg = JSON.parse(readFileSync(file('/downloads/datapackage.json'), 'utf8')) as {
      licenses: { name: string }[];
      resources: { name: string; path: string }[];
    };
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(figurePages.map((page) => figureId(page.url)!).sort());
    for (const resource of pkg.resources) {
      expect(resource.path.startsWith(`${site}/figuren/`)).toBe(true);
      expect(existsSync(file(new URL(resource.path).pathname))).toBe(true);
    }
  });
});

describe.each(pages.map((page) => [page.url, page] as const))('page %s', (_url, page) => {
  test('has the Content-Security-Policy meta and no inline <script>', () => {
    const document = readPage(page);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval')/);
    expect(csp).toContain("img-src 'self' data:");
    // Before anything it governs: right after <meta charset>.
    expect(document.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(document.head.children[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const inline = [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(inline.map((s) => (s.textContent ?? '').slice(0, 80))).toEqual([]);
    expect(document.querySelectorAll('[onclick], [onload], [onerror]').length).toBe(0);
  });
});
