import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, as this machine and CI have it (never a downloaded browser build). */
export const chromiumPath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags for a headless Chromium that reaches nothing but the local server. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extra] });
}
