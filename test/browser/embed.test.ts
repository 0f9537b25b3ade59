// Embeds in real Chromium: a host page (another origin, as on a news site) pastes the figure pages' own embed
// code for three figures; embed.js must size each iframe to its content at phone and desktop width, ignore
// messages from anyone else or of any other shape, and work under a strict Content-Security-Policy. The embed
// pages themselves must pass axe in light and dark.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtSiteUrl } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { requireDist, type StaticServer, startServer, urlToFile } from '../helpers/dist.ts';

const dist = requireDist();
const ids = ['faillissementen-per-maand', 'vacatures-grootteklasse', 'samenstelling-mkb'];
const builtSite = builtSiteUrl(dist).origin;

/** The "altijd de nieuwste cijfers" embed code as the figure page shows it (a browser decodes the textarea). */
function snippet(id: string): string {
  const page = parseHTML(readFileSync(urlToFile(`/figuren/${id}/`, dist)!, 'utf8')).document;
  const area = page.querySelector('textarea.embed-code');
  if (!area) throw new Error(`/figuren/${id}/ has no embed code`);
  return parseHTML(`<p>${area.innerHTML}</p>`).document.querySelector('p')!.textContent ?? '';
}
const snippets = ids.map(snippet);

/**
 * An article page that pastes the three embed codes (pointed at `site`), plus a foreign iframe of its own.
 * The server also serves dist/, so the host can be the site's own origin too.
 */
function articleHtml(site: string): string {
  const codes = snippets.map((code) => code.replaceAll(builtSite, site));
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Een artikel met grafieken</title><style>body{margin:0;font-family:sans-serif}main{max-width:680px;margin:0 auto;padding:0 8px}p{margin:1rem 0}</style></head>
<body><main><h1>Een artikel</h1>${codes.map((code, i) => `<p>Alinea ${i + 1} van het artikel.</p>\n${code}`).join('\n')}
<p>Een frame van een ander:</p><iframe id="foreign" src="/host/foreign.html" title="Ander frame" style="width:100%;height:60px;border:0"></iframe></main></body></html>`;
}

const foreignHtml =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Ander frame</title></head><body><p>Ander frame</p></body></html>';

let hostServer: Server;
let host: string;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await startServer(dist);
  hostServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (url.pathname === '/host/article.html') {
      const target = url.searchParams.get('site') ?? site.origin;
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      // A strict host: scripts and frames only from itself and the embed's site; no inline scripts, no eval.
      if (url.searchParams.has('csp'))
        headers['content-security-policy'] =
          `default-src 'self'; script-src 'self' ${target}; frame-src 'self' ${target}; style-src 'self' 'unsafe-inline'; img-src 'self'`;
      response.writeHead(200, headers).end(articleHtml(target));
      return;
    }
    if (url.pathname === '/host/foreign.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(foreignHtml);
      return;
    }
    const file = urlToFile(url.pathname, dist);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript',
      '.svg': 'image/svg+xml',
      '.css': 'text/css',
    };
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => hostServer.listen(0, '127.0.0.1', done));
  host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  browser = await launchChromium(['--disable-gpu']);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (hostServer) {
    hostServer.closeAllConnections();
    await new Promise<void>((done) => hostServer.close(() => done()));
  }
});

interface Visit {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** Opens the article with a counter of message listeners and a log of CSP violations in every frame. */
async function openArticle(query: string, width: number): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __messageListeners: number; __violations: string[] };
    w.__messageListeners = 0;
    w.__violations = [];
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) => {
      if (type === 'message') w.__messageListeners++;
      return add(type, ...rest);
    }) as typeof window.addEventListener;
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${host}/host/article.html${query}`, { waitUntil: 'load' });
  return { context, page, problems };
}

const embedFrames = (page: Page) => page.$$('iframe[src*="/embed/"]');

/** Outer height of the iframe and the inner document's measures. */
async function measure(iframe: ElementHandle) {
  const outer = await iframe.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('iframe without a frame');
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    const content = document.querySelector('main.embed')!.getBoundingClientRect();
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      contentBottom: content.bottom + window.scrollY,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });
  return { outer, ...inner };
}

/** Waits until every embed fits its content (within 3 px) and no longer changes. */
async function settle(page: Page): Promise<Awaited<ReturnType<typeof measure>>[]> {
  const frames = await embedFrames(page);
  expect(frames).toHaveLength(3);
  for (const iframe of frames) await iframe.scrollIntoViewIfNeeded();
  let previous = '';
  let result: Awaited<ReturnType<typeof measure>>[] = [];
  await expect
    .poll(
      async () => {
        result = await Promise.all(frames.map(measure));
        const key = JSON.stringify(result.map((m) => Math.round(m.outer)));
        const fits = result.every((m) => Math.abs(m.outer - m.scrollHeight) <= 3);
        const stable = key === previous;
        previous = key;
        return fits && stable;
      },
      { timeout: 20_000, interval: 300 },
    )
    .toBe(true);
  return result;
}

const heights = (page: Page) =>
  page.$$eval('iframe', (frames) =>
    frames.map((f) => `${f.id || f.getAttribute('src')}=${f.style.height}|${Math.round(f.getBoundingClientRect().height)}`),
  );

