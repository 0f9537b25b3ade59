import type * as Plot from '@observablehq/plot';
import { colors, fonts } from '../styles/tokens.ts';
import { textWidth } from './text-width.ts';

/** The legend of a quantized colour scale, drawn in the chart's margin so the standalone SVG has it too. */
export interface ThresholdLegendOptions {
  title: string;
  labels: readonly string[];
  /** One fill per label. */
  colors: readonly string[];
  /** Indexes of the entries drawn open with a dashed edge (a missing value). */
  dashed?: readonly number[];
  /** Top left corner in px of the chart. */
  top: number;
  left: number;
  width: number;
}

const swatch = 14;
const gap = 18;
const lineHeight = 22;

/** Where the entries go: left to right, a new line when the next would pass `width`. */
function place(labels: readonly string[], width: number): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return labels.map((label) => {
    const size = swatch + 6 + textWidth(label, fonts.chartFontSize);
    if (x > 0 && x + size > width) {
      x = 0;
      line++;
    }
    const at = { x, line };
    x += size + gap;
    return at;
  });
}

/** Height in px the legend takes below a chart (title, entries, spacing). */
export function legendHeight(labels: readonly string[], width: number, title: string): number {
  const lines = (place(labels, width).at(-1)?.line ?? 0) + 1;
  return 10 + (title ? lineHeight : 0) + lines * lineHeight;
}

/** A Plot render function that draws the legend: a swatch (with an edge) and a label per class. */
export function thresholdLegend(options: ThresholdLegendOptions): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const document = context.document;
    const svg = (tag: string, attributes: Record<string, string | number>) => {
      const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
      return element;
    };
    const group = svg('g', {
      'aria-label': 'legend',
      transform: `translate(${options.left},${options.top})`,
      'font-size': fonts.chartFontSize,
    });
    const text = (content: string, x: number, y: number, weight?: number) => {
      const element = svg('text', { x, y, fill: colors.text, 'text-anchor': 'start', ...(weight ? { 'font-weight': weight } : {}) });
      element.textContent = content;
      group.append(element);
    };
    const offset = options.title ? lineHeight : 0;
    if (options.title) text(options.title, 0, 14, 700);
    place(options.labels, options.width).forEach(({ x, line }, i) => {
      const y = offset + line * lineHeight;
      const open = options.dashed?.includes(i);
      group.append(
        svg('rect', {
          x,
          y: y + 4,
          width: swatch,
          height: swatch,
          fill: options.colors[i] ?? colors.background,
          stroke: colors.textMuted,
          'stroke-width': 1,
          ...(open ? { 'stroke-dasharray': '3,2' } : {}),
        }),
      );
      text(options.labels[i] ?? '', x + swatch + 6, y + 15);
    });
    return group as unknown as SVGElement;
  };
}
