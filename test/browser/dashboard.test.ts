// The home page and /overzicht/ in real Chromium: no horizontal overflow at 360 and 1280 px, axe clean; the
// overview printed (print emulation) without the site's chrome and a theme per page; npm run pdf once.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { projectRoot, requireDist, type StaticServer, startServer } from '../helpers/dist.ts';

const dist = requireDist();
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer(dist);
  browser = await launchChromium(['--disable-gpu']);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([360, 1280])('at %i px wide', (width) => {
  test.each(['/', '/overzicht/'])('%s: no horizontal overflow, no axe violations', { timeout: 120_000 }, async (url) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(server.origin + url, { waitUntil: 'load' });
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(size.scroll, 'horizontal overflow').toBeLessThanOrEqual(size.inner);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (url === '/') {
        // Every tile fits its column: nothing in it is wider than the tile.
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('li.tile')]
            .filter((t) => t.scrollWidth > t.clientWidth + 1)
            .map((t) => t.getAttribute('data-figure')),
        );
        expect(wide).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});

describe('/overzicht/ on paper', () => {
  test('print shows no navigation, breadcrumbs or footer, and starts each theme after the first on a new page', {
    timeout: 60_000,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    try {
      await page.goto(`${server.origin}/overzicht/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.skip-link'].map((selector) => {
          const element = document.querySelector(selector);
          return { selector, visible: element ? (element as HTMLElement).checkVisibility() : false };
        }),
      );
      expect(shown.filter((s) => s.visible)).toEqual([]);
      const breaks = await page.evaluate(() =>
        [...document.querySelectorAll('section.overview-theme')].map((s) => getComputedStyle(s).breakBefore),
      );
      expect(breaks).toEqual(['auto', 'page', 'page', 'page']);
      const addresses = await page.evaluate(
        () => [...document.querySelectorAll('.overview-url')].filter((e) => (e as HTMLElement).checkVisibility()).length,
      );
      expect(addresses, 'every figure prints its address').toBe(await page.locator('article.overview-figure').count());
    } finally {
      await page.close();
    }
  });

  test('npm run pdf writes an A4 PDF with at least a page per theme', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mkb-pdf-test-'));
    try {
      const out = join(folder, 'overzicht.pdf');
      await promisify(execFile)('npx', ['tsx', 'scripts/pdf.ts', '--out', out, '--dist', dist], { cwd: projectRoot });
      expect(existsSync(out)).toBe(true);
      const pdf = readFileSync(out).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      // The page tree's root counts every page; the largest /Count is the root's.
      const pages = Math.max(...[...pdf.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
      expect(pages).toBeGreaterThanOrEqual(4);
      // A4 is 595 × 842 points, on every page.
      const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(boxes.length).toBe(pages);
      for (const [w, h] of boxes) expect(Math.abs(w! - 595) < 1 && Math.abs(h! - 842) < 1, `MediaBox ${w} × ${h}`).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
