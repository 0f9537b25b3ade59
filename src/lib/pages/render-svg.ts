import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { fonts } from '../../styles/tokens.ts';
import { serializeXml } from '../downloads/xml.ts';

export interface RenderSvgOptions {
  /** Stable id (figure id plus variant, e.g. "faillissementen-per-maand-wide"): prefixes every id in the SVG. */
  id: string;
  /** Short name of the chart (the SVG's <title>). */
  title: string;
  /** Text alternative: what the chart shows and the latest value (the SVG's <desc>). */
  description: string;
}

/** What a caller may ask of the rendered chart's scales, to place things over it (overlay, crosshair). */
export interface RenderedScales {
  width: number;
  height: number;
  /** Pixel position of a value on a scale (band scales and facets: the band's start), or undefined. */
  apply(scale: 'x' | 'y' | 'fx' | 'fy', value: unknown): number | undefined;
  bandwidth(scale: 'x' | 'y' | 'fx' | 'fy'): number;
  /** The values of a band scale or facet (how many columns a rendering has), or empty. */
  domain(scale: 'fx' | 'fy'): unknown[];
  /** The pixel range of a scale (for y: [bottom, top] of the plot area). */
  range(scale: 'x' | 'y'): [number, number] | undefined;
}

// One document for every render: Plot only creates elements in it, it never attaches them.
const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Renders Plot options to an SVG string at build time. Deterministic: Plot's class and generated ids are
 * replaced by ids derived from `id`, coordinates rounded to 0.01 px. Accessible: `role="img"` with <title>
 * and <desc> referenced by `aria-labelledby`, `role="group"` on Plot's labelled groups. The viewBox keeps the
 * render size; width and height are left to CSS (`width:100%;height:auto`). `svg` is for inline HTML, `xml`
 * the same chart for standalone files.
 */
export function renderSvg(options: Plot.PlotOptions, meta: RenderSvgOptions): { svg: string; xml: string; scales: RenderedScales } {
  const plot = Plot.plot({ ...options, document: document as unknown as Document });
  const root = plot.tagName.toLowerCase() === 'svg' ? plot : plot.querySelector('svg');
  if (!root) throw new Error(`renderSvg(${meta.id}): Plot returned no <svg>`);
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));

  for (const style of root.querySelectorAll('style')) style.remove();
  root.removeAttribute('class');
  root.removeAttribute('width');
  root.removeAttribute('height');
  root.removeAttribute('style');
  root.setAttribute('class', 'chart-svg');
  root.setAttribute('font-size', String(fonts.chartFontSize));
  root.setAttribute('font-family', 'inherit');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', `${meta.id}-title ${meta.id}-desc`);
  for (const g of root.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  checkFontSizes(root, meta.id);

  const title = document.createElement('title');
  title.setAttribute('id', `${meta.id}-title`);
  title.textContent = meta.title;
  const desc = document.createElement('desc');
  desc.setAttribute('id', `${meta.id}-desc`);
  desc.textContent = meta.description;
  root.insertBefore(desc, root.firstChild);
  root.insertBefore(title, root.firstChild);

  const svg = roundCoordinates(normaliseIds(root.outerHTML, meta.id));
  // The same chart as XML (tag case kept, every special escaped), for the downloadable SVG and PNG.
  const xml = roundCoordinates(normaliseIds(serializeXml(root), meta.id));
  const scales: RenderedScales = {
    width,
    height,
    apply: (name, value) => {
      const scale = plot.scale(name);
      const position = scale?.apply(value);
      return typeof position === 'number' && Number.isFinite(position) ? position : undefined;
    },
    bandwidth: (name) => plot.scale(name)?.bandwidth ?? 0,
    domain: (name) => [...(plot.scale(name)?.domain ?? [])],
    range: (name) => {
      const range = plot.scale(name)?.range;
      const ends = range ? [...range].map(Number) : [];
      return ends.length === 2 ? [ends[0]!, ends[1]!] : undefined;
    },
  };
  return { svg, xml, scales };
}

/** Plot numbers its clip paths, markers and patterns globally; renumber them per chart, in order. */
function normaliseIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((id) => !id.startsWith(`${prefix}-title`) && !id.startsWith(`${prefix}-desc`));
  let out = svg;
  ids.forEach((id, i) => {
    const stable = `${prefix}-${i + 1}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`id="${escaped}"`, 'g'), `id="${stable}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${stable})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${stable}"`);
  });
  return out.replace(/plot-[0-9a-f]{6}/g, prefix);
}

/** 291.24993938383255 → 291.25, inside attribute values only (never in text). */
function roundCoordinates(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (attribute, value: string) =>
    /\d\.\d{3,}/.test(value) ? `="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"` : attribute,
  );
}

function checkFontSizes(root: Element, id: string): void {
  for (const element of root.querySelectorAll('[font-size]')) {
    const size = Number.parseFloat(element.getAttribute('font-size') ?? '');
    if (size < 12) throw new Error(`renderSvg(${id}): font-size ${size} is below 12px at render width`);
  }
}
