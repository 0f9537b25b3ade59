import type { KeyFigure } from '../../figures/figure-spec.ts';

/**
 * The machine-readable identity of a lead sentence and its key figure, as data-* attributes: which number it
 * states (dataset, series, period, value), which one it compares with, how, and which way is better. The dist
 * tests read the sentence back against src/generated with them.
 */
export function keyFigureAttributes(key: KeyFigure): Record<string, string> {
  return {
    'data-dataset': key.data.dataset,
    'data-series': key.data.series,
    'data-period': key.data.period,
    'data-value': String(key.data.value),
    'data-status': key.status,
    'data-better': key.better,
    // A derived number names the published numbers it is computed from, as its table cell does.
    ...(key.data.derived ? { 'data-derived': JSON.stringify(key.data.derived) } : {}),
    ...(key.previous ? { 'data-previous-period': key.previous.period, 'data-previous-value': String(key.previous.value) } : {}),
    ...(key.comparison ? { 'data-measure': key.comparison.measure } : {}),
  };
}
