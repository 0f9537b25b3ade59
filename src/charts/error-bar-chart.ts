import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { type BandRow, bandFrame, bandLayout, markInset, markOffset, valueAxis, valueDomain } from './band-layout.ts';
import { type ChartFrame, type SeriesSpec, styleBySeries } from './frame.ts';

/** A survey estimate with its 95% margin (lower and upper bound; null where the source gives none). */
export interface ErrorBarRow extends BandRow {
  value: number;
  lower: number | null;
  upper: number | null;
  series: string;
}

export interface ErrorBarChartOptions extends ChartFrame {
  series: readonly SeriesSpec[];
  formatValue?: (value: number) => string;
  /** Upper end of the value axis when the values have a natural maximum (100 for percentages). */
  max?: number;
}

/**
 * Estimates as points with their 95% margins as horizontal rules with end ticks, one row each
 * (grouped under headings, e.g. a size class or a year), and the value beside the margin.
 */
export function errorBarChart(rows: readonly ErrorBarRow[], options: ErrorBarChartOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('errorBarChart: no rows');
  const format = options.formatValue ?? ((v: number) => formatNumber(v));
  const style = styleBySeries(options.series);
  const data = rows.map((row) => ({ ...row, ...style(row.series), text: format(row.value), end: row.upper ?? row.value }));
  const withMargin = data.filter((d) => d.lower !== null && d.upper !== null);
  const marginTop = 6;
  const marginBottom = 28;
  const marginLeft = 10;
  const marginRight = 10;
  const layout = bandLayout(rows, { marginTop, marginBottom, width: options.width - marginLeft - marginRight });
  const ends = data.map((d) => d.end);
  let domain = valueDomain(
    ends,
    data.map((d) => d.text),
    options.width - marginLeft - marginRight,
  );
  if (options.max !== undefined) domain = [domain[0], Math.min(domain[1], options.max)];
  const fontSize = fonts.chartFontSize;
  return {
    ...bandFrame(options.width, { top: marginTop, bottom: marginBottom, left: marginLeft, right: marginRight }, layout),
    x: valueAxis(domain, options.compact),
    marks: [
      Plot.ruleX([0], { stroke: colors.textMuted }),
      ...layout.marks,
      Plot.ruleY(withMargin, { y: 'key', x1: 'lower', x2: 'upper', dy: markOffset, stroke: 'color', strokeWidth: 1.5 }),
      Plot.tickX(withMargin, { x: 'lower', y: 'key', ...endTick }),
      Plot.tickX(withMargin, { x: 'upper', y: 'key', ...endTick }),
      Plot.dot(data, {
        x: 'value',
        y: 'key',
        dy: markOffset,
        fill: 'color',
        symbol: 'symbol',
        r: 5,
        stroke: colors.background,
        strokeWidth: 1,
      }),
      Plot.text(data, { x: 'end', y: 'key', text: 'text', dy: markOffset, dx: 9, textAnchor: 'start', fontSize, fill: colors.text }),
    ],
  };
}

// The end ticks of a margin: centred on the mark's line within the band (see band-layout.ts).
const endTick = { stroke: 'color', strokeWidth: 1.5, insetTop: markInset.top + 2, insetBottom: markInset.bottom + 2 } as const;
