import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { lineChart } from '../../src/charts/line-chart.ts';
import { renderSvg } from '../../src/lib/pages/render-svg.ts';

const rows = ['2024JJ00', '2025JJ00'].map((period, i) => ({ series: 's', period, value: 10 + i }));
const options = lineChart(rows, { width: 360, compact: true, series: [{ key: 's', label: 'S' }] });

describe('renderSvg', () => {
  test('is deterministic: the same options give the same SVG, whatever was rendered before', () => {
    const first = renderSvg(options, { id: 'a', title: 'T', description: 'D' }).svg;
    renderSvg({ marks: [Plot.lineY([1, 2, 3], { clip: true })] }, { id: 'b', title: 'T', description: 'D' });
    expect(renderSvg(options, { id: 'a', title: 'T', description: 'D' }).svg).toBe(first);
  });

  test('gives the root role="img", a title and desc it is labelled by, and no Plot class', () => {
    const { svg } = renderSvg(options, { id: 'fig', title: 'Titel', description: 'Laatste waarde: 11.' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="fig-title fig-desc"');
    expect(svg).toContain('<title id="fig-title">Titel</title><desc id="fig-desc">Laatste waarde: 11.</desc>');
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
    expect(svg).not.toMatch(/\swidth="\d/);
  });

  test('every labelled group has role="group" and no number has float noise', () => {
    const { svg } = renderSvg(options, { id: 'fig', title: 'T', description: 'D' });
    const groups = svg.match(/<g [^>]*aria-label="[^"]*"[^>]*>/g) ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g).toContain('role="group"');
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  test('renumbers generated ids per chart', () => {
    const clipped = { ...options, marks: [Plot.lineY([1, 3, 2], { clip: true })] };
    const { svg } = renderSvg(clipped, { id: 'clip', title: 'T', description: 'D' });
    expect(svg).toMatch(/id="clip-1"/);
    expect(svg).toContain('url(#clip-1)');
  });

  test('refuses text below 12px at render width', () => {
    expect(() =>
      renderSvg(
        { ...options, marks: [Plot.text(['abc'], { text: (d: string) => d, frameAnchor: 'middle', fontSize: 10 })] },
        { id: 'small', title: 'T', description: 'D' },
      ),
    ).toThrow(/below 12px/);
  });
});
