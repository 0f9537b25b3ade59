import { categorical, colors } from '../../styles/tokens.ts';
import { siteName, sitePath } from '../pages/site.ts';
import { imageFontFamily } from './figure-image.ts';
import { element } from './xml.ts';

/** Site path of the share image for pages without a figure of their own. */
export const defaultImagePath = sitePath('/og-default.png');
export const defaultImageSize = { width: 1200, height: 630 } as const;
export const defaultImageAlt = `${siteName}: cijfers van CBS en DNB over het mkb`;

/** The default share image (1200 × 630, the size link previews expect): the site's name over a few bars. */
export function defaultImageSvg(): string {
  const { width, height } = defaultImageSize;
  const bars = [0.45, 0.6, 0.52, 0.75, 0.68, 0.9].map((share, i) =>
    element('rect', { x: 80 + i * 70, y: 560 - share * 220, width: 50, height: share * 220, fill: categorical[i % 2 === 0 ? 0 : 1] }),
  );
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': imageFontFamily },
    element('rect', { width, height, fill: colors.background }),
    element('rect', { width, height: 12, fill: colors.accent }),
    element('text', { x: 80, y: 150, 'font-size': 64, 'font-weight': 700, fill: colors.text }, 'Staat van het mkb'),
    element('text', { x: 80, y: 215, 'font-size': 36, fill: colors.textMuted }, 'het dashboard: cijfers van CBS en DNB'),
    element('text', { x: 80, y: 262, 'font-size': 36, fill: colors.textMuted }, 'over het midden- en kleinbedrijf'),
    element('line', { x1: 60, x2: 560, y1: 560, y2: 560, stroke: colors.textMuted, 'stroke-width': 2 }),
    ...bars,
  ).markup;
}
