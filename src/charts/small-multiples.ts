import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { type ChartFrame, valueScale } from './frame.ts';
import { charWidth, textWidth } from './text-width.ts';
import { periodDate, yearTicks } from './time-axis.ts';

/** One small chart of the grid; `missing` ones have no points and say so. */
export interface PanelSpec {
  key: string;
  label: string;
  missing?: boolean;
}

/** One observation in one panel. */
export interface PanelPoint {
  panel: string;
  period: string;
  value: number;
}

export interface SmallMultiplesOptions extends ChartFrame {
  /** The panels in reading order (left to right, top to bottom). */
  panels: readonly PanelSpec[];
  /** Written in a panel the source has no figures for ("ontbreekt in deze bron"). */
  missingLabel: string;
  /** Panels per row in the wide variant (default 4); the narrow one has 2. */
  columns?: number;
  /** Include 0 in the shared value axis (counts); growth rates get a zero rule instead. */
  zero?: boolean;
  tickFormat?: (value: number) => string;
  /** The latest value's label at the end of each line. */
  formatValue?: (value: number) => string;
  /** Short unit above the first value axis ("aantal", "%"). */
  yLabel?: string;
}

/** Where a panel sits in the grid. */
function panelPosition(index: number, columns: number): { column: number; row: number } {
  return { column: index % columns, row: Math.floor(index / columns) };
}

/** Panels per row: 2 in the narrow variant, else as the options say (default 4). */
function panelColumns(options: Pick<SmallMultiplesOptions, 'columns' | 'compact'>): number {
  return options.compact ? 2 : (options.columns ?? 4);
}

/**
 * Small multiples: one small line chart per panel on one shared value scale and one time axis, so panels
 * compare by eye. A missing panel is drawn as a dashed outline with the missing label, never as a zero line.
 */
export function smallMultiples(rows: readonly PanelPoint[], options: SmallMultiplesOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('smallMultiples: no rows');
  const { width, compact, panels } = options;
  const columns = panelColumns(options);
  const fontSize = fonts.chartFontSize;
  const place = new Map(panels.map((p, i) => [p.key, { ...p, ...panelPosition(i, columns) }]));
  const gridRows = Math.ceil(panels.length / columns);
  const points = rows.map((row) => {
    const panel = place.get(row.panel);
    if (!panel) throw new Error(`smallMultiples: no panel ${row.panel}`);
    return { ...row, date: periodDate(row.period), fx: panel.column, fy: panel.row };
  });

  const values = points.map((d) => d.value);
  const low = Math.min(...values, ...(options.zero ? [0] : []));
  const high = Math.max(...values, ...(options.zero ? [0] : []));
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice(3);
  const [y0, y1] = y.domain() as [number, number];
  const tickFormat = options.tickFormat ?? ((v: number) => formatNumber(v));
  const marginLeft = Math.max(...y.ticks(3).map((t) => textWidth(tickFormat(t), fontSize))) + 10;
  // A title wider than its panel goes on two lines; the panels then leave more headroom above the lines.
  const panelWidth = ((width - marginLeft - 8) / columns) * (1 - facetPadding) - 8;
  const titleOf = (label: string) => (textWidth(label, fontSize, charWidth.bandHeading) <= panelWidth ? label : wrap(label));
  const twoLines = panels.some((p) => titleOf(p.label).includes('\n'));
  const yDomain: [number, number] = [y0, y1 + (y1 - y0) * (twoLines ? 0.6 : 0.3)];
  const yTicks = y.ticks(3);
  const dates = points.map((d) => d.date.getTime());
  const xDomain: [Date, Date] = [new Date(Math.min(...dates)), new Date(Math.max(...dates))];
  const x = yearTicks(xDomain, 3);

  const panelHeight = compact ? 120 : 110;
  const marginTop = options.yLabel ? 22 : 6;
  const marginBottom = 26;
  const ends = [...place.values()].flatMap((panel) => {
    const own = points.filter((d) => d.panel === panel.key);
    const last = own.reduce<(typeof own)[number] | undefined>((a, d) => (!a || d.date > a.date ? d : a), undefined);
    return last ? [last] : [];
  });
  const titles = [...place.values()].map((p) => ({ ...p, title: titleOf(p.label), fx: p.column, fy: p.row }));
  const missing = titles.filter((p) => p.missing);
  const format = options.formatValue ?? tickFormat;

  return {
    width,
    height: marginTop + marginBottom + gridRows * panelHeight,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight: 8,
    style: { fontSize: `${fontSize}px` },
    fx: { domain: range(columns), axis: null, padding: facetPadding },
    fy: { domain: range(gridRows), axis: null, padding: facetPadding },
    x: { type: 'utc', domain: xDomain, ticks: x.ticks, tickFormat: x.format, label: null, tickSize: 4 },
    y: valueScale(yDomain, yTicks, tickFormat, options.yLabel),
    marks: [
      Plot.axisX({ ticks: x.ticks, tickFormat: x.format, tickSize: 4, facetAnchor: 'bottom-empty', label: null }),
      Plot.ruleY(y0 < 0 && y1 > 0 ? [0] : [], { stroke: colors.textMuted, strokeWidth: 1 }),
      Plot.line(points, { x: 'date', y: 'value', z: 'panel', fx: 'fx', fy: 'fy', stroke: colors.accent, strokeWidth: 1.75 }),
      Plot.dot(ends, { x: 'date', y: 'value', fx: 'fx', fy: 'fy', fill: colors.accent, r: 3 }),
      Plot.text(ends, {
        x: 'date',
        y: 'value',
        fx: 'fx',
        fy: 'fy',
        text: (d: (typeof ends)[number]) => format(d.value),
        textAnchor: 'end',
        dx: -5,
        dy: -9,
        fill: colors.text,
        fontSize,
        stroke: colors.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.rect(missing, {
        fx: 'fx',
        fy: 'fy',
        x1: () => xDomain[0],
        x2: () => xDomain[1],
        y1: () => yDomain[0],
        y2: () => yDomain[1],
        fill: colors.background,
        stroke: colors.textMuted,
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.text(missing, {
        fx: 'fx',
        fy: 'fy',
        frameAnchor: 'middle',
        text: () => wrap(options.missingLabel),
        fill: colors.textMuted,
        fontSize,
        dy: 8,
      }),
      Plot.text(titles, {
        fx: 'fx',
        fy: 'fy',
        frameAnchor: 'top-left',
        text: 'title',
        lineHeight: 1.1,
        dx: 4,
        dy: 4,
        lineAnchor: 'top',
        textAnchor: 'start',
        fontWeight: 700,
        fill: colors.text,
        fontSize,
      }),
    ],
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const facetPadding = 0.12;

/** A text in two lines of about equal length (the missing label, a long panel title). */
function wrap(text: string): string {
  const middle = text.indexOf(' ', Math.floor(text.length / 2) - 3);
  return middle > 0 ? `${text.slice(0, middle)}\n${text.slice(middle + 1)}` : text;
}
