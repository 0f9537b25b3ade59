// src/charts/band-layout.ts: the rows, group headings, height and value domain the horizontal charts share.
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { type BandRow, bandFrame, bandLayout, bandStep, markOffset, valueAxis, valueDomain } from '../../../src/charts/band-layout.ts';
import { charsThatFit, charWidth, textWidth } from '../../../src/charts/text-width.ts';
import { plot, texts } from '../../helpers/plot.ts';

const margins = { marginTop: 10, marginBottom: 30, width: 600 };
const fontSize = 13;

/** Draws the layout's label marks in its band frame, as the bar, dot and error-bar charts do. */
function drawn(rows: readonly BandRow[], width = margins.width) {
  const layout = bandLayout(rows, { ...margins, width });
  const frame = bandFrame(width, { top: margins.marginTop, bottom: margins.marginBottom, left: 0, right: 0 }, layout);
  return { layout, ...plot({ ...frame, x: { domain: [0, 1], axis: null }, marks: [...layout.marks, Plot.frame({ stroke: 'none' })] }) };
}

describe('bandLayout', () => {
  test('rows without groups: one band each, in the order given; the height is 40 px per band plus the margins', () => {
    const rows = [
      { key: 'b', label: 'Tweede' },
      { key: 'a', label: 'Eerste' },
      { key: 'c', label: 'Derde' },
    ];
    const { domain, height } = bandLayout(rows, margins);
    expect(domain).toEqual(['b', 'a', 'c']);
    expect(bandStep).toBe(40);
    expect(height).toBe(3 * 40 + 10 + 30);
  });

  test('groups: a heading band before each group, groups in order of first appearance, their rows together', () => {
    const rows = [
      { key: 'k2018', label: 'Kleinbedrijf', group: '2018' },
      { key: 'k2023', label: 'Kleinbedrijf', group: '2023' },
      { key: 'm2018', label: 'Middenbedrijf', group: '2018' },
      { key: 'm2023', label: 'Middenbedrijf', group: '2023' },
    ];
    const { domain, height } = drawn(rows).layout;
    const headings = domain.filter((key) => !rows.some((row) => row.key === key));
    expect(headings).toHaveLength(2);
    expect(domain).toEqual([headings[0], 'k2018', 'm2018', headings[1], 'k2023', 'm2023']);
    expect(new Set(domain).size).toBe(domain.length);
    expect(height).toBe(6 * 40 + 10 + 30);
    const shown = texts(drawn(rows).svg);
    expect(shown.filter((text) => text === '2018' || text === '2023')).toEqual(['2018', '2023']);
  });

  test('rows without a group keep their place among the groups and get no heading', () => {
    const rows = [
      { key: 'total', label: 'Mkb totaal' },
      { key: 'a', label: 'Industrie', group: 'Sector' },
      { key: 'b', label: 'Bouw', group: 'Sector' },
    ];
    const { domain } = bandLayout(rows, margins);
    expect(domain).toHaveLength(4);
    expect(domain[0]).toBe('total');
    expect(domain.slice(2)).toEqual(['a', 'b']);
  });

  test('a heading that does not fit wraps to a second line; a row label that does not fit is cut with an ellipsis', () => {
    const width = 240; // room for 29 heading characters (bold), 30 label characters
    const heading = 'Bedrijven met 10 tot 250 werkzame personen in de zakelijke dienstverlening';
    const label = 'Groot- en detailhandel, vervoer en opslag, horeca';
    const { svg } = drawn([{ key: 'r', label, group: heading }], width);
    const [headingText, labelText] = texts(svg);
    const lines = headingText!.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Bedrijven met 10 tot 250');
    // The first line is filled to the (bold) heading estimate, the rest is cut to the label estimate.
    expect(lines[0]!.length).toBeLessThanOrEqual(charsThatFit(width, fontSize, charWidth.bandHeading));
    expect(lines[1]!.length).toBeLessThanOrEqual(charsThatFit(width, fontSize, charWidth.bandLabel));
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(labelText!.endsWith('…')).toBe(true);
    expect(labelText!.length).toBeLessThanOrEqual(charsThatFit(width, fontSize, charWidth.bandLabel));
    expect(label.startsWith(labelText!.slice(0, -1))).toBe(true);
  });

  test('text that fits is shown as it is', () => {
    const { svg } = drawn([{ key: 'r', label: 'Bouw', group: '2023' }]);
    expect(texts(svg)).toEqual(['2023', 'Bouw']);
  });

  test('the mark sits 6 px below the centre of its band, under the label', () => {
    expect(markOffset).toBe(6);
  });
});

