import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** A chart drawn by Plot as it is, in linkedom: its SVG root and the scales, to check geometry against data. */
export function plot(options: Plot.PlotOptions): { svg: SVGSVGElement; scale: (name: 'x' | 'y') => Plot.Scale } {
  const figure = Plot.plot({ ...options, document: document as unknown as Document });
  const svg = (figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg')) as SVGSVGElement | null;
  if (!svg) throw new Error('Plot returned no <svg>');
  return {
    svg,
    scale: (name) => {
      const scale = figure.scale(name);
      if (!scale) throw new Error(`the chart has no ${name} scale`);
      return scale;
    },
  };
}

/** The elements of one Plot mark (its `aria-label`, e.g. "rect", "line", "dot") in drawing order. */
export function markElements(svg: SVGSVGElement, mark: string, tag: string): Element[] {
  return [...svg.querySelectorAll(`g[aria-label="${mark}"]`)].flatMap((g) => [...g.querySelectorAll(tag)]);
}

/** A numeric attribute; throws when it is missing, so a test cannot compare `NaN` by accident. */
export function attribute(element: Element, name: string): number {
  const value = element.getAttribute(name);
  if (value === null || !Number.isFinite(Number(value))) throw new Error(`<${element.tagName}> has no numeric ${name}: ${value}`);
  return Number(value);
}

/** Every text the chart shows, one string per <text> (its tspans joined by a newline). */
export function texts(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('text')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return spans.length > 0 ? spans.map((span) => span.textContent ?? '').join('\n') : (text.textContent ?? '');
  });
}
