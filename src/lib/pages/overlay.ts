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

/** A tile's or a panel's box in one rendering, in percent of its viewBox. */
export interface OverlayBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the targets are in one rendering: per target the x of its period (columns), the top of its row (rows)
 * or the box of its tile or panel (cells), and the page a cell stands for, if any.
 */
export interface OverlayLayout {
  mode: 'column' | 'row' | 'cell';
  area: OverlayArea;
  labels: string[];
  at: number[];
  boxes: OverlayBox[];
  hrefs: (string | undefined)[];
}

/** A point's place in one rendering: a number (x of a column, top of a row) or a cell's box. */
export type OverlayPlace = number | OverlayBox;

/**
 * The focusable points over a chart, one per target, shared by the wide and the narrow rendering: each point
 * knows its place in both (percent of each viewBox), so a label is written once however many renderings there
 * are. The browser script (src/browser/tooltip.ts) widens columns to the halfway marks between periods. A cell
 * with an href is a link to its own page.
 */
export interface ChartOverlay {
  mode: 'column' | 'row' | 'cell';
  points: { label: string; wide: OverlayPlace; narrow: OverlayPlace; href?: string }[];
  wide: OverlayArea;
  narrow: OverlayArea;
}

const percent = (value: number, of: number) => Math.round((value / of) * 10000) / 100;

/**
 * The targets of one rendered chart placed on its scales: a column per period (time axes), a row per band, or a
 * cell per tile (x and y bands) or panel of small multiples (its facet).
 */
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
  const layout = (
    mode: OverlayLayout['mode'],
    labels: string[],
    at: number[] = [],
    boxes: OverlayBox[] = [],
    hrefs: (string | undefined)[] = [],
  ) => ({
    mode,
    area,
    labels,
    at,
    boxes,
    hrefs,
  });
  const columns = targets
    .filter((t) => t.x !== undefined)
    .map((t) => ({ label: t.label, at: scales.apply('x', t.x) }))
    .filter((c): c is { label: string; at: number } => c.at !== undefined)
    .sort((a, b) => a.at - b.at);
  if (columns.length > 0) {
    return layout(
      'column',
      columns.map((c) => c.label),
      columns.map((c) => percent(c.at, width)),
    );
  }
  const cells = cellBoxes(targets, scales);
  if (cells.length > 0) {
    return layout(
      'cell',
      cells.map((c) => c.label),
      [],
      cells.map((c) => c.box),
      cells.map((c) => c.href),
    );
  }
  const rows = targets
    .filter((t) => t.y !== undefined && t.x === undefined)
    .map((t) => ({ label: t.label, at: scales.apply('y', t.y) }))
    .filter((r): r is { label: string; at: number } => r.at !== undefined);
  return layout(
    'row',
    rows.map((r) => r.label),
    rows.map((r) => percent(r.at, height)),
  );
}

/** A tile's band in x and y, or for a panel of small multiples its facet (fx, fy) in this rendering. */
function cellBoxes(targets: readonly ChartTarget[], scales: RenderedScales): { label: string; box: OverlayBox; href?: string }[] {
  const { width, height } = scales;
  const columns = Math.max(1, scales.domain('fx').length);
  return targets.flatMap((t) => {
    const place = t.cell ?? (t.panel === undefined ? undefined : { column: t.panel % columns, row: Math.floor(t.panel / columns) });
    if (!place) return [];
    const [sx, sy] = t.cell ? (['x', 'y'] as const) : (['fx', 'fy'] as const);
    const x = scales.apply(sx, place.column);
    const y = scales.apply(sy, place.row);
    if (x === undefined || y === undefined) return [];
    const box = {
      left: percent(x, width),
      top: percent(y, height),
      width: percent(scales.bandwidth(sx), width),
      height: percent(scales.bandwidth(sy), height),
    };
    return [{ label: t.label, box, ...(t.href ? { href: t.href } : {}) }];
  });
}

/** One overlay from the layouts of both renderings (the same targets on the same data, so the same points). */
export function chartOverlay(wide: OverlayLayout, narrow: OverlayLayout, id: string): ChartOverlay | undefined {
  if (wide.mode !== narrow.mode || wide.labels.join('\n') !== narrow.labels.join('\n')) {
    throw new Error(`chart ${id}: the wide and narrow renderings place different points`);
  }
  if (wide.labels.length === 0) return undefined;
  const place = (layout: OverlayLayout, i: number): OverlayPlace => (layout.mode === 'cell' ? layout.boxes[i]! : layout.at[i]!);
  return {
    mode: wide.mode,
    points: wide.labels.map((label, i) => {
      const href = wide.hrefs[i];
      return { label, wide: place(wide, i), narrow: place(narrow, i), ...(href ? { href } : {}) };
    }),
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

/** A point's custom properties: its x (columns), its row's top (rows) or its box (cells), in both renderings. */
export function pointStyle(overlay: ChartOverlay, point: ChartOverlay['points'][number]): string {
  const style = (place: OverlayPlace, prefix: string) => {
    if (typeof place !== 'number') {
      return `--${prefix}cl:${place.left};--${prefix}ct:${place.top};--${prefix}cw:${place.width};--${prefix}ch:${place.height}`;
    }
    return `--${prefix}${overlay.mode === 'column' ? 'x' : 'y'}:${place}`;
  };
  return `${style(point.wide, '')};${style(point.narrow, 'n')}`;
}
