import { type Browser, chromium } from 'playwright-core';

/** The system Chromium as the browser tests drive it: no sandbox, no network of its own, no GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}
