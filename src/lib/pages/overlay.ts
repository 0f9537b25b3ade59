import type { ChartTarget } from '../../figures/figure-spec.ts';
import type { RenderedScales } from './render-svg.ts';

/** The plot area of one rendering, in percent of its viewBox; `band` is a row's height (band scales). */
export interface OverlayArea {
  left: number;
  top: number;
  width: number;
  height: number;
  band: number;
}

/** Where the targets are in one rendering: per target the x of its period (columns) or the top of its row. */
export interface OverlayLayout {
  mode: 'column' | 'row';
  area: OverlayArea;
  labels: string[];
  at: number[];
}

/**
 * The focusable points over a chart, one per target, shared by the wide and the narrow rendering: each point
 * knows its place in both (percent of each viewBox), so a label is written once however many renderings there
 * are. The browser script (src/browser/tooltip.ts) widens columns to the halfway marks between periods.
 */
export interface ChartOverlay {
  mode: 'column' | 'row';
  points: { label: string; wide: number; narrow: number }[];
  wide: OverlayArea;
  narrow: OverlayArea;
}

const percent = (value: number, of: number) => Math.round((value / of) * 10000) / 100;

/** The targets of one rendered chart placed on its scales: a column per period (time axes) or a row per band. */
export function overlayLayout(targets: readonly ChartTarget[], scales: RenderedScales): OverlayLayout {
  const { width, height } = scales;
  const yRange = scales.range('y') ?? [height, 0];
  const xRange = scales.range('x') ?? [0, width];
  const top = Math.min(...yRange);
  const left = Math.min(...xRange);
  const area: OverlayArea = {
    left: percent(left, width),
    top: percent(top, height),
    width: percent(Math.max(...xRange) - left, width),
    height: percent(Math.max(...yRange) - top, height),
    band: percent(scales.bandwidth('y'), height),
  };
  const columns = targets
    .filter((t) => t.x !== undefined)
    .map((t) => ({ label: t.label, at: scales.apply('x', t.x) }))
    .filter((c): c is { label: string; at: number } => c.at !== undefined)
    .sort((a, b) => a.at - b.at);
  if (columns.length > 0) {
    return { mode: 'column', area, labels: columns.map((c) => c.label), at: columns.map((c) => percent(c.at, width)) };
  }
  const rows = targets
    .filter((t) => t.y !== undefined && t.x === undefined)
    .map((t) => ({ label: t.label, at: scales.apply('y', t.y) }))
    .filter((r): r is { label: string; at: number } => r.at !== undefined);
  return { mode: 'row', area, labels: rows.map((r) => r.label), at: rows.map((r) => percent(r.at, height)) };
}

/** One overlay from the layouts of both renderings (the same targets on the same data, so the same points). */
export function chartOverlay(wide: OverlayLayout, narrow: OverlayLayout, id: string): ChartOverlay | undefined {
  if (wide.mode !== narrow.mode || wide.labels.join('\n') !== narrow.labels.join('\n')) {
    throw new Error(`chart ${id}: the wide and narrow renderings place different points`);
  }
  if (wide.labels.length === 0) return undefined;
  return {
    mode: wide.mode,
    points: wide.labels.map((label, i) => ({ label, wide: wide.at[i]!, narrow: narrow.at[i]! })),
    wide: wide.area,
    narrow: narrow.area,
  };
}

/** The overlay's custom properties: the plot area of both renderings (`n…` = narrow), read by global.css. */
export function overlayStyle(overlay: ChartOverlay): string {
  const area = (a: OverlayArea, prefix: string) =>
    `--${prefix}l0:${a.left};--${prefix}w0:${a.width};--${prefix}t:${a.top};--${prefix}h:${a.height};--${prefix}bh:${a.band}`;
  return `${area(overlay.wide, '')};${area(overlay.narrow, 'n')}`;
}

/** A point's custom properties: its x (columns) or its row's top (rows), in both renderings. */
export function pointStyle(overlay: ChartOverlay, point: ChartOverlay['points'][number]): string {
  const name = overlay.mode === 'column' ? 'x' : 'y';
  return `--${name}:${point.wide};--n${name}:${point.narrow}`;
}
