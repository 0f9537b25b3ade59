import type { ChartTarget } from '../../figures/figure-spec.ts';
import type { RenderedScales } from './render-svg.ts';

/** A focusable area over the chart, in percent of the SVG's viewBox, with the point its tooltip points at. */
export interface OverlayPoint {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Anchor of the tooltip and crosshair. */
  cx: number;
  cy: number;
  label: string;
  /** Column (a period on a time axis), row (a bar, dot or estimate) or cell (a tile, a panel). */
  mode: 'column' | 'row' | 'cell';
  /** The page the point stands for: drawn as a link. */
  href?: string;
}

const percent = (value: number, of: number) => Math.round((value / of) * 10000) / 100;

/**
 * Overlay areas for the targets of one rendered chart: a column per period (from halfway to the previous
 * period to halfway to the next), a row per band, or a cell per tile or panel. Built at build time from the
 * same rows as the chart.
 */
export function overlayPoints(targets: readonly ChartTarget[], scales: RenderedScales): OverlayPoint[] {
  const { width, height } = scales;
  const yRange = scales.range('y') ?? [height, 0];
  const xRange = scales.range('x') ?? [0, width];
  const top = Math.min(...yRange);
  const bottom = Math.max(...yRange);
  const left = Math.min(...xRange);
  const right = Math.max(...xRange);

  const columns = targets
    .filter((t) => t.x !== undefined)
    .map((t) => ({ target: t, x: scales.apply('x', t.x) }))
    .filter((c): c is { target: ChartTarget; x: number } => c.x !== undefined)
    .sort((a, b) => a.x - b.x);
  const columnPoints = columns.map((c, i): OverlayPoint => {
    const from = i === 0 ? left : (columns[i - 1]!.x + c.x) / 2;
    const to = i === columns.length - 1 ? right : (c.x + columns[i + 1]!.x) / 2;
    return {
      left: percent(Math.max(left, Math.min(from, c.x - 2)), width),
      top: percent(top, height),
      width: percent(Math.max(to - from, 4), width),
      height: percent(bottom - top, height),
      cx: percent(c.x, width),
      cy: percent(top, height),
      label: c.target.label,
      mode: 'column',
    };
  });

  const band = scales.bandwidth('y');
  const rowPoints = targets
    .filter((t) => t.y !== undefined && t.x === undefined && t.cell === undefined && t.panel === undefined)
    .flatMap((t): OverlayPoint[] => {
      const y = scales.apply('y', t.y);
      if (y === undefined) return [];
      return [
        {
          left: percent(left, width),
          top: percent(y, height),
          width: percent(right - left, width),
          height: percent(band, height),
          cx: percent(left + (right - left) / 2, width),
          cy: percent(y, height),
          label: t.label,
          mode: 'row',
        },
      ];
    });
  return [...columnPoints, ...rowPoints, ...cellPoints(targets, scales)];
}

/** A tile's band in x and y, or for a panel of small multiples its facet (fx, fy) in this rendering. */
function cellPoints(targets: readonly ChartTarget[], scales: RenderedScales): OverlayPoint[] {
  const { width, height } = scales;
  const columns = Math.max(1, scales.domain('fx').length);
  return targets.flatMap((t): OverlayPoint[] => {
    const place = t.cell ?? (t.panel === undefined ? undefined : { column: t.panel % columns, row: Math.floor(t.panel / columns) });
    if (!place) return [];
    const [sx, sy] = t.cell ? (['x', 'y'] as const) : (['fx', 'fy'] as const);
    const x = scales.apply(sx, place.column);
    const y = scales.apply(sy, place.row);
    if (x === undefined || y === undefined) return [];
    const w = scales.bandwidth(sx);
    const h = scales.bandwidth(sy);
    return [
      {
        left: percent(x, width),
        top: percent(y, height),
        width: percent(w, width),
        height: percent(h, height),
        cx: percent(x + w / 2, width),
        cy: percent(y, height),
        label: t.label,
        mode: 'cell',
        ...(t.href ? { href: t.href } : {}),
      },
    ];
  });
}
