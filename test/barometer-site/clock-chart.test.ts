// The clock chart function, rendered the way the pages render it (render-svg), against a stored SVG.
import { describe, expect, test } from 'vitest';
import { type ClockRow, clockChart } from '../../src/charts/clock-chart.ts';
import { renderSvg } from '../../src/lib/pages/render-svg.ts';
import { quadrant } from '../../src/styles/tokens.ts';

// A hand-made quarter: three indicators in three quadrants, each with a trail of two earlier quarters.
const rows: ClockRow[] = [
  { id: 'bbp', label: 'Bbp', period: '2022KW04', level: 0.2, change: 0.3, quadrant: 'green' },
  { id: 'bbp', label: 'Bbp', period: '2023KW01', level: 0.6, change: 0.4, quadrant: 'green' },
  { id: 'bbp', label: 'Bbp', period: '2023KW02', level: 0.9, change: 0.3, quadrant: 'green' },
  { id: 'omzet', label: 'Omzet', period: '2022KW04', level: 1.1, change: 0.2, quadrant: 'green' },
  { id: 'omzet', label: 'Omzet', period: '2023KW01', level: 0.8, change: -0.3, quadrant: 'orange' },
  { id: 'omzet', label: 'Omzet', period: '2023KW02', level: 0.4, change: -0.4, quadrant: 'orange' },
  {
    id: 'faillissementen',
    label: 'Faillissementen',
    compactLabel: 'Faill.',
    period: '2022KW04',
    level: -1.5,
    change: -0.5,
    quadrant: 'red',
  },
  {
    id: 'faillissementen',
    label: 'Faillissementen',
    compactLabel: 'Faill.',
    period: '2023KW01',
    level: -1.2,
    change: 0.3,
    quadrant: 'yellow',
  },
  {
    id: 'faillissementen',
    label: 'Faillissementen',
    compactLabel: 'Faill.',
    period: '2023KW02',
    level: -0.7,
    change: 0.5,
    quadrant: 'yellow',
  },
];

const prefix = (compact: boolean) => `clock-test-${compact ? 'narrow' : 'wide'}`;
const render = (compact: boolean) =>
  renderSvg(clockChart(rows, { width: compact ? 360 : 640, compact, period: '2023KW02' }), {
    id: prefix(compact),
    title: 'Conjunctuurklok, 2e kwartaal 2023',
    description: 'Drie indicatoren in drie kwadranten.',
  }).svg;

/**
 * render-svg already derives every id from the chart's id; replace that prefix (and any id Plot might still
 * number) so the stored SVG does not depend on the name the test gives the chart, and one element per line.
 */
function normalise(svg: string, prefix: string): string {
  return svg
    .split(prefix)
    .join('chart')
    .replace(/plot-[0-9a-f]{6}/g, 'chart')
    .replace(/></g, '>\n<');
}

describe('clockChart', () => {
  test('wide variant matches the stored SVG', async () => {
    await expect(normalise(render(false), prefix(false))).toMatchFileSnapshot('__snapshots__/clock-chart-wide.svg');
  });

  test('narrow variant matches the stored SVG', async () => {
    await expect(normalise(render(true), prefix(true))).toMatchFileSnapshot('__snapshots__/clock-chart-narrow.svg');
  });

  test('labels the selected quarter by name (narrow: the short name) and fills its points in their quadrant colour', () => {
    const wide = render(false);
    for (const name of ['Bbp', 'Omzet', 'Faillissementen']) expect(wide).toContain(`>${name}</text>`);
    expect(render(true)).toContain('>Faill.</text>');
    for (const q of ['green', 'orange', 'yellow'] as const) expect(wide).toContain(`fill="${quadrant[q].mark}"`);
  });

  test('names the four quadrants in words', () => {
    const wide = render(false);
    for (const words of ['Boven trend,', 'Onder trend,']) expect(wide).toContain(words);
    expect(wide.match(/verbeterend<\/tspan>/g)?.length).toBe(2);
    expect(wide.match(/verslechterend<\/tspan>/g)?.length).toBe(2);
  });

  test('refuses a quarter without rows', () => {
    expect(() => clockChart(rows, { width: 640, compact: false, period: '2024KW01' })).toThrow(/no rows for 2024KW01/);
  });
});
