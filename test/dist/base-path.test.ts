// The site built a second time for a sub-path (BASE_PATH=/staat-van-het-mkb/, SITE_URL=https://example.org) into
// test-results/dist-base-path/: every link, asset, script, embed snippet, download, share image and site file must
// point inside the base and resolve to a file of that build. A page that writes "/…" itself instead of using the URL helpers
// (src/lib/pages/site.ts) fails here. Costs one `astro build` (the data in src/generated/ is reused).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { figureId, generatedDir, type Page, projectRoot } from '../helpers/dist.ts';
import { type Build, describeSiteFiles, fileOf, type ParsedPage, parsePages } from '../helpers/site-files.ts';

const base = '/staat-van-het-mkb/';
const site = new URL(`https://example.org${base}`);
const leaks = ['127.0.0.1:4321', 'staatvanhetmkb.example'];
const drops = (JSON.parse(readFileSync(join(generatedDir, 'changes.json'), 'utf8')) as { drops: { id: string }[] }).drops.map((d) => d.id);

let build: Build | undefined;
const built = (): Build => {
  if (!build) throw new Error('the sub-path build did not run (see beforeAll)');
  return build;
};
let pages: ParsedPage[] = [];

beforeAll(() => {
  // Inside the project, as OUT_DIR should be: outside it Astro 5 adds stray content-*.mjs (withastro/astro#14903).
  const dir = join(projectRoot, 'test-results', 'dist-base-path');
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: projectRoot,
    env: { ...process.env, BASE_PATH: base, SITE_URL: site.origin, OUT_DIR: dir },
    encoding: 'utf8',
    timeout: 280_000,
  });
  if (result.status !== 0)
    throw new Error(`astro build under ${base} failed (${result.status}):\n${result.stderr}${result.stdout}`.slice(0, 4000));
  console.log(`base-path build: ${((performance.now() - started) / 1000).toFixed(1)} s wall`);
  build = { dir, site };
  pages = parsePages(dir);
}, 300_000);

afterAll(() => {
  if (build) rmSync(build.dir, { recursive: true, force: true });
});

const describeElement = (element: Element) => element.outerHTML.replace(/\s+/g, ' ').slice(0, 140);

/** Every URL a page refers to: attributes that load or link, and the meta tags that carry URLs. */
function references(document: Document): { element: Element; url: string }[] {
  const out: { element: Element; url: string }[] = [];
  for (const element of document.querySelectorAll('[href], [src], [srcset], [poster], [action], [xlink\\:href]')) {
    for (const name of ['href', 'src', 'poster', 'action', 'xlink:href']) {
      const value = element.getAttribute(name);
      if (value !== null) out.push({ element, url: value.trim() });
    }
    for (const candidate of element.getAttribute('srcset')?.split(',') ?? [])
      out.push({ element, url: candidate.trim().split(/\s+/)[0] ?? '' });
  }
  for (const meta of document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]'))
    out.push({ element: meta, url: meta.getAttribute('content') ?? '' });
  return out;
}

