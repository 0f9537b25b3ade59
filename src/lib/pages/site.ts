import { themes } from '../../figures/themes.ts';
import { readSiteConfig } from '../site-config.ts';

/** Site-wide names and the header navigation. */
export const siteName = 'Staat van het mkb — het dashboard';
export const siteShortName = 'Staat van het mkb';

/**
 * Every URL of the site goes through these two: `sitePath` puts a route under the base path (BASE_PATH),
 * `absoluteUrl` puts such a path on the origin (SITE_URL). The route helpers below and in barometer-view,
 * changes-view, downloads and embeds return paths under the base; a page never writes "/…" itself
 * (test/dist/base-path.test.ts builds the site under a sub-path and fails on any link outside it).
 */
const siteConfig = readSiteConfig(process.env);

/** "/figuren/" → "/figuren/", or under BASE_PATH=/staat-van-het-mkb/ "/staat-van-het-mkb/figuren/". */
export function sitePath(route: string): string {
  if (!route.startsWith('/') || route.startsWith('//'))
    throw new Error(`sitePath: a route starts with one "/", not ${JSON.stringify(route)}`);
  return `${siteConfig.base}${route.slice(1)}`;
}

/** The absolute URL of a path under the base (what sitePath and the route helpers return). */
export function absoluteUrl(path: string): string {
  if (!path.startsWith(siteConfig.base)) throw new Error(`absoluteUrl: ${JSON.stringify(path)} is not under the base ${siteConfig.base}`);
  return `${siteConfig.origin}${path}`;
}

export const homeUrl = sitePath('/');
export const figuresUrl = sitePath('/figuren/');
export const figureUrl = (id: string) => sitePath(`/figuren/${id}/`);
export const themeUrl = (id: string) => sitePath(`/${id}/`);
/** The provinces: /regio/ lists them, /regio/<slug>/ is one province's page. */
export const regionsUrl = sitePath('/regio/');
export const provinceUrl = (slug: string) => sitePath(`/regio/${slug}/`);
/** Every figure on one page, laid out for A4 (src/pages/overzicht.astro, npm run pdf). */
export const overviewUrl = sitePath('/overzicht/');
/** The site's icon (public/favicon.svg). */
export const faviconUrl = sitePath('/favicon.svg');

export const navigation = [
  ...themes.map((theme) => ({ href: themeUrl(theme.id), label: theme.title })),
  { href: regionsUrl, label: 'Regio’s' },
  { href: figuresUrl, label: 'Alle figuren' },
  { href: overviewUrl, label: 'Overzicht' },
];

export interface Crumb {
  href: string;
  label: string;
}

export const homeCrumb: Crumb = { href: homeUrl, label: 'Home' };
