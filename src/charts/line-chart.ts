import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { colors, fonts, provisionalDash } from '../styles/tokens.ts';
import { type ChartFrame, type SeriesSpec, styleBySeries, valueScale } from './frame.ts';
import { textWidth } from './text-width.ts';
import { periodDate, yearTicks } from './time-axis.ts';

/** One observation of a long time series. */
export interface LinePoint {
  series: string;
  period: string;
  value: number;
  provisional?: boolean;
}

export interface LineChartOptions extends ChartFrame {
  /** Every series drawn, lines and reference points alike; the order fixes colour and symbol. */
  series: readonly SeriesSpec[];
  /** Single published figures drawn as dots beside the lines (never joined into a line). */
  references?: readonly LinePoint[];
  height?: number;
  /** Include 0 in the value axis (counts, amounts); off for indices and balances. */
  zero?: boolean;
  /** Short unit shown above the value axis ("aantal", "× 1 000", "%"). */
  yLabel?: string;
  tickFormat?: (value: number) => string;
  /** Text of a reference point's value label (wide variant only). */
  formatValue?: (value: number) => string;
}

type Datum = LinePoint & { date: Date; color: string; symbol: string };

/** Symbols d3 draws as strokes only ('times'): a fill leaves them invisible. */
const strokeOnly = (symbol: string) => symbol === 'times';

/**
 * A long time series: one line per series on a time axis at period midpoints. Provisional periods are
 * drawn as a dashed segment with open symbols; reference points as filled dots with a white edge;
 * in the wide variant the series are labelled at their ends.
 */