describe('bandFrame', () => {
  test('a band y scale without padding or axis over the layout, its height and the margins', () => {
    const layout = bandLayout([{ key: 'a', label: 'A' }], margins);
    const frame = bandFrame(500, { top: 1, bottom: 2, left: 3, right: 4 }, layout);
    expect(frame).toMatchObject({ width: 500, height: layout.height, marginTop: 1, marginBottom: 2, marginLeft: 3, marginRight: 4 });
    expect(frame.y).toEqual({ type: 'band', domain: ['a'], axis: null, padding: 0 });
  });

  test('each band is exactly 40 px tall when drawn', () => {
    const { scale } = drawn([
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ]);
    expect(scale('y').bandwidth).toBeCloseTo(bandStep, 6);
  });
});

describe('valueDomain', () => {
  const plotWidth = 400;
  /** Pixels between the largest mark and the right edge, and the smallest mark and the left edge. */
  const room = (domain: [number, number], values: number[]) => {
    const perUnit = plotWidth / (domain[1] - domain[0]);
    return { right: (domain[1] - Math.max(0, ...values)) * perUnit, left: (Math.min(0, ...values) - domain[0]) * perUnit };
  };

  test('positive values start at zero and leave room right of the largest for its label', () => {
    const values = [12, 48.5];
    const labels = ['12,0', '48,5'];
    const domain = valueDomain(values, labels, plotWidth);
    expect(domain[0]).toBe(0);
    expect(room(domain, values).right).toBeCloseTo(textWidth('48,5', fontSize) + 10, 6);
  });

  test('negative values leave the same room on both sides of the marks', () => {
    const values = [-20, 30];
    const domain = valueDomain(values, ['−20,0', '30,0'], plotWidth);
    const { left, right } = room(domain, values);
    const needed = textWidth('−20,0', fontSize) + 10;
    expect(left).toBeCloseTo(needed, 6);
    expect(right).toBeCloseTo(needed, 6);
  });

  test('values that are all negative still end at zero plus room', () => {
    const domain = valueDomain([-5, -1], ['−5'], plotWidth);
    expect(domain[0]).toBeLessThan(-5);
    expect(domain[1]).toBeGreaterThan(0);
  });

  test('all zeros give a domain of width one, not zero', () => {
    const domain = valueDomain([0, 0], ['0'], plotWidth);
    expect(domain[0]).toBe(0);
    expect(domain[1]).toBeGreaterThan(0);
  });

  test('labels never take more than 40% of the plot', () => {
    const domain = valueDomain([100], ['x'.repeat(200)], plotWidth);
    expect(room(domain, [100]).right).toBeCloseTo(0.4 * plotWidth, 6);
  });
});

describe('valueAxis', () => {
  test('Dutch tick labels, fewer ticks when compact', () => {
    const axis = valueAxis([0, 2000], false);
    expect(axis.ticks).toBe(5);
    expect(valueAxis([0, 2000], true).ticks).toBe(3);
    expect([1234.5, -0.5, 1000].map((v) => axis.tickFormat(v))).toEqual(['1.234,5', '−0,5', '1.000']);
    expect(axis.domain).toEqual([0, 2000]);
  });
});
