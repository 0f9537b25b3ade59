import { describe, expect, test } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { smallMultiples } from '../../../src/charts/small-multiples.ts';
import { tileMap } from '../../../src/charts/tile-map.ts';
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
    const layout = overlayLayout(
      tiles.map((t) => ({ cell: { column: t.column, row: t.row }, label: t.label, href: `/regio/${t.key}/` })),
      scales,
    );
    expect(layout.mode).toBe('cell');
    expect(layout.hrefs).toEqual(['/regio/a/', '/regio/b/']);
    const [a, b] = layout.boxes;
    expect(b!.left).toBeCloseTo(a!.left + a!.width, 1);
    expect(b!.top).toBeCloseTo(a!.top + a!.height, 1);
    // Both renderings' boxes go into one point: a link with the tile's place in each.
    const overlay = chartOverlay(layout, layout, 't')!;
    expect(overlay.points.map((p) => p.href)).toEqual(['/regio/a/', '/regio/b/']);
    expect(pointStyle(overlay, overlay.points[0]!)).toBe(
      `--cl:${a!.left};--ct:${a!.top};--cw:${a!.width};--ch:${a!.height};--ncl:${a!.left};--nct:${a!.top};--ncw:${a!.width};--nch:${a!.height}`,
    );
  });

  test('a cell per panel of small multiples, on the facet scales of the rendering (two columns narrow)', () => {
    const panels = ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() }));
    const rows = panels.map((p) => ({ panel: p.key, period: '2021KW01', value: 3 }));
    const { scales } = renderSvg(smallMultiples(rows, { width: 360, compact: true, panels, missingLabel: 'x' }), {
      id: 's',
      title: 'T',
      description: 'D',
    });
    const layout = overlayLayout(
      [0, 1, 2].map((i) => ({ panel: i, label: String(i) })),
      scales,
    );
    const points = layout.boxes;
    expect(layout.mode).toBe('cell');
    expect(points).toHaveLength(3);
    expect(points[1]!.left).toBeGreaterThan(points[0]!.left + points[0]!.width - 0.01);
    expect(points[2]!.top).toBeGreaterThan(points[0]!.top + points[0]!.height - 0.01);
    expect(layout.hrefs.every((href) => href === undefined)).toBe(true);
  });
});
