import { describe, expect, test } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { periodDate } from '../../../src/charts/time-axis.ts';
import { chartOverlay, overlayLayout, overlayStyle, pointStyle } from '../../../src/lib/pages/overlay.ts';
import { renderSvg } from '../../../src/lib/pages/render-svg.ts';

const periods = ['2024KW01', '2024KW02', '2024KW03', '2024KW04'];
const lineRows = periods.map((period, i) => ({ series: 's', period, value: 10 + i }));
const render = (width: number) =>
  renderSvg(lineChart(lineRows, { width, compact: width < 600, series: [{ key: 's', label: 'S' }] }), {
    id: `o-${width}`,
    title: 'T',
    description: 'D',
  }).scales;
const targets = periods.map((p) => ({ x: periodDate(p), label: p }));

describe('overlayLayout', () => {
  test('a column per period, in time order, inside the plot area', () => {
    const layout = overlayLayout([...targets].reverse(), render(640));
    expect(layout.mode).toBe('column');
    expect(layout.labels).toEqual(periods);
    for (const [i, x] of layout.at.entries()) {
      expect(x).toBeGreaterThanOrEqual(layout.area.left);
      expect(x).toBeLessThanOrEqual(layout.area.left + layout.area.width);
      if (i > 0) expect(x).toBeGreaterThan(layout.at[i - 1]!);
    }
    expect(layout.area.top + layout.area.height).toBeLessThanOrEqual(100);
  });

  test('a row per bar, one band high, the next row below', () => {
    const bars = [
      { key: 'a', label: 'A', value: 1 },
      { key: 'b', label: 'B', value: 2 },
    ];
    const { scales } = renderSvg(barChart(bars, { width: 360, compact: true }), { id: 'b', title: 'T', description: 'D' });
    const layout = overlayLayout(
      bars.map((b) => ({ y: b.key, label: b.label })),
      scales,
    );
    expect(layout.mode).toBe('row');
    expect(layout.at).toHaveLength(2);
    expect(layout.at[1]!).toBeGreaterThanOrEqual(layout.at[0]! + layout.area.band - 0.01);
  });
});

describe('chartOverlay', () => {
  test('one point per target with its place in both renderings, written into custom properties', () => {
    const overlay = chartOverlay(overlayLayout(targets, render(640)), overlayLayout(targets, render(360)), 'o')!;
    expect(overlay.points.map((p) => p.label)).toEqual(periods);
    // The narrow rendering has relatively wider margins: its places differ from the wide ones.
    expect(overlay.points.some((p) => p.wide !== p.narrow)).toBe(true);
    expect(pointStyle(overlay, overlay.points[0]!)).toBe(`--x:${overlay.points[0]!.wide};--nx:${overlay.points[0]!.narrow}`);
    expect(overlayStyle(overlay)).toMatch(/^--l0:[\d.]+;--w0:[\d.]+;--t:[\d.]+;--h:[\d.]+;--bh:[\d.]+;--nl0:/);
  });

  test('no overlay without targets; renderings that disagree stop the build', () => {
    expect(chartOverlay(overlayLayout([], render(640)), overlayLayout([], render(360)), 'o')).toBeUndefined();
    expect(() => chartOverlay(overlayLayout(targets, render(640)), overlayLayout(targets.slice(1), render(360)), 'o')).toThrow(
      /different points/,
    );
  });
});
