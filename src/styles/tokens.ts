/**
 * The one palette of the site, used by the CSS (as custom properties, see `cssCustomProperties`) and by
 * the charts (as hex values). Contrast against white, checked in test/unit/site/tokens.test.ts:
 * chart marks ≥ 3:1 (WCAG 1.4.11), text ≥ 4.5:1 (WCAG 1.4.3).
 */

/** Categorical colours for series, in the order series are assigned; every one ≥ 3:1 against white. */
export const categorical = [
  '#1d5fa6', // blauw
  '#c4510f', // oranje
  '#2b7a3d', // groen
  '#7a3fa3', // paars
  '#b0306a', // magenta
  '#00778a', // petrol
  '#6e5a1e', // bruin
  '#555e68', // grijs
] as const;

/**
 * The sequential ramp of quantized colour scales (tile maps), light to dark. Text on a step is `colors.text`
 * on the light steps and `colors.background` on the dark ones (`sequentialText`), each ≥ 4.5:1.
 */
export const sequential = ['#eff3ff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

/** Which text colour reads on each step of `sequential`. */
export const sequentialText = ['text', 'text', 'text', 'background', 'background'] as const satisfies readonly (keyof typeof colors)[];

/** Symbols that go with the categorical colours, so colour is never the only carrier of a series. */
export const symbols = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'] as const;

/** Text and surface colours. */
export const colors = {
  text: '#1a1f24',
  textMuted: '#555e68',
  link: '#0b4f8a',
  focus: '#0b4f8a',
  background: '#ffffff',
  surface: '#f4f6f8',
  border: '#b6bec6',
  grid: '#d0d6dc',
  /** Reference points (single published figures drawn beside a series). */
  reference: '#b0306a',
  accent: '#1d5fa6',
} as const;

/**
 * The business-cycle clock's quadrants (see specs/MKBAROMETER.md): `mark` for points and text (≥ 3:1),
 * `tint` for quadrant backgrounds behind dark text.
 */
export const quadrant = {
  green: { mark: '#2e7d32', tint: '#e3f1e4', label: 'boven trend, verbeterend' },
  orange: { mark: '#c25a00', tint: '#fbeadb', label: 'boven trend, verslechterend' },
  red: { mark: '#c62828', tint: '#f9e0e0', label: 'onder trend, verslechterend' },
  yellow: { mark: '#8f7200', tint: '#f8f0cc', label: 'onder trend, verbeterend' },
} as const;

/** Type used in the SVGs and the pages. Chart text is never smaller than `chartFontSize` at render width. */
export const fonts = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  chartFontSize: 13,
} as const;

/** Render widths of the two SVG variants; the wide one is shown from `wideFrom` px viewport width. */
export const chartWidths = { wide: 640, narrow: 360, wideFrom: 600 } as const;

/** Dash pattern of the line segment through provisional periods. */
export const provisionalDash = '5,4';

/** `:root { --color-text: …; … }` for the layout: the same values the charts use. */
export function cssCustomProperties(): string {
  const entries: [string, string][] = [
    ...Object.entries(colors).map(([name, value]): [string, string] => [`--color-${kebab(name)}`, value]),
    ...categorical.map((value, i): [string, string] => [`--series-${i + 1}`, value]),
    ...Object.entries(quadrant).flatMap(([name, q]): [string, string][] => [
      [`--quadrant-${name}`, q.mark],
      [`--quadrant-${name}-tint`, q.tint],
    ]),
    ['--font-family', fonts.family],
  ];
  return `:root{${entries.map(([name, value]) => `${name}:${value}`).join(';')}}`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
