import { categorical, colors, quadrant, sequential } from './tokens.ts';

/**
 * The dark theme of the embeds: the same palette as src/styles/tokens.ts, lightened for a dark background.
 * Contrast against `darkColors.background`, checked in test/embed/theme.test.ts: chart marks ≥ 3:1, text ≥ 4.5:1.
 */
export const darkColors: Record<keyof typeof colors, string> = {
  text: '#e8ebee',
  textMuted: '#aeb7c0',
  link: '#8cc3ff',
  focus: '#8cc3ff',
  background: '#15191e',
  surface: '#1f252c',
  border: '#6b7682',
  grid: '#3b444d',
  reference: '#ee78b0',
  accent: '#6aa6ea',
};

/** The categorical colours in the same order as `categorical` (grey is `textMuted`, as in the light palette). */
export const darkCategorical: readonly string[] = ['#6aa6ea', '#f0894a', '#5fbf72', '#b793e6', '#ee78b0', '#3fbccc', '#cfad5c', '#aeb7c0'];

/**
 * The sequential ramp for a dark background, from the least to the most: dark to light, so that the text
 * colours of the light ramp (`sequentialText`: text on the low steps, background on the high ones) read on
 * it once they are recoloured too.
 */
export const darkSequential: readonly string[] = ['#1a2533', '#21405f', '#2b64a0', '#6aa6ea', '#b5d6f7'];

export const darkQuadrant: Record<keyof typeof quadrant, { mark: string; tint: string }> = {
  green: { mark: '#62c266', tint: '#1d3a22' },
  orange: { mark: '#f39a4d', tint: '#40291a' },
  red: { mark: '#f47a7a', tint: '#42201f' },
  yellow: { mark: '#dcc046', tint: '#3a3416' },
};

/**
 * Light hex → dark hex for every colour of the palette. The charts are drawn once at build time with the
 * light colours as presentation attributes (`fill="#1d5fa6"`); a CSS rule beats a presentation attribute, so
 * the dark theme recolours them without a second rendering. A light colour used twice (grey is both
 * `textMuted` and a series colour) must map to one dark colour.
 */
export function darkColorMap(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (light: string, dark: string) => {
    const known = map.get(light);
    if (known !== undefined && known !== dark) throw new Error(`dark theme: ${light} maps to both ${known} and ${dark}`);
    map.set(light, dark);
  };
  for (const name of Object.keys(colors) as (keyof typeof colors)[]) add(colors[name], darkColors[name]);
  for (const [i, light] of categorical.entries()) add(light, darkCategorical[i] ?? light);
  for (const [i, light] of sequential.entries()) add(light, darkSequential[i] ?? light);
  for (const name of Object.keys(quadrant) as (keyof typeof quadrant)[]) {
    add(quadrant[name].mark, darkQuadrant[name].mark);
    add(quadrant[name].tint, darkQuadrant[name].tint);
  }
  return map;
}

/** The custom properties of the layout (`--color-text`, …) with their dark values. */
function darkProperties(): string {
  const entries: [string, string][] = [
    ...Object.entries(darkColors).map(([name, value]): [string, string] => [
      `--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      value,
    ]),
    ...darkCategorical.map((value, i): [string, string] => [`--series-${i + 1}`, value]),
    ...Object.entries(darkQuadrant).flatMap(([name, q]): [string, string][] => [
      [`--quadrant-${name}`, q.mark],
      [`--quadrant-${name}-tint`, q.tint],
    ]),
  ];
  return entries.map(([name, value]) => `${name}:${value}`).join(';');
}

/** The dark rules under one selector for the root element (`:root.theme-dark`). */
function darkRules(root: string): string {
  const recolour = [...darkColorMap()]
    .flatMap(([light, dark]) => [`${root} svg [fill="${light}" i]{fill:${dark}}`, `${root} svg [stroke="${light}" i]{stroke:${dark}}`])
    .join('');
  return `${root}{color-scheme:dark;${darkProperties()}}${recolour}`;
}

/**
 * The embeds' theme CSS: light by default; dark when the reader's system asks for it (unless the host chose
 * `?theme=light`) or when the host chose `?theme=dark` (public/embed-frame.js sets the class).
 */
export function embedThemeCss(): string {
  return `:root{color-scheme:light}@media (prefers-color-scheme:dark){${darkRules(':root:not(.theme-light)')}}${darkRules(':root.theme-dark')}`;
}
