// src/charts/barometer-history.ts: B per quarter with the weather strip, and the indicator count, drawn by Plot.
import { describe, expect, test } from 'vitest';
import { barometerHistoryChart, barometerUsedChart, type HistoryRow, weatherColour } from '../../../src/charts/barometer-history.ts';
import { textWidth } from '../../../src/charts/text-width.ts';
import { periodDate } from '../../../src/charts/time-axis.ts';
import { quadrant } from '../../../src/styles/tokens.ts';
import { attribute, markElements, plot, texts } from '../../helpers/plot.ts';

/** Six quarters, synthetic: B crosses zero, one quarter has too few indicators for a weather word. */
const rows: HistoryRow[] = [
  { period: '2023KW03', level: -1.2, weather: 'regen', used: 9 },
  { period: '2023KW04', level: -0.3, weather: 'bewolkt', used: 10 },
  { period: '2024KW01', level: 0.4, weather: 'zonnig', used: 12 },
  { period: '2024KW02', level: 1.6, weather: 'zonnig', used: 12 },
  { period: '2024KW03', level: 0.9, weather: 'licht bewolkt', used: 4 },
  { period: '2024KW04', level: 0.2, weather: null, used: 3 },
];
const wide = { width: 640, compact: false };
const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

describe('weatherColour', () => {
  // specs/MKBAROMETER.md: zonnig B > 0 and rising, licht bewolkt B > 0 and falling, bewolkt B ≤ 0 and rising, regen both down.
  test.each([
    ['zonnig', 'boven trend, verbeterend'],
    ['licht bewolkt', 'boven trend, verslechterend'],
    ['bewolkt', 'onder trend, verbeterend'],
    ['regen', 'onder trend, verslechterend'],
  ] as const)('%s has the colour of the quadrant "%s"', (weather, label) => {
    const colour = Object.values(quadrant).find((q) => q.label === label)?.mark;
    expect(colour).toBeDefined();
    expect(weatherColour[weather]).toBe(colour);
  });
});

