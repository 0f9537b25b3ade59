import { describe, expect, test } from 'vitest';
import { type AreaPoint, areaChart } from '../../src/charts/area-chart.ts';
import { render } from './render.ts';

const quarters = ['2020KW01', '2020KW02', '2020KW03', '2020KW04', '2021KW01'];
const series = [
  { key: '1', label: '1 werkzame persoon' },
  { key: '2-10', label: '2–10 werkzame personen' },
  { key: '10+', label: '10 of meer werkzame personen' },
];
// Synthetic parts of a whole.
const rows: AreaPoint[] = series.flatMap((s, i) => quarters.map((period, q) => ({ series: s.key, period, value: (3 - i) * 100 + q * 10 })));

describe('areaChart', () => {
  test('parts stacked bottom first: wide', async () => {
    await expect(render(areaChart(rows, { width: 640, compact: false, series, yLabel: 'aantal' }), 'area-wide')).toMatchFileSnapshot(
      '__snapshots__/area-chart-wide.svg',
    );
  });

  test('narrow', async () => {
    await expect(render(areaChart(rows, { width: 360, compact: true, series }), 'area-narrow')).toMatchFileSnapshot(
      '__snapshots__/area-chart-narrow.svg',
    );
  });

  test('the value axis reaches the largest sum of the parts', () => {
    const options = areaChart(rows, { width: 640, compact: false, series });
    expect((options.y as { domain: [number, number] }).domain[1]).toBeGreaterThanOrEqual(600 + 3 * 40);
  });

  test('refuses a series it does not know, and empty rows', () => {
    expect(() => areaChart([{ series: 'x', period: '2020KW01', value: 1 }], { width: 640, compact: false, series })).toThrow(/series x/);
    expect(() => areaChart([], { width: 640, compact: false, series })).toThrow(/no rows/);
  });
});
