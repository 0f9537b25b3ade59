import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { type ChartFrame, type SeriesSpec, styleBySeries, valueScale } from './frame.ts';
import { textWidth } from './text-width.ts';
import { periodDate, yearTicks } from './time-axis.ts';

/** One part of the whole in one period. */
export interface AreaPoint {
  series: string;
  period: string;
  value: number;
}

export interface AreaChartOptions extends ChartFrame {
  /** The parts, bottom first; the order fixes colour and stacking. */
  series: readonly SeriesSpec[];
  height?: number;
  /** Short unit above the value axis ("aantal"). */
  yLabel?: string;
  tickFormat?: (value: number) => string;
}

/**
 * Parts of a whole over time as stacked areas (the first series at the bottom): the top edge is the sum of
 * the parts. Only for parts that add up (size classes of one population), never for unlike series. Each
 * area has a white edge so neighbouring colours stay apart; the page's key names them.
 */
export function areaChart(rows: readonly AreaPoint[], options: AreaChartOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('areaChart: no rows');
  const { width, compact, series } = options;
  const order = series.map((s) => s.key);
  const unknown = rows.find((r) => !order.includes(r.series));
  if (unknown) throw new Error(`areaChart: series ${unknown.series} is not in options.series`);
  const height = options.height ?? (compact ? 300 : 360);
  const style = styleBySeries(series);
  const fontSize = fonts.chartFontSize;
  const tickFormat = options.tickFormat ?? ((v: number) => formatNumber(v));
  const data = rows.map((row) => ({ ...row, date: periodDate(row.period), color: style(row.series).color }));

  const totals = new Map<number, number>();
  for (const d of data) totals.set(d.date.getTime(), (totals.get(d.date.getTime()) ?? 0) + d.value);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals.values())])
    .nice(compact ? 4 : 6);
  const yDomain = y.domain() as [number, number];
  const yTicks = y.ticks(compact ? 4 : 6);
  const dates = [...totals.keys()];
  const xDomain: [Date, Date] = [new Date(Math.min(...dates)), new Date(Math.max(...dates))];
  const x = yearTicks(xDomain, compact ? 5 : 8);

  return {
    width,
    height,
    marginTop: options.yLabel ? 28 : 14,
    marginRight: 16,
    marginBottom: 30,
    marginLeft: Math.max(...yTicks.map((t) => textWidth(tickFormat(t), fontSize))) + 14,
    style: { fontSize: `${fontSize}px` },
    color: { type: 'identity' },
    x: { type: 'utc', domain: xDomain, ticks: x.ticks, tickFormat: x.format, label: null, tickSize: 5 },
    y: valueScale(yDomain, yTicks, tickFormat, options.yLabel),
    marks: [
      Plot.areaY(
        data,
        Plot.stackY({ x: 'date', y: 'value', z: 'series', order, fill: 'color', stroke: colors.background, strokeWidth: 0.75 }),
      ),
      Plot.ruleY([0], { stroke: colors.textMuted, strokeWidth: 1 }),
    ],
  };
}
