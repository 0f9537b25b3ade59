import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { LinePoint } from '../../src/charts/line-chart.ts';
import { lineMultiplesChart } from '../../src/charts/line-multiples.ts';
import { render } from './render.ts';

const quarters = ['2022KW04', '2023KW01', '2023KW02', '2023KW03'];
const values: Record<string, number[]> = { g: [90, 95, 100, 98], i: [30, 35, 33, 31], b: [0.3, 0.4, 0.4, 0.3] };
const rows: LinePoint[] = Object.entries(values).flatMap(([series, v]) => quarters.map((period, i) => ({ series, period, value: v[i]! })));
const series = [
  { key: 'g', label: 'G Handel' },
  { key: 'i', label: 'I Horeca' },
  { key: 'b', label: 'B Delfstoffenwinning' },
];

const parse = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;

describe('lineMultiplesChart', () => {
  test('wide: two columns of panels, each titled, one shared value scale', async () => {
    const svg = render(lineMultiplesChart(rows, { width: 640, compact: false, series, yLabel: '× 1 000' }), 'multiples-wide');
    await expect(svg).toMatchFileSnapshot('__snapshots__/line-multiples-wide.svg');
    const document = parse(svg);
    const titles = [...document.querySelectorAll('text')].map((t) => t.textContent?.trim());
    for (const s of series) expect(titles).toContain(s.label);
    // One line per series, in its own panel.
    expect(document.querySelectorAll('g[aria-label="line"] path').length).toBe(3);
    // The shared scale: every panel's y ticks say the same (0 and the top of the highest series).
    const ticks = [...document.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent?.trim());
    expect(new Set(ticks)).toEqual(new Set(['0', '100']));
  });

  test('narrow: one column, as tall as its panels', () => {
    const wide = lineMultiplesChart(rows, { width: 640, compact: false, series });
    const narrow = lineMultiplesChart(rows, { width: 360, compact: true, series });
    expect(narrow.height!).toBeGreaterThan(wide.height!);
  });

  test('rows of a series it was not given stop the build', () => {
    expect(() => lineMultiplesChart(rows, { width: 640, compact: false, series: series.slice(1) })).toThrow(/unknown series g/);
  });
});