export function lineChart(rows: readonly LinePoint[], options: LineChartOptions): Plot.PlotOptions {
  const { width, compact, series } = options;
  const height = options.height ?? (compact ? 300 : 360);
  const style = styleBySeries(series);
  const fontSize = fonts.chartFontSize;
  const tickFormat = options.tickFormat ?? ((v: number) => formatNumber(v));
  const withStyle = (row: LinePoint): Datum => ({ ...row, date: periodDate(row.period), ...style(row.series) });
  const points = rows.map(withStyle);
  const references = (options.references ?? []).map(withStyle);
  const all = [...points, ...references];
  if (all.length === 0) throw new Error('lineChart: no rows');

  const values = all.map((d) => d.value);
  const low = Math.min(...values, ...(options.zero ? [0] : []));
  const high = Math.max(...values, ...(options.zero ? [0] : []));
  const y = scaleLinear()
    .domain([low, high === low ? low + 1 : high])
    .nice(compact ? 4 : 6);
  const yDomain = y.domain() as [number, number];
  const yTicks = y.ticks(compact ? 4 : 6);
  const dates = all.map((d) => d.date.getTime());
  const xDomain: [Date, Date] = [new Date(Math.min(...dates)), new Date(Math.max(...dates))];
  const x = yearTicks(xDomain, compact ? 5 : 8);

  const ends = lastPerSeries(points, series);
  const labelled = !compact && series.length > 0;
  const marginTop = options.yLabel ? 28 : 14;
  const marginBottom = 30;
  const marginLeft = Math.max(...yTicks.map((t) => textWidth(tickFormat(t), fontSize))) + 14;
  // Direct labels sit right of the line ends; reference points beyond an end would collide with them, and
  // then the page's key names the series instead.
  const pastEnds = ends.some((end) => references.some((r) => r.date > end.date));
  const endLabels = labelled && !pastEnds ? ends : [];
  const labelText = (key: string) => wrapLabel(labelOf(series, key));
  const lineCount = (key: string) => labelText(key).split('\n').length;
  const marginRight =
    endLabels.length > 0
      ? Math.max(
          ...endLabels.flatMap((d) =>
            labelText(d.series)
              .split('\n')
              .map((line) => textWidth(line, fontSize)),
          ),
        ) + 18
      : 16;
  const plotHeight = height - marginTop - marginBottom;
  const segments = splitByStatus(points, series);

  const marks: Plot.Markish[] = [
    Plot.ruleY(yDomain[0] < 0 && yDomain[1] > 0 ? [0] : [], { stroke: colors.textMuted, strokeWidth: 1 }),
    Plot.line(segments.solid, { x: 'date', y: 'value', z: 'segment', stroke: 'color', strokeWidth: 2, curve: 'linear' }),
    Plot.line(segments.dashed, { x: 'date', y: 'value', z: 'segment', stroke: 'color', strokeWidth: 2, strokeDasharray: provisionalDash }),
    Plot.dot(
      points.filter((d) => d.provisional),
      { x: 'date', y: 'value', stroke: 'color', fill: colors.background, symbol: 'symbol', r: 3.5, strokeWidth: 1.5 },
    ),
    Plot.dot(
      ends.filter((d) => !d.provisional && !strokeOnly(d.symbol)),
      { x: 'date', y: 'value', fill: 'color', symbol: 'symbol', r: 4 },
    ),
    Plot.dot(
      references.filter((d) => !strokeOnly(d.symbol)),
      { x: 'date', y: 'value', fill: 'color', symbol: 'symbol', r: 5, stroke: colors.background, strokeWidth: 1.5 },
    ),
    // A stroke-only symbol (d3's 'times', the eighth series) shows nothing when filled: draw it with its stroke.
    Plot.dot(
      [...ends.filter((d) => !d.provisional), ...references].filter((d) => strokeOnly(d.symbol)),
      { x: 'date', y: 'value', stroke: 'color', fill: 'none', symbol: 'symbol', r: 4.5, strokeWidth: 2 },
    ),
  ];
  if (labelled && options.formatValue && references.length > 0) {
    const format = options.formatValue;
    const toPixels = (d: Datum): [number, number] => [
      ((d.date.getTime() - xDomain[0].getTime()) / (xDomain[1].getTime() - xDomain[0].getTime() || 1)) * (width - marginLeft - marginRight),
      ((d.value - yDomain[0]) / (yDomain[1] - yDomain[0])) * plotHeight,
    ];
    const labels = placeLabels(references, toPixels, {
      plotWidth: width - marginLeft - marginRight,
      fontSize,
      text: (d) => format(d.value),
    });
    for (const anchor of ['start', 'middle', 'end'] as const) {
      marks.push(
        Plot.text(
          labels.filter((l) => l.anchor === anchor),
          {
            x: 'date',
            y: 'value',
            text: (d: Datum) => format(d.value),
            dy: -labelRise,
            textAnchor: anchor,
            fill: 'color',
            fontSize,
            stroke: colors.background,
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
      );
    }
  }
  if (endLabels.length > 0) {
    const unit = (yDomain[1] - yDomain[0]) / plotHeight;
    const placed = spreadLabels(
      endLabels.map((d) => ({ ...d, labelY: d.value, size: (lineCount(d.series) * (fontSize + 2) + 3) * unit })),
      yDomain,
    );
    marks.push(
      Plot.text(placed, {
        x: 'date',
        y: 'labelY',
        text: (d: Datum) => labelText(d.series),
        dx: 9,
        textAnchor: 'start',
        lineAnchor: 'middle',
        lineHeight: 1.1,
        fill: 'color',
        fontSize,
      }),
    );
  }

  return {
    width,
    height,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    style: { fontSize: `${fontSize}px` },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    x: { type: 'utc', domain: xDomain, ticks: x.ticks, tickFormat: x.format, label: null, tickSize: 5 },
    y: valueScale(yDomain, yTicks, tickFormat, options.yLabel),
    marks,
  };
}

/** How far a reference point's value label sits above the point (px, to the label's middle). */
const labelRise = 12;
/** The radius of a reference dot plus its white edge, and the space kept around a label (px). */
const dotReach = 6;
const labelGap = 2;

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;

/**
 * The reference points that get a value label, each with its anchor: a label never covers another label
 * or another point's dot, and never reaches past the plot's left or right edge (over the axis), so it is
 * anchored at its start near the left edge and at its end near the right. A point without a label keeps
 * its value in the tooltip and the table. Pixels from the plot's bottom left (`toPixels`).
 */
function placeLabels<T>(
  points: readonly T[],
  toPixels: (d: T) => [number, number],
  frame: { plotWidth: number; fontSize: number; text: (d: T) => string },
): (T & { anchor: 'start' | 'middle' | 'end' })[] {
  const at = points.map(toPixels);
  const dots: Box[] = at.map(([x, y]) => ({ left: x - dotReach, right: x + dotReach, bottom: y - dotReach, top: y + dotReach }));
  const placed: Box[] = [];
  return points.flatMap((d, i) => {
    const [x, y] = at[i]!;
    const w = textWidth(frame.text(d), frame.fontSize);
    const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > frame.plotWidth ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const middle = y + labelRise;
    const box = {
      left: left - labelGap,
      right: left + w + labelGap,
      bottom: middle - frame.fontSize / 2 - labelGap,
      top: middle + frame.fontSize / 2 + labelGap,
    };
    if (placed.some((other) => overlaps(box, other)) || dots.some((dot, j) => j !== i && overlaps(box, dot))) return [];
    placed.push(box);
    return [{ ...d, anchor }];
  });
}

function labelOf(series: readonly SeriesSpec[], key: string): string {
  return series.find((s) => s.key === key)?.label ?? key;
}

function lastPerSeries(points: Datum[], series: readonly SeriesSpec[]): Datum[] {
  const last = new Map<string, Datum>();
  for (const d of points) {
    const seen = last.get(d.series);
    if (!seen || seen.date < d.date) last.set(d.series, d);
  }
  return series.map((s) => last.get(s.key)).filter((d): d is Datum => d !== undefined);
}

/**
 * Solid runs through final periods; dashed runs through provisional periods, each starting at the
 * final period before it so the line stays connected.
 */
function splitByStatus(
  points: Datum[],
  series: readonly SeriesSpec[],
): { solid: (Datum & { segment: string })[]; dashed: (Datum & { segment: string })[] } {
  const solid: (Datum & { segment: string })[] = [];
  const dashed: (Datum & { segment: string })[] = [];
  for (const s of series) {
    const own = points.filter((d) => d.series === s.key).sort((a, b) => a.date.getTime() - b.date.getTime());
    let run = 0;
    own.forEach((d, i) => {
      const previous = own[i - 1];
      if (previous && Boolean(previous.provisional) !== Boolean(d.provisional)) run++;
      const segment = `${s.key}#${run}`;
      if (d.provisional) {
        if (previous && !previous.provisional) dashed.push({ ...previous, segment });
        dashed.push({ ...d, segment });
      } else solid.push({ ...d, segment });
    });
  }
  return { solid, dashed };
}

/** Moves end labels apart (in data units; `size` is a label's height) so none overlap, inside the domain. */
function spreadLabels<T extends { labelY: number; size: number }>(labels: T[], domain: [number, number]): T[] {
  const sorted = [...labels].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < sorted.length; i++) {
    const below = sorted[i - 1]!;
    const current = sorted[i]!;
    const gap = (below.size + current.size) / 2;
    if (current.labelY - below.labelY < gap) current.labelY = below.labelY + gap;
  }
  const overflow = (sorted.at(-1)?.labelY ?? 0) - domain[1];
  if (overflow > 0) for (const label of sorted) label.labelY -= overflow;
  return sorted;
}

/** An end label in at most two lines of about 16 characters, so the plot keeps most of the width. */
function wrapLabel(label: string): string {
  if (label.length <= 16) return label;
  const words = label.split(' ');
  let first = words.shift() ?? '';
  while (words.length > 0 && `${first} ${words[0]}`.length <= Math.max(16, Math.ceil(label.length / 2)))
    first = `${first} ${words.shift()}`;
  return words.length > 0 ? `${first}\n${words.join(' ')}` : first;
}
