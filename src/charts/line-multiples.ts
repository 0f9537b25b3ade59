import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import type { ChartFrame, SeriesSpec } from './frame.ts';
import type { LinePoint } from './line-chart.ts';
import { textWidth } from './text-width.ts';
import { periodDate, yearTicks } from './time-axis.ts';

export interface LineMultiplesOptions extends ChartFrame {
  /** One panel per series, in this order, titled with its label. */
  series: readonly SeriesSpec[];
  /** Short unit shown above the first panel ("× 1 000"). */
  yLabel?: string;
  tickFormat?: (value: number) => string;
}

/** Height of a panel's plot area and of the title line above it, in px. */
const panel = { wide: 44, narrow: 34, title: 20 } as const;

/**
 * One small line chart per series, on one shared value scale (so panels compare by height) and one time
 * axis: two columns in the wide rendering, one in the narrow one, each panel titled above its frame.
 */
export function lineMultiplesChart(rows: readonly LinePoint[], options: LineMultiplesOptions): Plot.PlotOptions {
  const { width, compact, series } = options;
  if (rows.length === 0 || series.length === 0) throw new Error('lineMultiplesChart: no rows');
  const fontSize = fonts.chartFontSize;
  const tickFormat = options.tickFormat ?? ((v: number) => formatNumber(v));
  const columns = compact ? 1 : 2;
  const index = new Map(series.map((s, i) => [s.key, i]));
  const place = (key: string) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`lineMultiplesChart: rows of unknown series ${key}`);
    return { column: i % columns, row: Math.floor(i / columns) };
  };
  const points = rows.map((r) => ({ ...r, date: periodDate(r.period), ...place(r.series) }));
  // Headroom above the highest line, so that no line runs into a panel's title.
  const high = Math.max(...points.map((p) => p.value), 0);
  const y = scaleLinear()
    .domain([0, high > 0 ? high : 1])
    .nice(5);
  const yDomain = y.domain() as [number, number];
  const yTicks = [0, yDomain[1]];
  const dates = points.map((p) => p.date.getTime());
  const x = yearTicks([new Date(Math.min(...dates)), new Date(Math.max(...dates))], compact ? 4 : 5);
  const rowCount = Math.ceil(series.length / columns);
  const plotHeight = compact ? panel.narrow : panel.wide;
  const marginTop = panel.title + (options.yLabel ? 18 : 0);
  const marginBottom = 30;
  const height = marginTop + marginBottom + rowCount * plotHeight + (rowCount - 1) * panel.title;
  const titles = series.map((s) => ({ label: s.label, ...place(s.key) }));

  return {
    width,
    height,
    marginTop,
    marginRight: 12,
    marginBottom,
    marginLeft: Math.max(...yTicks.map((t) => textWidth(tickFormat(t), fontSize))) + 10,
    style: { fontSize: `${fontSize}px` },
    fx: { axis: null, paddingInner: compact ? 0 : 0.08 },
    fy: { axis: null, paddingInner: panel.title / (plotHeight + panel.title) },
    x: { type: 'utc', ticks: x.ticks, tickFormat: x.format, label: null },
    y: {
      domain: yDomain,
      ticks: yTicks,
      tickFormat,
      grid: true,
      label: options.yLabel ?? null,
      labelAnchor: 'top',
      labelArrow: 'none',
    },
    marks: [
      Plot.frame({ stroke: colors.grid }),
      Plot.line(points, { x: 'date', y: 'value', z: 'series', fx: 'column', fy: 'row', stroke: colors.accent, strokeWidth: 1.5 }),
      Plot.text(titles, {
        fx: 'column',
        fy: 'row',
        text: 'label',
        frameAnchor: 'top-left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: -4,
        fill: colors.text,
        fontSize,
      }),
    ],
  };
}
