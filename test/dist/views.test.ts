// The views of the figures in the built site (dist/), read from disk: every view is a page reached from its
// figure's page by its links, its table holds the generated numbers, and its downloads hold exactly its
// numbers: the numbers of the series it picks, in the years it picks, taken from the view of every series
// (or every period), and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { builtSiteUrl } from '../helpers/built-site.ts';
import { figureId, listPages, type Page, readPage, requireDist, urlToFile } from '../helpers/dist.ts';
import { showsValue } from '../helpers/dutch-number.ts';
import { cellValueProblem, derivedValue, seriesValues } from '../helpers/generated.ts';
import { checkLead } from '../helpers/lead-sentence.ts';

const dist = requireDist();
// The origin of the build's absolute URLs (SITE_URL, or the local default); these tests read a build at BASE_PATH /.
const site = builtSiteUrl(dist).origin;
/** The pages sitemap.xml lists, as paths. */
const sitemap = new Set(
  [...readFileSync(urlToFile('/sitemap.xml', dist) ?? `${dist}/sitemap.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  ),
);
const parsed = new Map<string, Document>();
const pageOf = (url: string): Document | undefined => {
  const file = urlToFile(url, dist);
  if (!file) return undefined;
  if (!parsed.has(file)) parsed.set(file, readPage({ url, file }));
  return parsed.get(file);
};
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A figure's default page and each view page under it (/figuren/<id>/…/ with a figure, not a table page). */
const figurePages = listPages(dist).filter((page) => figureId(page.url) !== undefined);
const viewPages = listPages(dist).filter(
  (page: Page) =>
    /^\/figuren\/[^/]+\/.+\/$/.test(page.url) && !page.url.endsWith('/tabel/') && pageOf(page.url)?.querySelector('figure[data-view]'),
);

interface Choice {
  label: string;
  href: string;
  current: boolean;
}

/** The choice lists of a view page: per group (series, period), its links. */
function choices(document: Document): Map<string, Choice[]> {
  const groups = new Map<string, Choice[]>();
  for (const list of document.querySelectorAll('[data-view-controls] [data-view-choice]')) {
    groups.set(
      list.getAttribute('data-view-choice') ?? '',
      [...list.querySelectorAll('a[data-view-link]')].map((a) => ({
        label: text(a),
        href: a.getAttribute('href') ?? '',
        current: a.getAttribute('aria-current') === 'page',
      })),
    );
  }
  return groups;
}

const current = (document: Document, group: string) =>
  choices(document)
    .get(group)
    ?.find((c) => c.current);

interface Row {
  reeks: string;
  waarde: string;
  periode_code: string;
  dataset: string;
  reeks_id: string;
}
const key = (r: Pick<Row, 'reeks_id' | 'periode_code' | 'waarde'>) => `${r.reeks_id}|${r.periode_code}|${Number(r.waarde)}`;

function csvRows(url: string): Row[] {
  const raw = readFileSync(urlToFile(`${url}cijfers.csv`, dist)!, 'utf8').replace(/^\uFEFF/, '');
  const result = Papa.parse<Row>(raw, { header: true, comments: '#', skipEmptyLines: true });
  expect(result.errors, `${url}cijfers.csv`).toEqual([]);
  return result.data;
}

/** The numbers of a view's whole table: on its page, or on its table page when the page shows the first rows. */
function tableKeys(url: string): string[] {
  const whole = pageOf(`${url}tabel/`);
  const root = whole?.querySelector('[data-figure-table]') ?? pageOf(url)?.querySelector('figure[data-figure]');
  return [...(root?.querySelectorAll('table.data-table td[data-value]') ?? [])]
    .map((c) =>
      key({
        reeks_id: c.getAttribute('data-series')!,
        periode_code: c.getAttribute('data-period')!,
        // A number shown in another unit than its source's (thousands) is in the downloads as shown.
        waarde: String(Number(c.getAttribute('data-value')) / Number(c.getAttribute('data-divisor') ?? 1)),
      }),
    )
    .sort();
}

/**
 * The numbers the site derives (data-derived: growth rates) in a view's whole table, each recomputed from the
 * published numbers in src/generated its derivation names: "<dataset>#<series>" → period → value; for the series
 * src/generated has none of its own.
 */
function derivedValues(url: string): Map<string, Map<string, number>> {
  const whole = pageOf(`${url}tabel/`);
  const root = whole?.querySelector('[data-figure-table]') ?? pageOf(url)?.querySelector('figure[data-figure]');
  const out = new Map<string, Map<string, number>>();
  for (const cell of root?.querySelectorAll('table.data-table td[data-derived]') ?? []) {
    const dataset = cell.getAttribute('data-dataset') ?? '';
    const computed = derivedValue(dataset, cell.getAttribute('data-derived') ?? '');
    if ('problem' in computed) continue;
    const k = `${dataset}#${cell.getAttribute('data-series')}`;
    out.set(k, (out.get(k) ?? new Map()).set(cell.getAttribute('data-period') ?? '', computed.value));
  }
  return out;
}

// Single figures drawn beside a line (reference points) come from these datasets; a view keeps them with the
// series they belong to, and the window of "the last n years" is counted from the lines.
const referenceDatasets = new Set(['kerncijfers', 'productiviteit']);

/** Month number of the last month of a period code (year, quarter, month), as the views count years. */
function endMonth(code: string): number {
  const m = /^(\d{4})(JJ|KW|MM)(\d{2})$/.exec(code);
  if (!m) throw new Error(`not a year, quarter or month code: ${code}`);
  const year = Number(m[1]);
  const index = Number(m[3]);
  return year * 12 + (m[2] === 'JJ' ? 12 : m[2] === 'KW' ? index * 3 : index);
}

/** Whether a row is of the series called `label` (a line's heading, or "<measure>, <size class>" in a survey). */
const isOf = (row: Row, label: string) => row.reeks === label || row.reeks.endsWith(`, ${label}`);

describe('the figures with views', () => {
  test('the sitemap lists every view page and every whole-table page', () => {
    const below = listPages(dist).filter((p) => /^\/figuren\/[^/]+\/.+\/$/.test(p.url));
    expect(below.some((p) => p.url.endsWith('/tabel/'))).toBe(true);
    expect(below.filter((p) => !sitemap.has(p.url)).map((p) => p.url)).toEqual([]);
  });

  test('every subtitle and note below /figuren/ is complete for its view: no empty slot where a period or name was left out', () => {
    const emptySlot = /\(\s*\)|,\s*\)|\(\s*[,;]|[,;:]\s*[);]|\s{2}|, ,/;
    const below = listPages(dist).filter((p) => /^\/figuren\/[^/]+\/.+\/$/.test(p.url));
    const texts = below.flatMap((p) =>
      [...pageOf(p.url)!.querySelectorAll('.figure-subtitle, .figure-notes li')].map((e) => `${p.url}: ${text(e)}`),
    );
    expect(texts.length).toBeGreaterThan(below.length);
    expect(texts.filter((t) => emptySlot.test(t.slice(t.indexOf(': ') + 2))).slice(0, 10)).toEqual([]);
  });

  test('there are views, and sector pages for the SBI sections of 80472NED', () => {
    expect(viewPages.length).toBeGreaterThan(100);
    const sectors = viewPages.filter((p) => /^\/figuren\/vacatures-sector\/[a-z-]+\/$/.test(p.url) && !/jaar|alles/.test(p.url));
    expect(sectors.length).toBeGreaterThanOrEqual(19);
  });

  test.each(figurePages.map((p) => [p.url] as const))('%s reaches each of its views within two clicks on its choices', (url) => {
    const reached = new Set<string>([url]);
    for (const first of [...choices(pageOf(url)!).values()].flat()) {
      reached.add(first.href);
      for (const second of [...choices(pageOf(first.href)!).values()].flat()) reached.add(second.href);
    }
    const own = viewPages.filter((p) => p.url.startsWith(url)).map((p) => p.url);
    expect(own.filter((v) => !reached.has(v))).toEqual([]);
  });
});

