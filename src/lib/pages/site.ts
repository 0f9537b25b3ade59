import { themes } from '../../figures/themes.ts';

/** Site-wide names and the header navigation. */
export const siteName = 'Staat van het mkb — het dashboard';
export const siteShortName = 'Staat van het mkb';

export const navigation = [
  ...themes.map((theme) => ({ href: `/${theme.id}/`, label: theme.title })),
  { href: '/figuren/', label: 'Alle figuren' },
];

export interface Crumb {
  href: string;
  label: string;
}

export const figureUrl = (id: string) => `/figuren/${id}/`;
export const themeUrl = (id: string) => `/${id}/`;
