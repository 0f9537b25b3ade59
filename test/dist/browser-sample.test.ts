// The browser tests visit a sample of the built pages (test/helpers/browser-sample.ts); these checks keep the
// sample honest against the real dist/: no built page outside the known routes, no route left unvisited.
import { describe, expect, test } from 'vitest';
import { browserSample } from '../helpers/browser-sample.ts';
import { figureId, listPages, requireDist } from '../helpers/dist.ts';

const built = listPages(requireDist());
const sample = browserSample(built);

describe('the browser sample of dist/', () => {
  test.each(sample.templates)('$file builds pages and the browser visits $visited of its $built', ({ built, visited }) => {
    expect(built, 'the route built no page').toBeGreaterThan(0);
    expect(visited, 'no page of this route is visited in the browser').toBeGreaterThan(0);
  });

  test('every figure page is visited', () => {
    const figures = built.filter((page) => figureId(page.url) !== undefined).map((page) => page.url);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((url) => !sample.pages.some((page) => page.url === url))).toEqual([]);
  });

  test('the MKBarometer quarters: the latest one is visited', () => {
    const quarters = built.filter((page) => /^\/conjunctuur\/mkbarometer\/\d{4}KW\d{2}\/$/.test(page.url)).map((page) => page.url);
    expect(quarters.length).toBeGreaterThan(0);
    expect(sample.pages.map((page) => page.url)).toContain(quarters.at(-1));
  });
});