describe.each([360, 1280])('an article with three embeds at %i px', (width) => {
  test('each iframe takes its content height: no inner scrollbar, nothing cut off', { timeout: 90_000 }, async () => {
    const visit = await openArticle('', width);
    try {
      const measured = await settle(visit.page);
      // embed.js set each height (the code's initial height can be close to right by itself).
      const styled = await visit.page.$$eval('iframe[src*="/embed/"]', (frames) => frames.map((f) => f.style.height));
      expect(
        styled.every((h) => /^\d+px$/.test(h)),
        `style.height: ${styled.join(', ')}`,
      ).toBe(true);
      for (const [i, m] of measured.entries()) {
        expect(Math.abs(m.outer - m.scrollHeight), `${ids[i]}: iframe ${m.outer}px, content ${m.scrollHeight}px`).toBeLessThanOrEqual(3);
        expect(m.scrollHeight, `${ids[i]}: inner vertical scrollbar`).toBeLessThanOrEqual(m.clientHeight + 1);
        expect(m.contentBottom, `${ids[i]}: content cut off`).toBeLessThanOrEqual(m.clientHeight + 1);
        expect(m.scrollWidth, `${ids[i]}: inner horizontal scrollbar`).toBeLessThanOrEqual(m.clientWidth);
      }
      // Three copies of the script on the page, one listener.
      expect(await visit.page.evaluate(() => (window as unknown as { __messageListeners: number }).__messageListeners)).toBe(1);
      expect(visit.problems).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  // On the site's own origin only the check of the sender's window keeps a foreign frame out.
  test.each(['another origin', "the site's own origin"])(
    'host on %s: messages from another frame, from the page itself, or of the wrong shape change nothing',
    { timeout: 90_000 },
    async (where) => {
      const visit = await openArticle(where === 'another origin' ? '' : `?site=${encodeURIComponent(host)}`, width);
      try {
        await settle(visit.page);
        const before = await heights(visit.page);
        // A foreign frame on the host sends a message of the right shape, as does the host page itself.
        const foreign = await (await visit.page.$('#foreign'))!.contentFrame();
        await foreign!.evaluate((id) => parent.postMessage({ type: 'mkb-embed:height', id, height: 5 }, '*'), ids[0]);
        await visit.page.evaluate((id) => window.postMessage({ type: 'mkb-embed:height', id, height: 5 }, '*'), ids[0]);
        // The embeds themselves send malformed messages.
        for (const iframe of await embedFrames(visit.page)) {
          const frame = await iframe.contentFrame();
          await frame!.evaluate(() => {
            const type = 'mkb-embed:height';
            const bad: unknown[] = [
              { type, height: -10 },
              { type, height: 0 },
              { type, height: 1e7 },
              { type, height: '5' },
              { type, height: Number.NaN },
              { type, height: Number.POSITIVE_INFINITY },
              { type: 'mkb-embed:hoogte', height: 5 },
              { sentinel: 'amp', type: 'embed-size', height: 5 },
              'mkb-embed:height',
              [type, 5],
              null,
            ];
            for (const message of bad) parent.postMessage(message, '*');
          });
        }
        await visit.page.waitForTimeout(600);
        expect(await heights(visit.page)).toEqual(before);
        expect(visit.problems).toEqual([]);
      } finally {
        await visit.context.close();
      }
    },
  );
});

describe('a host with a strict Content-Security-Policy header', () => {
  test.each([
    ["on the site's own origin (script-src and frame-src 'self')", 'self'],
    ["on another origin (script-src 'self' plus the site, frame-src the site)", 'other'],
  ])('%s: embed.js loads and resizes, no violations', { timeout: 90_000 }, async (_name, kind) => {
    const query = kind === 'self' ? `?csp=1&site=${encodeURIComponent(host)}` : `?csp=1&site=${encodeURIComponent(site.origin)}`;
    const visit = await openArticle(query, 1280);
    try {
      const response = await visit.page.request.get(`${host}/host/article.html${query}`);
      expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
      await settle(visit.page);
      expect(await visit.page.evaluate(() => (window as unknown as { __staatVanHetMkbEmbed?: boolean }).__staatVanHetMkbEmbed)).toBe(true);
      expect(await visit.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(visit.problems).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });
});

describe('the embed pages themselves', () => {
  const cases = [
    { name: 'light', query: '', scheme: 'light' as const },
    { name: 'dark via ?theme=dark', query: '?theme=dark', scheme: 'light' as const },
    { name: 'dark via prefers-color-scheme', query: '', scheme: 'dark' as const },
    { name: 'light via ?theme=light despite a dark system', query: '?theme=light', scheme: 'dark' as const },
  ];
  test.each(cases)('$name: passes axe (WCAG 2.1 AA, contrast included) at 360 px', { timeout: 90_000 }, async ({ query, scheme }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: scheme });
    try {
      const page = await context.newPage();
      for (const path of ['/embed/faillissementen-per-maand/', '/embed/mkbarometer/']) {
        await page.goto(`${site.origin}${path}${query}`);
        const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(dark === 'rgb(255, 255, 255)', `${path}${query} background ${dark}`).toBe(
          query === '?theme=light' || (query === '' && scheme === 'light'),
        );
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .options({ resultTypes: ['violations'] })
          .analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the embed shows its chart, and the initial height is close to the content', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${host}/host/article.html?site=${encodeURIComponent(site.origin)}`);
      for (const [i, iframe] of (await embedFrames(page)).entries()) {
        await iframe.scrollIntoViewIfNeeded();
        const frame = await iframe.contentFrame();
        await frame!.waitForLoadState('load');
        const chart = await frame!.$eval('svg[role="img"]:not([aria-hidden])', (svg) => svg.getBoundingClientRect().height);
        expect(chart, `${ids[i]}: chart height`).toBeGreaterThan(100);
        const content = await frame!.evaluate(() => document.querySelector('main.embed')!.getBoundingClientRect().height);
        const initial = await iframe.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
        // The height in the code is an estimate for a usual column; it must not be far off.
        expect(Math.abs(initial - content) / content, `${ids[i]}: initial ${initial}px, content ${content}px`).toBeLessThan(0.15);
      }
    } finally {
      await context.close();
    }
  });
});
