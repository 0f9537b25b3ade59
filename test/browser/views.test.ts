// Choosing a view in real Chromium, one page per chart kind: with the keyboard the view switches in place
// (the address, the title, the chart and the table follow; the focus stays on the link; Back restores it),
// without console errors and without axe violations; without JavaScript the same links load the view's page.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHtml, requireDist, urlToFile } from '../helpers/dist.ts';
import { type BrowserSuite, openBrowserSuite } from '../helpers/page-pool.ts';

const dist = requireDist();

/** A page with choices per kind of chart the views draw; each must exist (a renamed figure fails here). */
const samples = [
  { kind: 'line', url: '/figuren/faillissementen-per-maand/' },
  { kind: 'bar', url: '/figuren/vacatures-sector/' },
  { kind: 'errorbar', url: '/figuren/financieringsbehoefte/' },
  { kind: 'small multiples', url: '/figuren/vacatures-sector/alles/' },
] as const;

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let suite: BrowserSuite;

beforeAll(async () => {
  suite = await openBrowserSuite(dist, { withJs: 2, withoutJs: 1 });
}, 60_000);

afterAll(() => suite?.close());

/** What dist/ says a page shows: its <h1> and the first row of its figure's table. */
function built(url: string): { title: string; firstRow: string } {
  const file = urlToFile(url, dist);
  if (!file) throw new Error(`${url} is not in dist/`);
  const document = parseHtml(readFileSync(file, 'utf8'));
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: clean(document.querySelector('h1')?.textContent),
    firstRow: clean(document.querySelector('figure[data-figure] table.data-table tbody tr')?.textContent),
  };
}

/** What the tab shows now: the address, the title, the table's first row, the focused element, the status. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const active = document.activeElement;
    return {
      path: window.location.pathname,
      title: clean(document.querySelector('h1')?.textContent),
      firstRow: clean(document.querySelector('figure[data-figure] table.data-table tbody tr')?.textContent),
      focus: active?.matches('a[data-view-link]')
        ? { text: clean(active.textContent), current: active.getAttribute('aria-current') }
        : null,
      status: clean(document.querySelector('[data-view-status]')?.textContent),
      // Set before the switch: still there when no page was loaded.
      sameDocument: (window as unknown as { viewMarker?: boolean }).viewMarker === true,
    };
  });

/** The first link in the choices that is not the current view, with its address. */
const otherChoice = (page: Page) =>
  page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('[data-view-controls] a[data-view-link]:not([aria-current])');
    return link ? { text: (link.textContent ?? '').replace(/\s+/g, ' ').trim(), path: new URL(link.href).pathname } : undefined;
  });

describe.each(samples)('$kind: $url', ({ url }) => {
  test('keyboard: Enter on a choice switches in place, the focus stays on it, Back restores; no errors; axe clean', {
    timeout: 120_000,
  }, async () => {
    await suite.withJs.use(async ({ page, problems }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(suite.server.origin + url, { waitUntil: 'load' });
      const target = await otherChoice(page);
      expect(target, 'a choice other than the current view').toBeDefined();
      await page.evaluate(() => {
        (window as unknown as { viewMarker?: boolean }).viewMarker = true;
      });
      // Reach the link with Tab from the control before it, as a keyboard user would.
      await page.locator(`[data-view-controls] a[href$="${target!.path}"]`).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction((path) => window.location.pathname === path, target!.path);
      await page.waitForFunction(
        (title) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() === title,
        built(target!.path).title,
      );
      const after = await shown(page);
      expect(after.sameDocument, 'the view was swapped in, not loaded as a new page').toBe(true);
      expect(after.title).toBe(built(target!.path).title);
      expect(after.firstRow, 'the table follows the view').toBe(built(target!.path).firstRow);
      expect(after.focus, 'the focus stays on the chosen link, now the current one').toEqual({ text: target!.text, current: 'page' });
      expect(after.status).toContain(built(target!.path).title);
      expect(await page.title()).toBe(parseHtml(readFileSync(urlToFile(target!.path, dist)!, 'utf8')).title);

      const axe = await new AxeBuilder({ page })
        .withTags(axeTags)
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // The swapped-in chart has its tooltips: focus a point and one shows.
      const point = page.locator('.chart-point[tabindex="0"]').first();
      if ((await point.count()) > 0) {
        await point.focus();
        await expect.poll(() => page.locator('.tooltip:not([hidden])').count()).toBeGreaterThan(0);
      }

      await page.goBack();
      await page.waitForFunction((path) => window.location.pathname === path, url);
      await page.waitForFunction(
        (title) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() === title,
        built(url).title,
      );
      const back = await shown(page);
      expect(back.sameDocument).toBe(true);
      expect(back.firstRow).toBe(built(url).firstRow);
      expect(problems, 'console errors and failed requests').toEqual([]);
    });
  });

  test('without JavaScript the choice is a link to the view’s page', { timeout: 60_000 }, async () => {
    await suite.withoutJs.use(async ({ page, problems }) => {
      await page.goto(suite.server.origin + url, { waitUntil: 'load' });
      const target = await otherChoice(page);
      expect(target).toBeDefined();
      await Promise.all([
        page.waitForURL(`**${target!.path}`),
        page.locator(`[data-view-controls] a[href$="${target!.path}"]`).first().click(),
      ]);
      const after = await shown(page);
      expect(after.title).toBe(built(target!.path).title);
      expect(after.firstRow).toBe(built(target!.path).firstRow);
      expect(await page.locator('figure[data-figure] svg[role="img"]').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });
});