describe('barometerHistoryChart', () => {
  test('refuses no rows and codes that are not periods', () => {
    expect(() => barometerHistoryChart([], wide)).toThrow(/no rows/);
    expect(() => barometerHistoryChart([{ ...rows[0]!, period: 'K3 2023' }], wide)).toThrow(/period code/);
  });

  test('the time axis runs from the start of the first quarter to the end of the last', () => {
    const { scale } = plot(barometerHistoryChart(rows, wide));
    expect(scale('x').domain).toEqual([utc(2023, 7), utc(2025, 1)]);
  });

  test('the y axis holds every level and zero, with Dutch tick labels and room for the strip below', () => {
    const options = barometerHistoryChart(rows, wide);
    const { svg, scale } = plot(options);
    const [bottom, top] = scale('y').domain as [number, number];
    const ticks = (options.y as { ticks: number[] }).ticks;
    expect(ticks).toContain(0);
    expect(top).toBeGreaterThanOrEqual(1.6);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(-1.2);
    expect(bottom, 'the strip needs room under the lowest tick').toBeLessThan(Math.min(...ticks));
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['−1', '−0,5', '0', '0,5', '1', '1,5']));
    expect(labels.join(' ')).not.toMatch(/-|\d\.\d/);
  });

  test('levels that are all positive still start the axis at zero', () => {
    const { scale } = plot(barometerHistoryChart(rows.slice(2, 4), wide));
    const options = barometerHistoryChart(rows.slice(2, 4), wide);
    expect((options.y as { ticks: number[] }).ticks[0]).toBe(0);
    expect((scale('y').domain as number[])[0]).toBeLessThan(0);
  });

  test('the weather strip: one rect per quarter with a weather word, in its colour, edge to edge, 12 px tall, 8 px under the plot', () => {
    const options = barometerHistoryChart(rows, wide);
    const { svg, scale } = plot(options);
    const strip = markElements(svg, 'rect', 'rect');
    const withWeather = rows.filter((row) => row.weather !== null);
    expect(strip).toHaveLength(withWeather.length);
    expect(strip.map((rect) => rect.getAttribute('fill'))).toEqual(withWeather.map((row) => weatherColour[row.weather!]));
    const x = scale('x');
    for (const [i, rect] of strip.entries()) {
      expect(attribute(rect, 'height')).toBeCloseTo(12, 1);
      if (i > 0) expect(attribute(rect, 'x')).toBeCloseTo(attribute(strip[i - 1]!, 'x') + attribute(strip[i - 1]!, 'width'), 1);
    }
    expect(attribute(strip[0]!, 'x')).toBeCloseTo(x.apply(utc(2023, 7)) as number, 1);
    const lowestTick = scale('y').apply(Math.min(...(options.y as { ticks: number[] }).ticks)) as number;
    expect(attribute(strip[0]!, 'y') - lowestTick).toBeCloseTo(8, 1);
    expect(texts(svg)).toContain('weer');
  });

  test('the line visits every quarter at its midpoint; a highlighted quarter gets one dot, none without', () => {
    const highlighted = plot(barometerHistoryChart(rows, { ...wide, highlight: '2024KW02' }));
    const dots = markElements(highlighted.svg, 'dot', 'circle');
    expect(dots).toHaveLength(1);
    expect(attribute(dots[0]!, 'cx')).toBeCloseTo(highlighted.scale('x').apply(periodDate('2024KW02')) as number, 1);
    expect(attribute(dots[0]!, 'cy')).toBeCloseTo(highlighted.scale('y').apply(1.6) as number, 1);
    expect(markElements(highlighted.svg, 'line', 'path')).toHaveLength(1);
    expect(markElements(plot(barometerHistoryChart(rows, wide)).svg, 'dot', 'circle')).toHaveLength(0);
    expect(markElements(plot(barometerHistoryChart(rows, { ...wide, highlight: '1999KW01' })).svg, 'dot', 'circle')).toHaveLength(0);
  });

  test.each([
    [{ width: 640, compact: false }, 320],
    [{ width: 360, compact: true }, 280],
    [{ width: 360, compact: true, height: 200 }, 200],
  ])('%j is %i px tall', (frame, height) => {
    expect(barometerHistoryChart(rows, frame).height).toBe(height);
  });

  test('the left margin fits the widest tick label and "weer"', () => {
    const options = barometerHistoryChart(rows, wide);
    expect(options.marginLeft).toBeGreaterThanOrEqual(textWidth('weer', 13));
  });
});

describe('barometerUsedChart', () => {
  test('one bar per quarter up to its count, on a 0–of axis in thirds', () => {
    const options = barometerUsedChart(rows, { ...wide, of: 12 });
    const { svg, scale } = plot(options);
    expect(scale('y').domain).toEqual([0, 12]);
    expect((options.y as { ticks: number[] }).ticks).toEqual([0, 4, 8, 12]);
    const bars = markElements(svg, 'rect', 'rect');
    expect(bars).toHaveLength(rows.length);
    const y = scale('y');
    for (const [i, bar] of bars.entries()) {
      expect(attribute(bar, 'y')).toBeCloseTo(y.apply(rows[i]!.used) as number, 1);
      expect(attribute(bar, 'y') + attribute(bar, 'height')).toBeCloseTo(y.apply(0) as number, 1);
    }
    expect(texts(svg)).toContain('Aantal indicatoren (van de 12)');
    expect(texts(svg).some((text) => text.startsWith('drempel'))).toBe(false);
  });

  test('the highlighted quarter is drawn again on top; the minimum is a dashed rule with its label', () => {
    const { svg, scale } = plot(barometerUsedChart(rows, { ...wide, of: 12, minimum: 6, highlight: '2024KW03' }));
    expect(markElements(svg, 'rect', 'rect')).toHaveLength(rows.length + 1);
    const rules = markElements(svg, 'rule', 'line');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getAttribute('stroke-dasharray') ?? rules[0]!.parentElement?.getAttribute('stroke-dasharray')).toBe('4,3');
    expect(attribute(rules[0]!, 'y1')).toBeCloseTo(scale('y').apply(6) as number, 1);
    expect(texts(svg)).toContain('drempel van de meter: 6');
  });

  test('refuses no rows', () => {
    expect(() => barometerUsedChart([], { ...wide, of: 12 })).toThrow(/no rows/);
  });
});