/** What is wrong with one URL of a page: undefined when it is external or resolves inside the base. */
function problem(url: string, page: Page): string | undefined {
  if (url === '' || url.startsWith('#') || /^(mailto|data|tel):/i.test(url)) return undefined;
  if (url.startsWith('//')) return 'protocol-relative';
  if (leaks.some((leak) => url.includes(leak))) return 'the local default or the old placeholder';
  if (page.url === '/404.html' && !/^(https?:)?\//.test(url)) return 'relative on the 404 page (served at any URL)';
  const file = fileOf(url, built(), new URL(page.url.slice(1), site).href);
  if (file === 'outside') return `outside ${base} or missing from the build`;
  return undefined;
}

describe(`the site built under ${base}`, () => {
  test('holds only what the site publishes (no build leftovers such as .mjs files)', () => {
    expect(readdirSync(built().dir).filter((name) => /\.(mjs|cjs|map)$/.test(name))).toEqual([]);
  });

  test('has the same pages as a build at /', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((page) => figureId(page.url)).length).toBeGreaterThanOrEqual(15);
    // The layout compares Astro's page path with the helpers' paths: both carry the base.
    const home = pages.find((page) => page.url === '/')!;
    expect(home.document.querySelector('a.site-name')?.getAttribute('aria-current')).toBe('page');
    const figuren = pages.find((page) => page.url === '/figuren/')!;
    expect(figuren.document.querySelector(`.site-nav a[href="${base}figuren/"]`)?.getAttribute('aria-current')).toBe('page');
  });

  test('the 404 page has no address of its own (noindex, no canonical) and only absolute paths', () => {
    const missing = pages.find((page) => page.url === '/404.html')!;
    expect(missing.document.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
    expect(missing.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('every link, asset, script, canonical and share URL of every page is inside the base and resolves', () => {
    const broken: string[] = [];
    for (const page of pages)
      for (const { element, url } of references(page.document)) {
        const why = problem(url, page);
        if (why) broken.push(`${page.url}: ${url} (${why}) in ${describeElement(element)}`);
      }
    expect(broken.slice(0, 30)).toEqual([]);
  });

  test('scripts come only from the site (the CSP allows no other): no inline script, every src under the base', () => {
    const bad: string[] = [];
    for (const page of pages)
      for (const script of page.document.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        if (!src) bad.push(`${page.url}: inline script ${describeElement(script)}`);
        else if (!src.startsWith(base)) bad.push(`${page.url}: ${src}`);
      }
    expect(bad).toEqual([]);
  });

  test('canonical and og:url are the page itself; og:image is a PNG of this build', () => {
    const bad: string[] = [];
    for (const page of pages.filter((p) => !p.url.startsWith('/embed/') && p.url !== '/404.html')) {
      const expected = new URL(page.url.slice(1), site).href;
      const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = page.document.querySelector('meta[property="og:url"]')?.getAttribute('content');
      const image = page.document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      if (canonical !== expected || ogUrl !== expected) bad.push(`${page.url}: canonical ${canonical}, og:url ${ogUrl}`);
      if (!image.startsWith(site.href) || !String(fileOf(image, built())).endsWith('.png')) bad.push(`${page.url}: og:image ${image}`);
      if (figureId(page.url) && image !== `${expected}grafiek.png`) bad.push(`${page.url}: og:image ${image} is not the figure's PNG`);
    }
    expect(bad).toEqual([]);
  });

  test('the embed snippets point at this build: the iframe under <base>embed/, embed.js under the base', () => {
    const bad: string[] = [];
    let count = 0;
    for (const page of pages)
      for (const area of page.document.querySelectorAll('textarea.embed-code')) {
        // A browser decodes the textarea's text; linkedom keeps the references, so decode through a <p>.
        const code = parseHTML(`<p>${area.innerHTML}</p>`).document.querySelector('p')?.textContent ?? '';
        const snippet = parseHTML(`<body>${code}</body>`).document;
        const iframe = snippet.querySelector('iframe')?.getAttribute('src') ?? '';
        const script = snippet.querySelector('script')?.getAttribute('src') ?? '';
        count++;
        if (!iframe.startsWith(new URL('embed/', site).href) || !String(fileOf(iframe, built())).endsWith('index.html'))
          bad.push(`${page.url}: iframe ${iframe}`);
        if (script !== new URL('embed.js', site).href || !String(fileOf(script, built())).endsWith('embed.js'))
          bad.push(`${page.url}: script ${script}`);
      }
    expect(count).toBeGreaterThanOrEqual(2 * 15);
    expect(bad).toEqual([]);
  });

  test('embed pages, pinned ones included, load embed-frame.js and the favicon from the base', () => {
    const embeds = pages.filter((page) => page.url.startsWith('/embed/'));
    expect(embeds.some((page) => page.url.startsWith(`/embed/${drops.at(-1)}/`))).toBe(true);
    for (const page of embeds) {
      expect([...page.document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([`${base}embed-frame.js`]);
      expect(page.document.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(`${base}favicon.svg`);
    }
  });

  test('every figure page offers its five downloads inside the base', () => {
    const figures = pages.filter((page) => figureId(page.url));
    for (const page of figures) {
      const links = [...page.document.querySelectorAll('.download-links a[href]')].map((a) => a.getAttribute('href') ?? '');
      expect(links.map((href) => href.slice(`${base}figuren/${figureId(page.url)}/`.length))).toEqual([
        'cijfers.csv',
        'cijfers.json',
        'datapackage.json',
        'grafiek.svg',
        'grafiek.png',
      ]);
      for (const href of links) expect(problem(href, page), href).toBeUndefined();
    }
  });

  test('every URL of the site inside the downloads, data packages, feed, sitemap and robots.txt is inside the base and resolves', () => {
    const bad: string[] = [];
    let count = 0;
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (['.csv', '.json', '.svg', '.xml', '.txt', '.html', '.css', '.js'].includes(extname(entry.name))) {
          const content = readFileSync(path, 'utf8');
          const where = path.slice(built().dir.length);
          for (const leak of leaks) if (content.includes(leak)) bad.push(`${where}: contains ${leak}`);
          for (const [url] of content.matchAll(/https:\/\/example\.org[^\s"'<>)\\&]*/g)) {
            count++;
            if (fileOf(url, built()) === 'outside') bad.push(`${where}: ${url}`);
          }
          for (const [, url] of content.matchAll(/url\(\s*['"]?(\/[^'")]*)/g))
            if (!url!.startsWith(base)) bad.push(`${where}: url(${url})`);
        }
      }
    };
    walk(built().dir);
    expect(count).toBeGreaterThan(100);
    expect(bad.slice(0, 30)).toEqual([]);
  });
});

describeSiteFiles(
  `the site built under ${base}`,
  () => ({ ...built(), pages }),
  () => drops,
);
