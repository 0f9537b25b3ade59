// The injection corpus: labels and source titles that look like markup or spreadsheet formulas, put into a tiny
// copy of src/generated, go through the same functions and components the pages use, and must come out as
// text: escaped in HTML and SVG, neutralised in CSV, verbatim in JSON — never as elements or formulas.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { figureById } from '../../src/figures/index.ts';
import { figureDatapackage } from '../../src/lib/downloads/datapackage.ts';
import { figureCsv, figureJson } from '../../src/lib/downloads/downloads.ts';
import { figureSvg } from '../../src/lib/downloads/figure-image.ts';
import { embedSnippet } from '../../src/lib/embeds/embed.ts';
import { loadGenerated } from '../../src/lib/generated.ts';
import { type FigureView, figureView } from '../../src/lib/pages/figure-view.ts';
import { generatedDir, projectRoot } from '../helpers/dist.ts';

const script = '<script>alert(1)</script>';
const img = '"><img src=x onerror=alert(1)>';
const formula = '=HYPERLINK("http://x","y")';
const corpus = [script, img, formula];
const site = new URL('https://staatvanhetmkb.example');

let dir: string;
let views: { samenstelling: FigureView; sector: FigureView };
let vite: ViteDevServer;
let container: AstroContainer;

/** A copy of src/generated with the corpus in single-figure labels, a figure's publisher and citation, CBS category labels. */
function injectedGenerated(): string {
  const out = mkdtempSync(join(tmpdir(), 'mkb-injection-'));
  cpSync(generatedDir, out, { recursive: true });
  const edit = (name: string, change: (json: Record<string, any>) => void) => {
    const json = JSON.parse(readFileSync(join(out, name), 'utf8'));
    change(json);
    writeFileSync(join(out, name), JSON.stringify(json));
  };
  // A single figure's own attribution is what its source line, citation and footnotes name.
  edit('kerncijfers.json', (json) => {
    const row = json['figures'].find((f: Record<string, string>) => f['topic'] === 'bedrijven_mkb' && f['period_text'] === '2014 begin');
    Object.assign(row, { series: formula, category: img, period_text: script });
    Object.assign(row['attribution'], { publisher: formula, citation: `${script} ${img}`, licence: null });
  });
  edit('vacatures.json', (json) => {
    const labels: Record<string, string> = { '301000': `A ${script}`, '307500': `C ${img}`, '350000': `F ${formula}` };
    for (const s of json['series'])
      if (s['series'] === 'OpenstaandeVacatures_1' && labels[s['category']]) s['categoryLabel'] = labels[s['category']];
  });
  return out;
}

beforeAll(async () => {
  dir = injectedGenerated();
  const data = loadGenerated(dir);
  views = { samenstelling: figureView(figureById('mkb-afbakeningen'), data), sector: figureView(figureById('vacatures-sector'), data) };
  // The pages' Astro components, compiled by Astro's own Vite plugins, rendered with the container API.
  const config = await getViteConfig({
    logLevel: 'silent',
    cacheDir: join(dir, '.vite'),
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  })({ mode: 'test', command: 'serve' });
  vite = await createServer({ ...config, configFile: false, root: projectRoot });
  container = await AstroContainer.create({ astroConfig: { site: site.href, trailingSlash: 'always' } });
}, 60_000);

afterAll(async () => {
  await vite?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function render(component: string, props: Record<string, unknown>): Promise<string> {
  const module = (await vite.ssrLoadModule(component)) as { default: Parameters<AstroContainer['renderToString']>[0] };
  return container.renderToString(module.default, { props });
}

const text = (node: { textContent: string | null } | null | undefined) => node?.textContent ?? '';

/** No element the corpus could have smuggled in: no inline <script>, no <img>, no on… handler anywhere. */
function expectNoMarkup(document: Document, allowedScripts: string[] = []): void {
  const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? '(inline)');
  expect(scripts.filter((src) => !allowedScripts.some((allowed) => src.startsWith(allowed)))).toEqual([]);
  expect(document.querySelectorAll('img').length).toBe(0);
  const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName} ${a.name}`),
  );
  expect(handlers).toEqual([]);
}

const htmlDocument = (html: string) =>
  parseHTML(/^\s*<!doctype/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
const xmlDocument = (xml: string) => new (parseHTML('').DOMParser)().parseFromString(xml, 'image/svg+xml') as unknown as Document;

describe('the corpus reached the figures', () => {
  test('the single-figure chart and the sector chart were built from the injected labels', () => {
    expect(views.samenstelling.content.table.rows.map((r) => r.header)).toContain(formula);
    expect(views.sector.content.table.rows.map((r) => r.header)).toEqual(
      expect.arrayContaining([`A ${script}`, `C ${img}`, `F ${formula}`]),
    );
    expect(views.samenstelling.sourceLine).toContain(script);
  });
});

describe('chart SVG (renderSvg, inline in the page)', () => {
  test.each(['samenstelling', 'sector'] as const)('%s: every variant parses to text, not elements', (name) => {
    for (const rendered of views[name].charts) {
      for (const variant of [rendered.wide, rendered.narrow]) {
        const document = htmlDocument(variant.svg);
        expectNoMarkup(document);
        const shown = text(document.querySelector('svg'));
        const expected = name === 'sector' ? corpus : [script, formula];
        for (const label of expected) expect(shown).toContain(label);
        // The XML twin (downloads) says the same.
        const xml = xmlDocument(variant.xml);
        expectNoMarkup(xml);
        for (const label of expected) expect(text(xml.documentElement)).toContain(label);
      }
    }
  });
});

describe('table markup (TableMarkup.astro)', () => {
  test.each(['samenstelling', 'sector'] as const)('%s: labels are cell text', async (name) => {
    const { table, footnotes } = views[name];
    const html = await render('/src/components/TableMarkup.astro', { table, id: views[name].spec.id, footnotes });
    const document = htmlDocument(html);
    expectNoMarkup(document);
    const cells = [...document.querySelectorAll('th, td')].map((cell) => text(cell).trim());
    for (const label of corpus)
      expect(
        cells.some((cell) => cell.includes(label)),
        label,
      ).toBe(true);
  });
});

describe('CSV download', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  test.each(['samenstelling', 'sector'] as const)('%s: no cell a spreadsheet would run as a formula', (name) => {
    const rows = parse(figureCsv(views[name], 'https://staatvanhetmkb.example/x/'));
    const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell));
    expect(risky).toEqual([]);
  });

  test('a label that starts with = is kept, behind a quote', () => {
    const rows = parse(figureCsv(views.samenstelling, 'https://staatvanhetmkb.example/x/'));
    const header = rows.find((r) => r[0] === 'periode')!;
    const data = rows.slice(rows.indexOf(header) + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
    const injected = data.find((r) => r['periode_code'] === script)!;
    expect(injected['reeks']).toBe(`'${formula}, ${img}`);
    expect(injected['periode']).toBe(script);
    // The metadata rows (# Bron, …) are neutralised too: the source's publisher is the formula.
    const source = rows.find((r) => r[0] === '# Bron')!;
    expect(source[1]).toContain(formula);
    expect(source[1]).toContain(script);
  });
});

