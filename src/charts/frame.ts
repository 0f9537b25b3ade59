import type { ScaleOptions } from '@observablehq/plot';
import { categorical, symbols } from '../styles/tokens.ts';

/** The size a chart is drawn at: the wide or the narrow (small screens) variant. */
export interface ChartFrame {
  /** Render width in px (the SVG's viewBox width). */
  width: number;
  /** Narrow variant: fewer ticks, no direct labels (the page's key names the series). */
  compact: boolean;
}

/** One series of a chart: its key in the rows and the name readers see. */
export interface SeriesSpec {
  key: string;
  label: string;
  /** Colour and symbol of another position (e.g. single figures drawn like the line they belong to). */
  styleIndex?: number;
}

/** Colour and symbol of the i-th series: colour is never the only carrier of a series. */
export function seriesStyle(index: number): { color: string; symbol: string } {
  return {
    color: categorical[index % categorical.length] ?? categorical[0],
    symbol: symbols[index % symbols.length] ?? symbols[0],
  };
}

/** Style lookup by series key, in the order of `series`. Unknown keys get the first style. */
export function styleBySeries(series: readonly SeriesSpec[]): (key: string) => { color: string; symbol: string } {
  const index = new Map(series.map((s, i) => [s.key, s.styleIndex ?? i]));
  return (key) => seriesStyle(index.get(key) ?? 0);
}

/** The value (y) scale of the time charts: grid lines, no tick marks, the unit as a label over the axis. */
export function valueScale(domain: [number, number], ticks: number[], tickFormat: (v: number) => string, label?: string): ScaleOptions {
  return { domain, ticks, tickFormat, grid: true, label: label ?? null, labelArrow: 'none', labelAnchor: 'top', tickSize: 0 };
}
