import { describe, expect, test } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { smallMultiples } from '../../../src/charts/small-multiples.ts';
import { tileMap } from '../../../src/charts/tile-map.ts';
import { periodDate } from '../../../src/charts/time-axis.ts';
import { overlayPoints } from '../../../src/lib/pages/overlay.ts';
import { renderSvg } from '../../../src/lib/pages/render-svg.ts';

describe('overlayPoints', () => {
  test('a column per period, adjacent and inside the plot, anchored at the period', () => {
    const periods = ['2024KW01', '2024KW02', '2024KW03', '2024KW04'];
    const rows = periods.map((period, i) => ({ series: 's', period, value: 10 + i }));
    const { scales } = renderSvg(lineChart(rows, { width: 640, compact: false, series: [{ key: 's', label: 'S' }] }), {
      id: 'o',
      title: 'T',
      description: 'D',
    });
    const points = overlayPoints(
      periods.map((p) => ({ x: periodDate(p), label: p })),
      scales,
    );
    expect(points.map((p) => p.label)).toEqual(periods);
    for (const [i, p] of points.entries()) {
      expect(p.mode).toBe('column');
      expect(p.cx).toBeGreaterThanOrEqual(p.left);
      expect(p.cx).toBeLessThanOrEqual(p.left + p.width);
      if (i > 0) expect(p.left).toBeCloseTo(points[i - 1]!.left + points[i - 1]!.width, 1);
      expect(p.left + p.width).toBeLessThanOrEqual(100);
    }
  });

  test('a row per bar, one band high', () => {
    const bars = [
      { key: 'a', label: 'A', value: 1 },
      { key: 'b', label: 'B', value: 2 },
    ];
    const { scales } = renderSvg(barChart(bars, { width: 360, compact: true }), { id: 'b', title: 'T', description: 'D' });
    const points = overlayPoints(
      bars.map((b) => ({ y: b.key, label: b.label })),
      scales,
    );
    expect(points).toHaveLength(2);
    expect(points[1]!.top).toBeCloseTo(points[0]!.top + points[0]!.height, 1);
    expect(points.every((p) => p.mode === 'row')).toBe(true);
  });

  test('a cell per tile, one tile wide and high, a link where the target has one', () => {
    const tiles = [
      { key: 'a', label: 'A', column: 0, row: 0, value: 1 },
      { key: 'b', label: 'B', column: 1, row: 1, value: null },
    ];
    const { scales } = renderSvg(tileMap(tiles, { width: 360, compact: true, legendTitle: 'T', missingLabel: 'ontbreekt' }), {
      id: 't',
      title: 'T',
      description: 'D',
    });
    const points = overlayPoints(
      tiles.map((t) => ({ cell: { column: t.column, row: t.row }, label: t.label, href: `/regio/${t.key}/` })),
      scales,
    );
    expect(points.map((p) => [p.mode, p.href])).toEqual([
      ['cell', '/regio/a/'],
      ['cell', '/regio/b/'],
    ]);
    expect(points[1]!.left).toBeCloseTo(points[0]!.left + points[0]!.width, 1);
    expect(points[1]!.top).toBeCloseTo(points[0]!.top + points[0]!.height, 1);
  });

  test('a cell per panel of small multiples, on the facet scales of the rendering (two columns narrow)', () => {
    const panels = ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() }));
    const rows = panels.map((p) => ({ panel: p.key, period: '2021KW01', value: 3 }));
    const { scales } = renderSvg(smallMultiples(rows, { width: 360, compact: true, panels, missingLabel: 'x' }), {
      id: 's',
      title: 'T',
      description: 'D',
    });
    const points = overlayPoints(
      [0, 1, 2].map((i) => ({ panel: i, label: String(i) })),
      scales,
    );
    expect(points).toHaveLength(3);
    expect(points[1]!.left).toBeGreaterThan(points[0]!.left + points[0]!.width - 0.01);
    expect(points[2]!.top).toBeGreaterThan(points[0]!.top + points[0]!.height - 0.01);
    expect(points.every((p) => p.mode === 'cell' && p.href === undefined)).toBe(true);
  });
});
