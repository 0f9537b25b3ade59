import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { type BandRow, bandFrame, bandLayout, markInset, markOffset, valueDomain } from './band-layout.ts';
import { type ChartFrame, type SeriesSpec, styleBySeries } from './frame.ts';

/** One bar: a category (size class, sector) in one period. */
export interface BarRow extends BandRow {
  value: number;
  /** Colours the bar when `series` is given (e.g. size class within a sector group). */
  series?: string;
  provisional?: boolean;
}

export interface BarChartOptions extends ChartFrame {
  /** Value label at the end of each bar. */
  formatValue?: (value: number) => string;
  /** Colour bars by series (and name them in the page's key); otherwise all bars share the first colour. */
  series?: readonly SeriesSpec[];
}

/**
 * Horizontal bars with the category label above each bar and the value at its end; rows keep the order
 * given (sort before calling). Provisional bars are drawn open (outline only) and say so in their label.
 */
export function barChart(rows: readonly BarRow[], options: BarChartOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('barChart: no rows');
  const format = options.formatValue ?? ((v: number) => formatNumber(v));
  const style = styleBySeries(options.series ?? []);
  const data = rows.map((row) => ({
    ...row,
    color: style(row.series ?? '').color,
    text: `${format(row.value)}${row.provisional ? ' (voorlopig)' : ''}`,
  }));
  const marginTop = 6;
  const marginBottom = 6;
  const marginLeft = 4;
  const marginRight = 8;
  const layout = bandLayout(rows, { marginTop, marginBottom, width: options.width - marginLeft - marginRight });
  const domain = valueDomain(
    data.map((d) => d.value),
    data.map((d) => d.text),
    options.width - marginLeft - marginRight,
  );
  const fontSize = fonts.chartFontSize;
  return {
    ...bandFrame(options.width, { top: marginTop, bottom: marginBottom, left: marginLeft, right: marginRight }, layout),
    x: { domain, axis: null },
    marks: [
      Plot.barX(
        data.filter((d) => !d.provisional),
        { x: 'value', y: 'key', fill: 'color', insetTop: markInset.top, insetBottom: markInset.bottom },
      ),
      Plot.barX(
        data.filter((d) => d.provisional),
        {
          x: 'value',
          y: 'key',
          stroke: 'color',
          fill: colors.background,
          strokeWidth: 1.5,
          strokeDasharray: '4,3',
          insetTop: markInset.top + 1,
          insetBottom: markInset.bottom + 1,
        },
      ),
      Plot.ruleX([0], { stroke: colors.textMuted }),
      ...layout.marks,
      Plot.text(
        data.filter((d) => d.value >= 0),
        { x: 'value', y: 'key', text: 'text', dy: markOffset, dx: 5, textAnchor: 'start', fontSize, fill: colors.text },
      ),
      Plot.text(
        data.filter((d) => d.value < 0),
        { x: 'value', y: 'key', text: 'text', dy: markOffset, dx: -5, textAnchor: 'end', fontSize, fill: colors.text },
      ),
    ],
  };
}
