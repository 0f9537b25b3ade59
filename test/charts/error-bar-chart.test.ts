import { describe, expect, test } from 'vitest';
import { errorBarChart } from '../../src/charts/error-bar-chart.ts';
import { render } from './render.ts';

const series = [
  { key: 'micro', label: 'Micro' },
  { key: 'klein', label: 'Klein' },
  { key: 'mkb', label: 'Mkb' },
];

describe('errorBarChart', () => {
  test('shares by size class and year with 95% margins; a row without margin gets no rule', async () => {
    const rows = [
      { key: 'm25', label: 'Micro', value: 13, lower: 10.9, upper: 15.1, series: 'micro', group: '2024/25' },
      { key: 'k25', label: 'Klein', value: 24.3, lower: 21.3, upper: 27.3, series: 'klein', group: '2024/25' },
      { key: 'b24', label: 'Mkb', value: 16, lower: null, upper: null, series: 'mkb', group: '2023/24' },
    ];
    const svg = render(errorBarChart(rows, { width: 640, compact: false, series, max: 100 }), 'errorbar');
    expect(svg.match(/aria-label="rule"/g)?.length).toBe(2); // the zero rule and one margin group
    await expect(svg).toMatchFileSnapshot('__snapshots__/error-bar-chart.svg');
  });
});