describe('JSON download and data package', () => {
  test('labels arrive verbatim', () => {
    const json = JSON.parse(figureJson(views.samenstelling, 'https://staatvanhetmkb.example/x/')) as {
      bron: string;
      cijfers: { reeks: string; periode: string }[];
    };
    expect(json.cijfers.some((r) => r.reeks === `${formula}, ${img}` && r.periode === script)).toBe(true);
    expect(json.bron).toContain(`${script} ${img}`);
    const sector = JSON.parse(figureJson(views.sector, 'https://staatvanhetmkb.example/x/')) as { cijfers: { reeks: string }[] };
    expect(sector.cijfers.map((r) => r.reeks)).toEqual(expect.arrayContaining([`A ${script}`, `C ${img}`, `F ${formula}`]));
    const datapackage = JSON.parse(figureDatapackage(views.samenstelling)) as { sources: { title: string }[] };
    expect(datapackage.sources.map((s) => s.title).join(' ')).toContain(`${script} ${img}`);
  });
});

describe('SVG download (figureSvg)', () => {
  test.each(['samenstelling', 'sector'] as const)('%s: well-formed XML whose text holds the labels', (name) => {
    const svg = figureSvg(views[name], 'https://staatvanhetmkb.example/x/');
    const document = xmlDocument(svg);
    expect(document.documentElement.localName).toBe('svg');
    expectNoMarkup(document);
    const shown = text(document.documentElement);
    for (const label of name === 'sector' ? corpus : [script, formula]) expect(shown).toContain(label);
    expect(shown).toContain(views[name].sourceLine);
    // Inlined into an HTML page instead, it is still only text.
    expectNoMarkup(htmlDocument(svg.replace(/^<\?xml[^>]*>/, '')));
  });
});

describe('embed page and snippet', () => {
  test('the embed (EmbedFigure.astro) shows title and source line as text', async () => {
    const html = await render('/src/components/embed/EmbedFigure.astro', { view: views.samenstelling });
    const document = htmlDocument(html);
    expectNoMarkup(document, ['/embed-frame.js']);
    expect(text(document.querySelector('h1')).trim()).toBe(views.samenstelling.spec.title);
    expect(text(document.querySelector('.source-line'))).toContain(`${script} ${img}`);
    expect(text(document.querySelector('.source-line'))).toContain(formula);
  });

  test('the share block (FigureShare.astro): citation and embed code are text', async () => {
    const html = await render('/src/components/FigureShare.astro', { view: views.samenstelling });
    const document = htmlDocument(html);
    // The copy buttons' module scripts (external files, compiled by Astro) are the only scripts.
    expectNoMarkup(document, [`${projectRoot}src/components/`]);
    expect(text(document.querySelector('.citation'))).toContain(`${script} ${img}`);
    expect(document.querySelectorAll('iframe').length).toBe(0);
  });

  test('a title with markup stays an attribute value in the snippet', () => {
    const snippet = embedSnippet({
      src: 'https://staatvanhetmkb.example/embed/x/',
      title: `${script}${img}`,
      height: 500,
      script: 'https://staatvanhetmkb.example/embed.js',
    });
    const document = htmlDocument(snippet);
    expect(document.querySelectorAll('iframe').length).toBe(1);
    expect(document.querySelector('iframe')!.getAttribute('title')).toBe(`${script}${img}`);
    expectNoMarkup(document, ['https://staatvanhetmkb.example/embed.js']);
  });
});
