import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { type BandRow, bandFrame, bandLayout, markOffset, valueAxis, valueDomain } from './band-layout.ts';
import { type ChartFrame, type SeriesSpec, styleBySeries } from './frame.ts';

/** One single published figure: a point, labelled with what and when. */
export interface DotRow extends BandRow {
  value: number;
  series: string;
}

export interface DotChartOptions extends ChartFrame {
  series: readonly SeriesSpec[];
  formatValue?: (value: number) => string;
}

/**
 * Sparse single figures as points on a value axis, one row each, with a label above and the value beside
 * the point. No line joins them: the figures are not a continuous series.
 */
export function dotChart(rows: readonly DotRow[], options: DotChartOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('dotChart: no rows');
  const format = options.formatValue ?? ((v: number) => formatNumber(v));
  const style = styleBySeries(options.series);
  const data = rows.map((row) => ({ ...row, ...style(row.series), text: format(row.value) }));
  const marginTop = 6;
  const marginBottom = 28;
  const marginLeft = 10;
  const marginRight = 10;
  const layout = bandLayout(rows, { marginTop, marginBottom, width: options.width - marginLeft - marginRight });
  const domain = valueDomain(
    data.map((d) => d.value),
    data.map((d) => d.text),
    options.width - marginLeft - marginRight,
  );
  const fontSize = fonts.chartFontSize;
  return {
    ...bandFrame(options.width, { top: marginTop, bottom: marginBottom, left: marginLeft, right: marginRight }, layout),
    x: valueAxis(domain, options.compact),
    marks: [
      Plot.ruleX([0], { stroke: colors.textMuted }),
      ...layout.marks,
      Plot.dot(data, { x: 'value', y: 'key', dy: markOffset, fill: 'color', symbol: 'symbol', r: 5 }),
      Plot.text(
        data.filter((d) => d.value >= 0),
        { x: 'value', y: 'key', text: 'text', dy: markOffset, dx: 9, textAnchor: 'start', fontSize, fill: colors.text },
      ),
      Plot.text(
        data.filter((d) => d.value < 0),
        { x: 'value', y: 'key', text: 'text', dy: markOffset, dx: -9, textAnchor: 'end', fontSize, fill: colors.text },
      ),
    ],
  };
}
