import { parseHTML } from 'linkedom';
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

  test('the end point of every series is visible, also the eighth (a stroke-only symbol)', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ key: `s${i}`, label: `Reeks ${i + 1}` }));
    const svg = render(
      lineChart(
        eight.flatMap((s, i) => months.map((period, m) => ({ series: s.key, period, value: 10 * i + m }))),
        { width: 640, compact: false, series: eight },
      ),
      'line-eight',
    );
    const { document } = parseHTML(svg);
    // Plot draws a dot mark as a group of paths; a mark is visible when its path or group has a fill or a stroke.
    const visible = (el: Element | null): boolean =>
      el !== null &&
      el.tagName.toLowerCase() !== 'svg' &&
      (['fill', 'stroke'].some((a) => (el.getAttribute(a) ?? 'none') !== 'none') || visible(el.parentElement));
    const dots = [...document.querySelectorAll('g[aria-label="dot"] path')];
    expect(dots.length).toBe(8);
    for (const dot of dots) {
      const fill = dot.getAttribute('fill') ?? dot.parentElement?.getAttribute('fill') ?? 'none';
      const stroke = dot.getAttribute('stroke') ?? dot.parentElement?.getAttribute('stroke') ?? 'none';
      // d3's 'times' has no area: only a stroke shows it.
      const area = !/^M[^A-Z]*L[^A-Z]*M[^A-Z]*L[^A-Z]*$/.test(dot.getAttribute('d') ?? '');
      expect(visible(dot)).toBe(true);
      expect(area ? fill !== 'none' || stroke !== 'none' : stroke !== 'none', dot.getAttribute('d') ?? '').toBe(true);
    }
  });

  test('refuses empty rows', () => {
    expect(() => lineChart([], { width: 640, compact: false, series })).toThrow(/no rows/);
  });

  test('reference labels cover no other dot or label and stay inside the plot', () => {
    // The published COEN balances of the ondernemersvertrouwen figure (two series, a few quarters each).
    const references: LinePoint[] = [
      { series: 'mkb', period: '2017KW01', value: 13 },
      { series: 'alle', period: '2017KW01', value: 14.7 },
      { series: 'mkb', period: '2017KW02', value: 15 },
      { series: 'alle', period: '2017KW02', value: 15.5 },
      { series: 'mkb', period: '2018KW01', value: 19.6 },
      { series: 'mkb', period: '2019KW02', value: 11.2 },
      { series: 'mkb', period: '2019KW03', value: 9.2 },
      { series: 'mkb', period: '2023KW01', value: 5 },
      { series: 'mkb', period: '2023KW02', value: 5.1 },
      { series: 'alle', period: '2023KW02', value: 7.5 },
    ];
    const svg = render(
      lineChart([], {
        width: 640,
        compact: false,
        series: [
          { key: 'mkb', label: 'Mkb' },
          { key: 'alle', label: 'Alle bedrijven' },
        ],
        references,
        formatValue: (v) => v.toFixed(1),
      }),
      'line-reference-labels',
    );
    const labels = [...svg.matchAll(/<text[^>]*>(\d+\.\d)<\/text>/g)].map((m) => m[1]);
    // Plot sets a text mark's anchor on its group.
    const startAnchored = [...svg.matchAll(/<g[^>]*text-anchor="start"[^>]*>(.*?)<\/g>/gs)].flatMap((g) =>
      [...g[1]!.matchAll(/>(\d+\.\d)<\/text>/g)].map((m) => m[1]),
    );
    // 15.0's label would cover 15.5's dot (the same quarter), 14.7's and 5.1's the labels or dots beside them:
    // those keep their value in the tooltip and the table. 13.0 at the left edge is anchored at its start.
    expect(labels.sort()).toEqual(['11.2', '13.0', '15.5', '19.6', '5.0', '7.5', '9.2']);
    expect(startAnchored).toEqual(['13.0']);
  });
});
