// test/helpers/routes.ts and browser-sample.ts: which route built a page, and which pages the browser visits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { browserSample } from '../helpers/browser-sample.ts';
import type { Page } from '../helpers/dist.ts';
import { routeTemplates, templateOf } from '../helpers/routes.ts';

/** A synthetic src/pages folder: the file names are what counts. */
const pagesDir = mkdtempSync(join(tmpdir(), 'routes-'));
for (const file of [
  'index.astro',
  '404.astro',
  '[theme].astro',
  'over.md',
  'figuren/index.astro',
  'figuren/[id].astro',
  'figuren/[id]/cijfers.csv.ts',
  'kwartaal/[period].astro',
  'kwartaal/methode.astro',
  'docs/[...path].astro',
  'feed.html.ts',
  '_Partial.astro',
  '_drafts/concept.astro',
]) {
  mkdirSync(dirname(join(pagesDir, file)), { recursive: true });
  writeFileSync(join(pagesDir, file), '');
}
afterAll(() => rmSync(pagesDir, { recursive: true, force: true }));
const templates = routeTemplates(pagesDir);

describe('routeTemplates', () => {
  test('every route that builds HTML, as the site builds it; endpoints of other files and _ names left out', () => {
    expect(templates.map((t) => t.route)).toEqual([
      '/',
      '/[theme]/',
      '/404.html',
      '/docs/[...path]/',
      '/feed.html',
      '/figuren/',
      '/figuren/[id]/',
      '/kwartaal/[period]/',
      '/kwartaal/methode/',
      '/over/',
    ]);
  });

  test.each([
    ['/', '/'],
    ['/404.html', '/404.html'],
    ['/conjunctuur/', '/[theme]/'],
    ['/figuren/', '/figuren/'],
    ['/figuren/faillissementen/', '/figuren/[id]/'],
    ['/kwartaal/methode/', '/kwartaal/methode/'],
    ['/kwartaal/2024KW01/', '/kwartaal/[period]/'],
    ['/docs/a/b/c/', '/docs/[...path]/'],
    // A rest parameter may be empty.
    ['/docs/', '/docs/[...path]/'],
    ['/feed.html', '/feed.html'],
    ['/over/', '/over/'],
  ])('%s comes from %s', (url, route) => {
    expect(templateOf(url, templates)?.route).toBe(route);
  });

  test.each(['/figuren/a/b/', '/kwartaal/2024/KW01/', '/nergens.html', '/figuren'])('%s comes from none', (url) => {
    expect(templateOf(url, templates)).toBeUndefined();
  });
});

describe('browserSample', () => {
  const page = (url: string): Page => ({ url, file: `/dist${url}index.html` });
  const quarters = ['2023KW01', '2023KW02', '2023KW03', '2023KW04', '2024KW01'].map((q) => page(`/kwartaal/${q}/`));
  const figures = ['a', 'b', 'c'].map((id) => page(`/figuren/${id}/`));
  const built = [page('/'), page('/conjunctuur/'), page('/dynamiek/'), ...figures, ...quarters, page('/kwartaal/methode/')];
  // 2023KW01 and 2023KW03 have no reading; the rest draw the same marks.
  const kindOf = (p: Page) => (/2023KW0[13]/.test(p.url) ? 'no chart' : 'line,dot');

  test('all pages of the listed templates; of the others the first of each kind and the last', () => {
    const sample = browserSample(built, { templates, everyPage: ['/figuren/[id]/'], kindOf });
    expect(sample.pages.map((p) => [p.url, p.reason])).toEqual([
      ['/', 'kind: line,dot'],
      ['/conjunctuur/', 'kind: line,dot'],
      ['/dynamiek/', 'last page'],
      ['/figuren/a/', 'every page'],
      ['/figuren/b/', 'every page'],
      ['/figuren/c/', 'every page'],
      ['/kwartaal/2023KW01/', 'kind: no chart'],
      ['/kwartaal/2023KW02/', 'kind: line,dot'],
      ['/kwartaal/2024KW01/', 'last page'],
      ['/kwartaal/methode/', 'kind: line,dot'],
    ]);
  });

  test('counts built and visited pages per template, including templates that built nothing', () => {
    const sample = browserSample(built, { templates, everyPage: ['/figuren/[id]/'], kindOf });
    const count = (route: string) => sample.templates.find((t) => t.route === route);
    expect(count('/kwartaal/[period]/')).toMatchObject({ built: 5, visited: 3 });
    expect(count('/[theme]/')).toMatchObject({ built: 2, visited: 2 });
    expect(count('/figuren/[id]/')).toMatchObject({ built: 3, visited: 3 });
    expect(count('/docs/[...path]/')).toMatchObject({ built: 0, visited: 0 });
  });

  test('refuses a built page that no route explains, naming it', () => {
    expect(() => browserSample([...built, page('/figuren/a/extra/')], { templates, kindOf })).toThrow(
      /match no route in src\/pages.*\/figuren\/a\/extra\//,
    );
  });
});