describe.each(viewPages.map((p) => [p.url] as const))('view %s', (url) => {
  const document = pageOf(url)!;
  const figure = document.querySelector('figure[data-figure]')!;
  const id = figure.getAttribute('data-figure')!;

  test('is the view its address names, marked current in every choice, and each choice leads to its page', () => {
    expect(url).toBe(`/figuren/${id}/${figure.getAttribute('data-view')}/`);
    const groups = choices(document);
    expect(groups.size).toBeGreaterThan(0);
    for (const [group, links] of groups) {
      expect(
        links.filter((l) => l.current).map((l) => l.href),
        `one current ${group} link, to this page`,
      ).toEqual([url]);
      for (const link of links) {
        const target = pageOf(link.href);
        expect(target, `${link.href} is not in dist/`).toBeDefined();
        expect(current(target!, group)?.label, `${link.href} marks "${link.label}" as current`).toBe(link.label);
      }
    }
    // The title names each choice that is not the figure's own (the first of its list).
    const title = text(document.querySelector('h1')).toLowerCase();
    for (const links of groups.values()) {
      const chosen = links.find((l) => l.current)!;
      if (chosen !== links[0]) expect(title).toContain(chosen.label.toLowerCase());
    }
  });

  test('its lead is its own: true of src/generated, about a number in its table, and its description, chart text and embed caption', () => {
    const lead = figure.querySelector('p.figure-lead');
    expect(lead, 'no p.figure-lead').toBeTruthy();
    const sentence = text(lead);
    expect(checkLead(lead!, sentence).problems).toEqual([]);
    const said = ['data-series', 'data-period'].map((name) => lead!.getAttribute(name));
    const cells = [...figure.querySelectorAll('table.data-table td[data-value]')];
    // The page may show only the newest rows of its table; the whole table is on …/tabel/.
    const whole = pageOf(`${url}tabel/`)?.querySelectorAll('table.data-table td[data-value]') ?? [];
    expect(
      [...cells, ...whole].some((td) => td.getAttribute('data-series') === said[0] && td.getAttribute('data-period') === said[1]),
      `the lead's number (${said.join(' ')}) is not in the view's table`,
    ).toBe(true);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
    expect(meta('meta[name="description"]')).toBe(sentence);
    expect(meta('meta[property="og:description"]')).toBe(sentence);
    for (const desc of figure.querySelectorAll('svg[role="img"] > desc')) expect(text(desc).startsWith(sentence)).toBe(true);
    const embed = pageOf(`/embed/${id}/${url.slice(`/figuren/${id}/`.length)}`);
    expect(text(embed?.querySelector('.embed-caption'))).toBe(sentence);
  });

  test('its table holds the generated numbers, in Dutch', () => {
    const problems: string[] = [];
    const cells = [...figure.querySelectorAll('table.data-table td[data-value]')];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const value = Number(cell.getAttribute('data-value'));
      const problem = cellValueProblem(cell);
      if (problem) problems.push(`${text(cell)}: ${problem}`);
      const shown = value / Number(cell.getAttribute('data-divisor') ?? 1);
      if (!showsValue(text(cell), shown)) problems.push(`${text(cell)} does not show ${shown}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('its CSV and JSON hold the numbers of its table, its SVG and PNG are there, its share tags and embeds are its own', () => {
    const rows = csvRows(url);
    expect(rows.map(key).sort()).toEqual(tableKeys(url));
    const json = JSON.parse(readFileSync(urlToFile(`${url}cijfers.json`, dist)!, 'utf8')) as { url: string; titel: string; cijfers: Row[] };
    expect(json.cijfers.map(key).sort()).toEqual(tableKeys(url));
    expect(json.url).toBe(`${site}${url}`);
    expect(json.titel).toBe(text(document.querySelector('h1')));
    expect(readFileSync(urlToFile(`${url}grafiek.svg`, dist)!, 'utf8')).toContain(json.titel.replace(/&/g, '&amp;'));
    expect(existsSync(urlToFile(`${url}grafiek.png`, dist) ?? '')).toBe(true);
    const meta = (name: string) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    expect(meta('og:url')).toBe(`${site}${url}`);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${url}`);
    expect(meta('og:image')).toBe(`${site}${url}grafiek.png`);
    const view = url.slice(`/figuren/${id}/`.length);
    // linkedom keeps a textarea's character references as written; a browser decodes them (as <p> does here).
    const codes = [...document.querySelectorAll('textarea.embed-code')].map((t) =>
      text(parseHTML(`<p>${t.innerHTML}</p>`).document.querySelector('p')),
    );
    expect(codes.some((c) => c.includes(`${site}/embed/${id}/${view}`))).toBe(true);
    expect(codes.some((c) => /\/embed\/\d{4}-\d{2}-\d{2}[a-z]?\//.test(c) && c.includes(`/${id}/${view}`))).toBe(true);
    for (const embed of [`/embed/${id}/${view}`, codes.join(' ').match(/\/embed\/\d{4}-\d{2}-\d{2}[a-z]?\/[^"]+/)?.[0] ?? '']) {
      const page = pageOf(embed.replace(site, ''));
      expect(page, embed).toBeDefined();
      expect(text(page!.querySelector('h1'))).toBe(json.titel);
      expect(page!.querySelector('.embed-link a')?.getAttribute('href')).toBe(url);
    }
  });

  test('its downloads hold every generated number of its lines in its periods, computed from src/generated', () => {
    const period = current(document, 'period');
    // Views without a period choice (survey figures: the latest measurement of each measure) are checked above.
    if (!period) return;
    const lines = csvRows(url).filter((r) => !referenceDatasets.has(r.dataset));
    expect(lines.length).toBeGreaterThan(0);
    const bySeries = new Map<string, Row[]>();
    for (const r of lines) bySeries.set(`${r.dataset}#${r.reeks_id}`, [...(bySeries.get(`${r.dataset}#${r.reeks_id}`) ?? []), r]);
    // The figure's first period of each line (a figure may leave out the years before a break), from the view
    // of every period of the same series: its label names that year.
    const everything = choices(document)
      .get('period')!
      .find((l) => l.label.startsWith('Sinds'))!;
    const firstOf = new Map<string, string>();
    for (const r of csvRows(everything.href).filter((r) => !referenceDatasets.has(r.dataset))) {
      const k = `${r.dataset}#${r.reeks_id}`;
      if (!firstOf.has(k) || endMonth(r.periode_code) < endMonth(firstOf.get(k)!)) firstOf.set(k, r.periode_code);
    }
    expect(Math.min(...[...firstOf.values()].map((p) => Number(p.slice(0, 4))))).toBe(Number(everything.label.slice('Sinds '.length)));
    const kindOf = (code: string) => code.slice(4, 6);
    const derived = derivedValues(everything.href);
    const generated = new Map(
      [...bySeries].map(([k, rows]) => {
        const kinds = new Set(rows.map((r) => kindOf(r.periode_code)));
        const [dataset, series] = [k.slice(0, k.indexOf('#')), k.slice(k.indexOf('#') + 1)];
        const published = seriesValues(dataset, series);
        const all = [...(published.size > 0 ? published : (derived.get(k) ?? published))].filter(
          ([p]) => kinds.has(kindOf(p)) && endMonth(p) >= endMonth(firstOf.get(k)!),
        );
        return [k, all] as const;
      }),
    );
    const years = /^Laatste (\d+) jaar$/.exec(period.label)?.[1];
    // "The last n years": the periods ending in the 12·n months up to the newest period of the lines shown.
    const last = Math.max(...[...generated.values()].flatMap((all) => all.map(([p]) => endMonth(p))));
    const inView = (p: string) => !years || endMonth(p) > last - 12 * Number(years);
    const expected = [...generated].flatMap(([k, all]) =>
      all.filter(([p]) => inView(p)).map(([p, v]) => key({ reeks_id: k.slice(k.indexOf('#') + 1), periode_code: p, waarde: String(v) })),
    );
    expect(lines.map(key).sort()).toEqual(expected.sort());
  });

  test('its downloads hold exactly its numbers: its series, its years, nothing else', () => {
    const rows = csvRows(url);
    const series = current(document, 'series');
    const period = current(document, 'period');
    const groups = choices(document);
    const years = /^Laatste (\d+) jaar$/.exec(period?.label ?? '')?.[1];
    if (years) {
      // The same series over every period ("Sinds …"), cut to the periods ending in the last n years of its lines.
      const base = csvRows(groups.get('period')!.find((l) => l.label.startsWith('Sinds'))!.href);
      const last = Math.max(...base.filter((r) => !referenceDatasets.has(r.dataset)).map((r) => endMonth(r.periode_code)));
      const inWindow = base.filter((r) => endMonth(r.periode_code) > last - 12 * Number(years));
      expect(rows.map(key).sort()).toEqual(inWindow.map(key).sort());
    }
    const all = groups.get('series')?.[0];
    if (series && all && series.label !== all.label && !years) {
      // Every series in the same period: the view has exactly the rows of its series, and its reference points.
      let basePage = all.href;
      const baseDoc = pageOf(basePage)!;
      const samePeriod = choices(baseDoc)
        .get('period')
        ?.find((l) => l.label === period?.label);
      if (samePeriod) basePage = samePeriod.href;
      const base = csvRows(basePage);
      const own = base.filter((r) => !referenceDatasets.has(r.dataset) && isOf(r, series.label));
      expect(own.length, `${basePage} has rows of "${series.label}"`).toBeGreaterThan(0);
      expect(
        rows
          .filter((r) => !referenceDatasets.has(r.dataset))
          .map(key)
          .sort(),
      ).toEqual(own.map(key).sort());
      const baseKeys = new Set(base.map(key));
      expect(rows.filter((r) => !baseKeys.has(key(r))).map(key)).toEqual([]);
    }
    expect(years !== undefined || (series !== undefined && series.label !== all?.label) || period?.label.startsWith('Sinds')).toBe(true);
  });
});
