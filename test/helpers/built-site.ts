import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from './dist.ts';

/**
 * The site URL a build was made for (SITE_URL + BASE_PATH, e.g. "http://127.0.0.1:4321/"), read from its home
 * page's canonical link: the tests compare absolute URLs with what the build used, whatever its environment.
 */
export function builtSiteUrl(dir: string): URL {
  const home = parseHtml(readFileSync(join(dir, 'index.html'), 'utf8'));
  const canonical = home.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error(`${dir}/index.html has no <link rel="canonical">`);
  return new URL(canonical);
}
