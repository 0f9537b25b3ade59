import { tickStep } from 'd3';
import { formatNumber } from '../format/number.ts';
import { sequential } from '../styles/tokens.ts';

/**
 * A quantized colour scale: round class boundaries and one colour of the sequential ramp per class.
 * Continuous colour scales need canvas for their legend under linkedom, and a reader compares a few
 * classes more reliably than shades; the values themselves are always written beside the colour.
 */
export interface ThresholdScale {
  /** Ascending class boundaries: a value below thresholds[0] is in class 0, one at or above the last in the last class. */
  thresholds: number[];
  /** One colour per class (thresholds.length + 1), light to dark. */
  colors: string[];
}

/**
 * Round boundaries from 0 to the largest value (every 10, 20, 50 … as d3's ticks choose them), at most
 * `sequential.length` classes, the ramp's colours spread over them.
 */
export function thresholdScale(values: readonly number[]): ThresholdScale {
  const high = Math.max(0, ...values);
  const most = sequential.length;
  // The finest round step that leaves at most `most` classes below the largest value.
  let step = 0;
  for (let count = most; count >= 1 && high > 0; count--) {
    step = tickStep(0, high, count);
    if (Math.ceil(high / step) <= most) break;
  }
  const thresholds: number[] = [];
  for (let t = step; step > 0 && t < high; t += step) thresholds.push(t);
  const classes = thresholds.length + 1;
  const colors = Array.from({ length: classes }, (_, i) => sequential[classes === 1 ? 0 : Math.round((i * (most - 1)) / (classes - 1))]!);
  return { thresholds, colors };
}

/** The class a value falls in. */
export function thresholdClass(scale: ThresholdScale, value: number): number {
  const found = scale.thresholds.findIndex((t) => value < t);
  return found < 0 ? scale.thresholds.length : found;
}

/** "minder dan 20", "20 tot 40", "60 of meer": each class in words, via src/format. */
export function thresholdLabels(scale: ThresholdScale, format: (value: number) => string = (v) => formatNumber(v)): string[] {
  const { thresholds } = scale;
  if (thresholds.length === 0) return ['alle waarden'];
  return [
    `minder dan ${format(thresholds[0]!)}`,
    ...thresholds.slice(1).map((t, i) => `${format(thresholds[i]!)} tot ${format(t)}`),
    `${format(thresholds.at(-1)!)} of meer`,
  ];
}
