import { describe, expect, test } from 'vitest';
import { type LinePoint, lineChart } from '../../src/charts/line-chart.ts';
import { render } from './render.ts';

const months = ['2025MM10', '2025MM11', '2025MM12', '2026MM01', '2026MM02', '2026MM03', '2026MM04', '2026MM05'];
const rows: LinePoint[] = [
  ...months.map((period, i) => ({ series: 'bedrijven', period, value: [310, 280, 295, 330, 301, 288, 303, 292][i]!, provisional: i >= 6 })),
  ...months.map((period, i) => ({ series: 'eenmanszaken', period, value: [40, 35, 38, 41, 33, 30, 31, 28][i]!, provisional: i >= 6 })),
];
const series = [
  { key: 'bedrijven', label: 'Bedrijven en instellingen' },
  { key: 'eenmanszaken', label: 'Eenmanszaken' },
  { key: 'mkb', label: 'Mkb (los cijfer)' },
];

describe('lineChart', () => {
  test('two series with provisional months and a reference point, wide', async () => {
    const options = lineChart(rows, {
      width: 640,
      compact: false,
      series,
      zero: true,
      yLabel: 'aantal',
      references: [{ series: 'mkb', period: '2026MM01', value: 150 }],
      formatValue: String,
    });
    await expect(render(options, 'line-wide')).toMatchFileSnapshot('__snapshots__/line-chart-wide.svg');
  });

  test('narrow variant: no direct labels, fewer ticks', async () => {
    const options = lineChart(rows, { width: 360, compact: true, series, zero: true });
    const svg = render(options, 'line-narrow');
    expect(svg).not.toContain('Eenmanszaken</text>');
    await expect(svg).toMatchFileSnapshot('__snapshots__/line-chart-narrow.svg');
  });

  test('balances around zero get a zero rule and no forced zero baseline', async () => {
    const quarters = ['2024KW01', '2024KW02', '2024KW03', '2024KW04', '2025KW01'];
    const options = lineChart(
      quarters.map((period, i) => ({ series: 'saldo', period, value: [-4, -2.5, 1, 3.2, -0.4][i]! })),
      { width: 640, compact: false, series: [{ key: 'saldo', label: 'Saldo' }] },
    );
    await expect(render(options, 'line-balance')).toMatchFileSnapshot('__snapshots__/line-chart-balance.svg');
  });

  test('refuses empty rows', () => {
    expect(() => lineChart([], { width: 640, compact: false, series })).toThrow(/no rows/);
  });
});
