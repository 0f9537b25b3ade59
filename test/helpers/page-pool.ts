import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { type StaticServer, startServer } from './dist.ts';

/** A browser tab that is reused from test to test, with what went wrong since it was handed out. */
export interface PooledPage {
  page: Page;
  /** Console errors, uncaught errors, failed requests and HTTP errors of the current visit. */
  problems: string[];
}

/**
 * At most `size` tabs (each in its own context), handed out one test at a time: opening a context per
 * visit costs more than the visit on a two-core machine. A tab whose work throws is closed, not reused.
 */
export class PagePool {
  private readonly free: PooledPage[] = [];
  private readonly waiting: ((slot: PooledPage | undefined) => void)[] = [];
  private readonly open = new Set<PooledPage>();

  constructor(
    private readonly browser: Browser,
    private readonly size: number,
    private readonly options: BrowserContextOptions = {},
  ) {}

  async use<T>(work: (slot: PooledPage) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    slot.problems = [];
    try {
      const result = await work(slot);
      this.release(slot);
      return result;
    } catch (error) {
      this.open.delete(slot);
      await slot.page
        .context()
        .close()
        .catch(() => undefined);
      this.release(undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.open].map((slot) =>
        slot.page
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    this.open.clear();
  }

  private async acquire(): Promise<PooledPage> {
    const ready = this.free.pop();
    if (ready) return ready;
    if (this.open.size < this.size) return this.create();
    const handed = await new Promise<PooledPage | undefined>((resolve) => this.waiting.push(resolve));
    return handed ?? this.create();
  }

  // Hands the tab to the next waiting test; `undefined` frees a place for a new tab.
  private release(slot: PooledPage | undefined): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else if (slot) this.free.push(slot);
  }

  private async create(): Promise<PooledPage> {
    const context = await this.browser.newContext(this.options);
    const page = await context.newPage();
    const slot: PooledPage = { page, problems: [] };
    this.open.add(slot);
    page.on('console', (message) => {
      const source = message.location().url;
      // Chromium asks for /favicon.ico by itself when a page declares no icon, at a moment that varies from
      // run to run; the references the pages make themselves are checked in test/dist.
      if (message.type() === 'error' && !source.endsWith('/favicon.ico'))
        slot.problems.push(`console error: ${message.text()} (${source})`);
    });
    page.on('pageerror', (error) => slot.problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => slot.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) slot.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return slot;
  }
}

/** What a browser suite shares: dist/ served on 127.0.0.1, one Chromium, and pools of tabs with and without JavaScript. */
export interface BrowserSuite {
  server: StaticServer;
  browser: Browser;
  withJs: PagePool;
  withoutJs: PagePool;
  close(): Promise<void>;
}

export async function openBrowserSuite(dist: string, tabs: { withJs: number; withoutJs: number }): Promise<BrowserSuite> {
  const server = await startServer(dist);
  const browser = await launchChromium(['--disable-gpu']);
  const withJs = new PagePool(browser, tabs.withJs);
  const withoutJs = new PagePool(browser, tabs.withoutJs, { javaScriptEnabled: false });
  const close = async () => {
    await withJs.close();
    await withoutJs.close();
    await browser.close();
    await server.stop();
  };
  return { server, browser, withJs, withoutJs, close };
}
