import { describe, expect, test } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.ts';
import { formatNumber } from '../../src/format/number.ts';
import { render } from './render.ts';

const rows = [
  { key: 'a', label: '0–10 werkzame personen', value: 67.6, series: 'a' },
  { key: 'b', label: '10–100 werkzame personen', value: 107, series: 'b' },
  { key: 'c', label: '100 of meer werkzame personen', value: 242.2, series: 'c' },
];

describe('barChart', () => {
  test('latest period by size class, coloured by series, wide', async () => {
    const options = barChart(rows, {
      width: 640,
      compact: false,
      formatValue: (v) => formatNumber(v, 1),
      series: rows.map((r) => ({ key: r.key, label: r.label })),
    });
    await expect(render(options, 'bar-wide')).toMatchFileSnapshot('__snapshots__/bar-chart-wide.svg');
  });

  test('grouped rows with negative values and a provisional bar, narrow', async () => {
    const grouped = [
      { key: 'x1', label: 'Kleinbedrijf', value: -0.8, group: '2018' },
      { key: 'x2', label: 'Middenbedrijf', value: 4.6, group: '2018' },
      { key: 'y1', label: 'Middenbedrijf', value: -7, group: '2023', provisional: true },
    ];
    await expect(render(barChart(grouped, { width: 360, compact: true }), 'bar-narrow')).toMatchFileSnapshot(
      '__snapshots__/bar-chart-grouped-narrow.svg',
    );
  });
});
