// The provinces in real Chromium: the tile map's tiles are links the keyboard reaches (with and without
// JavaScript), each tile's tooltip says its figure or that the source lacks it, a tile leads to its
// province's page, a province is two clicks from home, and the figure and province pages pass axe without
// console errors or failed requests. One browser, a few reused tabs (test/helpers/page-pool.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot, requireDist } from '../helpers/dist.ts';
import { type BrowserSuite, openBrowserSuite } from '../helpers/page-pool.ts';

const dist = requireDist();
const figure = '/figuren/faillissementen-provincie/';
const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const screenshots = join(projectRoot, 'test-results/screenshots');

let suite: BrowserSuite;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  suite = await openBrowserSuite(dist, { withJs: 2, withoutJs: 1 });
}, 60_000);

afterAll(() => suite?.close());

/** Loads `url` at `viewport` in a pooled tab, runs `work`, then fails on any console error or failed request. */
async function open<T>(
  url: string,
  viewport: { width: number; height: number },
  work: (page: Page) => Promise<T>,
  javaScriptEnabled = true,
): Promise<T> {
  return (javaScriptEnabled ? suite.withJs : suite.withoutJs).use(async (slot) => {
    await slot.page.setViewportSize(viewport);
    const response = await slot.page.goto(suite.server.origin + url, { waitUntil: 'load' });
    expect(response?.ok(), `HTTP ${response?.status()} for ${url}`).toBe(true);
    const result = await work(slot.page);
    expect(slot.problems, `console errors and failed requests on ${url}`).toEqual([]);
    return result;
  });
}

/** The focused element's link and label after each Tab, until `count` tile links were reached (or 200 presses). */
async function tabToTiles(page: Page, count: number): Promise<{ href: string; label: string }[]> {
  const tiles: { href: string; label: string }[] = [];
  for (let press = 0; press < 200 && tiles.length < count; press++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLAnchorElement) || !active.classList.contains('chart-link')) return undefined;
      if (!active.closest('.chart')?.querySelector('[aria-label="legend"]')) return undefined;
      return { href: active.getAttribute('href') ?? '', label: active.getAttribute('aria-label') ?? '' };
    });
    if (focus) tiles.push(focus);
  }
  return tiles;
}

describe.each(viewports)('the tile map at $width×$height', (viewport) => {
  test.each([true, false])(
    'with JavaScript %s: Tab reaches all twelve tiles, each a link to its province',
    { timeout: 120_000 },
    async (js) => {
      const tiles = await open(figure, viewport, (page) => tabToTiles(page, 12), js);
      expect(tiles).toHaveLength(12);
      expect(new Set(tiles.map((t) => t.href)).size).toBe(12);
      for (const tile of tiles) expect(tile.href).toMatch(/^\/regio\/[a-z-]+\/$/);
      const utrecht = tiles.find((t) => t.href === '/regio/utrecht/');
      expect(utrecht?.label).toBe('Utrecht: ontbreekt in deze bron');
      expect(tiles.find((t) => t.href === '/regio/gelderland/')?.label).toMatch(/^Gelderland, \d+e kwartaal \d{4}: \d+ faillissementen/);
    },
  );

  test('a focused tile shows its tooltip, and Enter opens the province', { timeout: 120_000 }, async () => {
    await open(figure, viewport, async (page) => {
      const tiles = await tabToTiles(page, 12);
      expect(tiles.at(-1)).toBeDefined();
      const tooltip = await page.evaluate(() => {
        const shown = [...document.querySelectorAll<HTMLElement>('.tooltip')].find((t) => !t.hidden && t.offsetParent !== null);
        return shown?.textContent ?? '';
      });
      expect(tooltip).toBe(tiles.at(-1)!.label);
      await Promise.all([page.waitForURL(`**${tiles.at(-1)!.href}`), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(tiles.at(-1)!.href);
      expect(await page.locator('h1').textContent()).toContain('Faillissementen in');
    });
  });
});

describe.each(viewports)('axe at $width×$height', (viewport) => {
  test.each([figure, '/regio/', '/regio/gelderland/', '/regio/utrecht/'])(
    '%s has no violations and fits the width',
    { timeout: 120_000 },
    async (url) => {
      await open(url, viewport, async (page) => {
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .options({ resultTypes: ['violations'] })
          .analyze();
        const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        await page.screenshot({
          path: join(screenshots, `regions-${url.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${viewport.width}.png`),
          fullPage: true,
        });
        expect(violations).toEqual([]);
        expect(width.scroll).toBeLessThanOrEqual(width.inner);
      });
    },
  );
});

describe('a province in two clicks from the home page', () => {
  test('home → Regio’s → Gelderland', { timeout: 60_000 }, async () => {
    await open('/', viewports[1]!, async (page) => {
      await Promise.all([page.waitForURL('**/regio/'), page.getByRole('link', { name: 'Regio’s', exact: true }).first().click()]);
      await Promise.all([
        page.waitForURL('**/regio/gelderland/'),
        page.getByRole('link', { name: 'Gelderland', exact: true }).first().click(),
      ]);
      expect((await page.locator('h1').textContent())?.trim()).toBe('Faillissementen in Gelderland');
    });
  });
});
