// The review page (npm run review) in Chromium: axe finds nothing, the images load, and with JavaScript off a
// keyboard reaches the links and opens the tables. Drawn from two small synthetic drops (test/maintainer/review-drops.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDrop } from '../../scripts/lib/drop.ts';
import { removeTemps, runScript, tempDir } from '../maintainer/helpers.ts';
import { smallDrops } from '../maintainer/review-drops.ts';

let browser: Browser;
let file: string;

beforeAll(async () => {
  const data = join(tempDir('review-browser'), 'data');
  for (const drop of smallDrops) await writeDrop(data, drop);
  const run = await runScript('review', ['--data', data, '--out', tempDir('review-browser-out')]);
  expect(run.stderr).toBe('');
  file = /^wrote (.+)$/m.exec(run.stdout)?.[1] ?? '';
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  removeTemps();
});

describe('the review page', () => {
  // axe runs as a script in the page, so JavaScript is on here; the page itself has none (test/maintainer/review.test.ts).
  test('passes axe (WCAG 2.1 AA); every chart image loads', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const broken = await page.$$eval('img', (images) =>
      images.filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.alt),
    );
    expect(broken).toEqual([]);
    expect(await page.locator('img').count()).toBe(2);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  test('without JavaScript, a keyboard reaches the figure link and opens the tables', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#faillissementen-per-maand');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('details table.data').first().isVisible()).toBe(true);
    await context.close();
  });

  test('is one file: the page holds its images', () => {
    expect(readFileSync(file, 'utf8')).toMatch(/<img src="data:image\/svg\+xml;base64,/);
  });
});
