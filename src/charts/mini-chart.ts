import { line, scaleLinear } from 'd3';
import { type PeriodKind, parsePeriodCode } from '../lib/period.ts';
import type { BandRow } from './band-layout.ts';
import type { LinePoint } from './line-chart.ts';

/**
 * A tile's small chart, as geometry for a decorative inline SVG (the tile's sentence is its text): the last
 * years of a series as a sparkline with its latest value and the value a year earlier marked, or a figure's
 * bars, the headline bar highlighted. Pure: rows in, rounded coordinates out.
 */
export interface MiniChart {
  width: number;
  height: number;
  /** The sparkline: the definitive part solid, the provisional tail dashed (`d` attributes). */
  line?: { solid: string; provisional: string };
  /** Marked points: the latest value (open when provisional) and the one a year earlier. */
  points: { cx: number; cy: number; role: 'latest' | 'earlier'; open: boolean }[];
  bars: { x: number; y: number; width: number; height: number; key: boolean }[];
  /** The zero line, when zero is inside the drawn range. */
  baseline?: number;
  /** First and last period a sparkline shows (codes). */
  range?: [string, string];
}

export const miniSize = { width: 160, height: 48, pad: 4 } as const;

/** How far back a sparkline looks, per period kind: enough to see the last cycle, short enough to read. */
const window: Record<PeriodKind, number> = { month: 60, quarter: 40, half: 20, year: 25, 'july-year': 10 };

const round = (value: number) => Math.round(value * 10) / 10;

/** The last years of one series as a sparkline; `zero` keeps 0 in the range (counts, amounts). */
export function sparkline(rows: readonly LinePoint[], options: { zero?: boolean; earlier?: string }): MiniChart {
  const { width, height, pad } = miniSize;
  const kind = parsePeriodCode(rows.at(-1)?.period ?? '')?.kind ?? 'year';
  const shown = rows.slice(-window[kind]);
  if (shown.length === 0) throw new Error('sparkline: no rows');
  const values = shown.map((r) => r.value);
  const low = Math.min(...values, ...(options.zero ? [0] : []));
  const high = Math.max(...values, ...(options.zero ? [0] : []));
  const x = scaleLinear()
    .domain([0, Math.max(1, shown.length - 1)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .range([height - pad, pad]);
  const path = line<number>()
    .x((i) => round(x(i)))
    .y((i) => round(y(shown[i]!.value)));
  const firstProvisional = shown.findIndex((r) => r.provisional);
  const split = firstProvisional < 0 ? shown.length : Math.max(1, firstProvisional);
  const indices = shown.map((_, i) => i);
  const latest = shown.length - 1;
  const earlier = options.earlier === undefined ? -1 : shown.findIndex((r) => r.period === options.earlier);
  const point = (i: number, role: 'latest' | 'earlier') => ({
    cx: round(x(i)),
    cy: round(y(shown[i]!.value)),
    role,
    open: shown[i]!.provisional === true,
  });
  return {
    width,
    height,
    line: {
      solid: path(indices.slice(0, split)) ?? '',
      provisional: split < shown.length ? (path(indices.slice(split - 1)) ?? '') : '',
    },
    points: [...(earlier >= 0 && earlier !== latest ? [point(earlier, 'earlier')] : []), point(latest, 'latest')],
    bars: [],
    ...(low < 0 && high > 0 ? { baseline: round(y(0)) } : {}),
    range: [shown[0]!.period, shown.at(-1)!.period],
  };
}

/** A figure's bars (at most `max`, in their order), side by side from a zero baseline; `key` rows highlighted. */
export function miniBars(rows: readonly (BandRow & { value: number })[], isKey: (row: BandRow) => boolean, max = 16): MiniChart {
  const { width, height, pad } = miniSize;
  const shown = rows.slice(0, max);
  if (shown.length === 0) throw new Error('miniBars: no rows');
  const values = shown.map((r) => r.value);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([height - pad, pad]);
  const step = (width - 2 * pad) / shown.length;
  const zero = y(0);
  return {
    width,
    height,
    points: [],
    bars: shown.map((row, i) => {
      const top = Math.min(y(row.value), zero);
      return {
        x: round(pad + i * step + step * 0.15),
        y: round(top),
        width: round(step * 0.7),
        height: round(Math.max(1, Math.abs(y(row.value) - zero))),
        key: isKey(row),
      };
    }),
    baseline: round(zero),
  };
}
