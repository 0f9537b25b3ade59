import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { parsePeriodCode, periodMonths } from '../lib/period.ts';
import { categorical, colors, fonts, quadrant as palette } from '../styles/tokens.ts';
import type { ChartFrame } from './frame.ts';
import { textWidth } from './text-width.ts';
import { periodDate, yearTicks } from './time-axis.ts';

export type HistoryWeather = 'zonnig' | 'licht bewolkt' | 'bewolkt' | 'regen';

/** One quarter of the MKBarometer. */
export interface HistoryRow {
  period: string;
  /** B: the mean level of the indicators used. */
  level: number;
  weather: HistoryWeather | null;
  /** How many indicators B rests on. */
  used: number;
}

export interface HistoryChartOptions extends ChartFrame {
  height?: number;
  /** A quarter to mark with a dot (the quarter a page is about). */
  highlight?: string;
}

/** The quadrant colour of each weather word: the barometer's (B, ΔB) quadrant. */
export const weatherColour: Record<HistoryWeather, string> = {
  zonnig: palette.green.mark,
  'licht bewolkt': palette.orange.mark,
  bewolkt: palette.yellow.mark,
  regen: palette.red.mark,
};

/** Start and end of a quarter as dates, so strips and bars fill their quarter exactly. */
function quarterSpan(code: string): { start: Date; end: Date } {
  const period = parsePeriodCode(code);
  if (!period) throw new Error(`not a period code: ${code}`);
  const { start, end } = periodMonths(period);
  return { start: new Date(Date.UTC(start[0], start[1] - 1, 1)), end: new Date(Date.UTC(end[0], end[1], 1)) };
}

function timeAxis(rows: readonly HistoryRow[], compact: boolean) {
  if (rows.length === 0) throw new Error('barometer history: no rows');
  const domain: [Date, Date] = [quarterSpan(rows[0]!.period).start, quarterSpan(rows.at(-1)!.period).end];
  const ticks = yearTicks(domain, compact ? 4 : 8);
  return { type: 'utc' as const, domain, ticks: ticks.ticks, tickFormat: ticks.format, label: null, tickSize: 5 };
}

/**
 * B per quarter as a line, with the weather of each quarter as a coloured strip beneath the plot (the strip
 * repeats what the line shows: above or below 0, rising or falling; the page's key and table name it in words).
 */
export function barometerHistoryChart(rows: readonly HistoryRow[], options: HistoryChartOptions): Plot.PlotOptions {
  const { width, compact } = options;
  const height = options.height ?? (compact ? 280 : 320);
  const fontSize = fonts.chartFontSize;
  const levels = rows.map((r) => r.level);
  const y = scaleLinear()
    .domain([Math.min(0, ...levels), Math.max(0, ...levels)])
    .nice(compact ? 4 : 6);
  const [low, high] = y.domain() as [number, number];
  const ticks = y.ticks(compact ? 4 : 6);
  const tickFormat = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
  // The strip sits below the lowest tick, in data units: 12 px tall, 8 px under the plot.
  const marginTop = 28;
  const marginBottom = 30;
  const perPixel = (high - low) / (height - marginTop - marginBottom - 20);
  const strip = { top: low - 8 * perPixel, bottom: low - 20 * perPixel };
  const dated = rows.map((r) => ({ ...r, date: periodDate(r.period), ...quarterSpan(r.period) }));
  const highlighted = dated.filter((r) => r.period === options.highlight);

  return {
    width,
    height,
    marginTop,
    marginRight: 16,
    marginBottom,
    marginLeft: Math.max(textWidth('weer', fontSize), ...ticks.map((t) => textWidth(tickFormat(t), fontSize))) + 14,
    style: { fontSize: `${fontSize}px` },
    x: timeAxis(rows, compact),
    y: {
      domain: [strip.bottom, high],
      ticks,
      tickFormat,
      grid: true,
      label: 'MKBarometer (B)',
      labelArrow: 'none',
      labelAnchor: 'top',
      tickSize: 0,
    },
    marks: [
      Plot.ruleY([0], { stroke: colors.textMuted, strokeWidth: 1 }),
      Plot.rect(
        dated.filter((r) => r.weather !== null),
        {
          x1: 'start',
          x2: 'end',
          y1: strip.bottom,
          y2: strip.top,
          fill: (r: HistoryRow) => weatherColour[r.weather!],
          inset: 0,
          shapeRendering: 'crispEdges',
        },
      ),
      Plot.text(['weer'], {
        x: dated[0]!.start,
        y: (strip.top + strip.bottom) / 2,
        text: (d: string) => d,
        textAnchor: 'end',
        dx: -9,
        fill: colors.text,
        fontSize,
      }),
      Plot.line(dated, { x: 'date', y: 'level', stroke: categorical[0], strokeWidth: 1.75 }),
      Plot.dot(highlighted, { x: 'date', y: 'level', r: 5, fill: colors.text, stroke: colors.background, strokeWidth: 1.5 }),
    ],
  };
}

/**
 * How many indicators each quarter's reading rests on, as bars (0–12), with the gauge's minimum as a dashed
 * rule when given.
 */
export function barometerUsedChart(
  rows: readonly HistoryRow[],
  options: HistoryChartOptions & { of: number; minimum?: number },
): Plot.PlotOptions {
  const { width, compact, of } = options;
  const height = options.height ?? 150;
  const fontSize = fonts.chartFontSize;
  const ticks = [0, Math.round(of / 3), Math.round((2 * of) / 3), of];
  const dated = rows.map((r) => ({ ...r, ...quarterSpan(r.period) }));
  const minimum = options.minimum;
  return {
    width,
    height,
    marginTop: 28,
    marginRight: 16,
    marginBottom: 30,
    marginLeft: Math.max(...ticks.map((t) => textWidth(String(t), fontSize))) + 14,
    style: { fontSize: `${fontSize}px` },
    x: timeAxis(rows, compact),
    y: {
      domain: [0, of],
      ticks,
      tickFormat: (v: number) => formatNumber(v, 0),
      grid: true,
      label: `Aantal indicatoren (van de ${of})`,
      labelArrow: 'none',
      labelAnchor: 'top',
      tickSize: 0,
    },
    marks: [
      Plot.rect(dated, { x1: 'start', x2: 'end', y1: 0, y2: 'used', fill: categorical[7], inset: 0, shapeRendering: 'crispEdges' }),
      Plot.rect(
        dated.filter((r) => r.period === options.highlight),
        { x1: 'start', x2: 'end', y1: 0, y2: 'used', fill: colors.text, inset: 0 },
      ),
      ...(minimum === undefined
        ? []
        : [
            Plot.ruleY([minimum], { stroke: colors.text, strokeWidth: 1.5, strokeDasharray: '4,3' }),
            Plot.text([`drempel van de meter: ${minimum}`], {
              x: dated[0]!.start,
              y: minimum,
              text: (d: string) => d,
              textAnchor: 'start',
              dy: -9,
              dx: 4,
              fill: colors.text,
              fontSize,
              stroke: colors.background,
              strokeWidth: 3,
              paintOrder: 'stroke',
            }),
          ]),
    ],
  };
}
