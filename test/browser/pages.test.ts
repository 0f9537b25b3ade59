// Built pages in real Chromium: load cleanly, fit a phone, pass axe, work without JavaScript, and a chart's
// data points are reachable with the keyboard. Not every page: every figure and theme page, and of each other
// route one page per kind of chart plus its last (test/helpers/browser-sample.ts; test/dist checks all pages
// without a browser and that the sample leaves no route out). One browser, at most three tabs at a time.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page as BrowserPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSample } from '../helpers/browser-sample.ts';
import { figureId, figureUrlsInListingOrder, listPages, projectRoot, requireDist } from '../helpers/dist.ts';
import { type BrowserSuite, openBrowserSuite, type PagePool, type PooledPage } from '../helpers/page-pool.ts';

const dist = requireDist();
const pages = browserSample(listPages(dist)).pages;
const figureUrls = pages.map((page) => page.url).filter((url) => figureId(url) !== undefined);
const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const screenshots = join(projectRoot, 'test-results/screenshots');

/** The figure page for the keyboard test and the screenshots: the first one /figuren/ lists. */
const sampleFigure = figureUrlsInListingOrder(dist)[0];

let suite: BrowserSuite;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  // Three tabs keep two cores busy while the other test worker runs; the no-JS checks are light.
  suite = await openBrowserSuite(dist, { withJs: 3, withoutJs: 2 });
}, 60_000);

afterAll(() => suite?.close());

/** Loads `url` at `viewport` in a pooled tab; `check` gets the tab and the problems recorded so far. */
async function visit<T>(
  pool: PagePool,
  url: string,
  viewport: { width: number; height: number },
  check: (page: BrowserPage, slot: PooledPage) => Promise<T>,
): Promise<T> {
  return pool.use(async (slot) => {
    await slot.page.setViewportSize(viewport);
    const response = await slot.page.goto(suite.server.origin + url, { waitUntil: 'load' });
    if (!response?.ok()) slot.problems.push(`HTTP ${response?.status()} for the page itself`);
    await slot.page.evaluate(() => document.fonts.ready);
    return check(slot.page, slot);
  });
}

/**
 * What makes the page wider than the viewport, for the failure message: the innermost elements that
 * reach past its right edge or whose content (a long word, a wide table) is wider than their box.
 */
function overflowingElements(): string[] {
  const width = window.innerWidth;
  // Content inside a scrolling or clipping box does not widen the page.
  const clipped = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return true;
    }
    return false;
  };
  const culprits = [...document.querySelectorAll('body *')].filter((element) => {
    if (clipped(element)) return false;
    const tooWide = element.getBoundingClientRect().right > width + 0.5;
    const spills =
      element instanceof HTMLElement &&
      element.clientWidth > 0 &&
      element.scrollWidth > element.clientWidth + 1 &&
      getComputedStyle(element).overflowX === 'visible';
    return tooWide || spills;
  });
  return culprits
    .filter((element) => !culprits.some((other) => other !== element && element.contains(other)))
    .slice(0, 8)
    .map((element) => {
      const classes =
        typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const box = element.getBoundingClientRect();
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} (box ${Math.round(box.left)}–${Math.round(box.right)}px, content ${element.scrollWidth}px)`;
    });
}

describe.each(viewports)('at $width×$height', (viewport) => {
  test.concurrent.for(pages.map((page) => page.url))(
    '%s: loads cleanly, fits the width, passes axe',
    { timeout: 120_000 },
    async (url, { expect }) => {
      await visit(suite.withJs, url, viewport, async (page, slot) => {
        const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        const overflow = size.scrollWidth > size.innerWidth ? await page.evaluate(overflowingElements) : [];
        // Only violations are needed; skipping the details of passed checks makes axe about a fifth faster.
        const axe = await new AxeBuilder({ page })
          .withTags(axeTags)
          .options({ resultTypes: ['violations'] })
          .analyze();
        const violations = axe.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')}`,
        );
        const figure = figureId(url);
        if (url === '/' || url === sampleFigure) {
          await page.screenshot({
            path: join(screenshots, `${figure ? `figure-${figure}` : 'home'}-${viewport.width}.png`),
            fullPage: true,
          });
        }
        expect.soft([...slot.problems], 'console errors and failed requests').toEqual([]);
        expect
          .soft(size.scrollWidth, `horizontal overflow; wider than the viewport: ${overflow.join(', ')}`)
          .toBeLessThanOrEqual(size.innerWidth);
        expect.soft(violations, 'axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)').toEqual([]);
      });
    },
  );
});

describe('without JavaScript', () => {
  test.concurrent.for(figureUrls)('%s shows its chart', { timeout: 60_000 }, async (url, { expect }) => {
    await visit(suite.withoutJs, url, viewports[0]!, async (page) => {
      const charts = page.locator(`figure.figure[data-figure="${figureId(url)}"] svg[role="img"]`);
      const boxes = await charts.evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return { width: box.width, height: box.height, visible: svg.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) };
        }),
      );
      expect(boxes.length, 'no svg[role=img] in the figure').toBeGreaterThan(0);
      expect(
        boxes.some((box) => box.visible && box.width > 0 && box.height > 0),
        `no visible chart with a size: ${JSON.stringify(boxes)}`,
      ).toBe(true);
    });
  });
});

describe('keyboard', () => {
  test(`Tab reaches a data point in the chart of ${sampleFigure} and opens its tooltip`, { timeout: 120_000 }, async () => {
    expect(sampleFigure, 'there is no figure page').toBeDefined();
    const id = figureId(sampleFigure!)!;
    const found = await visit(suite.withJs, sampleFigure!, viewports[1]!, async (page) => {
      const tooltips = page.locator('[role="tooltip"], .tooltip');
      const visibleTexts = async () => {
        const texts: string[] = [];
        // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, without hidden parts
        for (const tooltip of await tooltips.all()) if (await tooltip.isVisible()) texts.push(await tooltip.innerText());
        return texts;
      };
      // A tooltip that shows before any key is pressed is not one that focus opened.
      const before = new Set(await visibleTexts());
      const stops: string[] = [];
      for (let press = 0; press < 150; press++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate((figure) => {
          const active = document.activeElement;
          if (!active || active === document.body) return undefined;
          return { inFigure: active.closest(`figure.figure[data-figure="${figure}"]`) !== null, html: active.outerHTML.slice(0, 100) };
        }, id);
        if (!focus) continue;
        if (stops.length > 1 && focus.html === stops[0]) break; // went once round the page
        stops.push(focus.html);
        if (!focus.inFigure) continue;
        const opened = (await visibleTexts()).find((text) => /\d/.test(text) && !before.has(text));
        if (opened) return { focus: focus.html, tooltip: opened };
      }
      return { stops };
    });
    expect(
      'tooltip' in found,
      `no focus stop inside the figure opened a visible tooltip with a number; focus went to:\n${(found.stops ?? []).join('\n')}`,
    ).toBe(true);
  });
});
