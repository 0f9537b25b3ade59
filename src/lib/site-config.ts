/**
 * Where the built site is published, from the environment of `npm run build` (read by astro.config.mjs and by
 * src/lib/pages/site.ts, so Astro's asset URLs and the site's own links agree):
 * - SITE_URL: the origin readers reach the site on ("https://example.org"), scheme, host and port only.
 *   Absolute URLs (canonical, og:image, embed snippets, permalinks, feed, sitemap) start with it.
 *   Unset: http://127.0.0.1:4321, the preview server, so a local build works as it is and can never pass
 *   for a published one.
 * - BASE_PATH: the folder on that origin ("/staat-van-het-mkb/"); unset: "/". Every link, asset and
 *   download of the build lies under it.
 * - OUT_DIR: where `astro build` writes the site; unset: dist/.
 */
export interface SiteConfig {
  /** "https://example.org": no path, no trailing slash. */
  origin: string;
  /** "/" or "/staat-van-het-mkb/": starts and ends with a slash. */
  base: string;
}

export const localOrigin = 'http://127.0.0.1:4321';

type Env = Record<string, string | undefined>;

export function readSiteConfig(env: Env): SiteConfig {
  return { origin: readOrigin(env['SITE_URL']), base: readBase(env['BASE_PATH']) };
}

/** Where `astro build` writes (OUT_DIR, default dist/). */
export function readOutDir(env: Env): string {
  const dir = env['OUT_DIR']?.trim();
  return dir ? dir : './dist';
}

function readOrigin(value: string | undefined): string {
  const text = value?.trim();
  if (!text) return localOrigin;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(value)} is not a URL: expected e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL=${JSON.stringify(value)} must start with https:// (or http://)`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`SITE_URL=${JSON.stringify(value)} must be an origin only, without user, query or #fragment`);
  if (url.pathname !== '/')
    throw new Error(
      `SITE_URL=${JSON.stringify(value)} has a path (${url.pathname}): set SITE_URL=${url.origin} and BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
    );
  return url.origin;
}

// Letters, digits and - . _ ~ per folder: what a static host serves without encoding.
const segment = /^[A-Za-z0-9._~-]+$/;

function readBase(value: string | undefined): string {
  const text = value?.trim() ?? '';
  const parts = text.split('/').filter((part) => part !== '');
  const bad = parts.find((part) => !segment.test(part) || part === '.' || part === '..');
  if (bad !== undefined)
    throw new Error(
      `BASE_PATH=${JSON.stringify(value)}: folder "${bad}" is not allowed (letters, digits, - . _ ~ only), e.g. BASE_PATH=/staat-van-het-mkb/`,
    );
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}
