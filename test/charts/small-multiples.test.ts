import { describe, expect, test } from 'vitest';
import { type PanelPoint, smallMultiples } from '../../src/charts/small-multiples.ts';
import { render } from './render.ts';

const quarters = ['2021KW01', '2021KW02', '2021KW03', '2021KW04', '2022KW01', '2022KW02'];
// Synthetic: three regions with figures, one without.
const rows: PanelPoint[] = [
  ...quarters.map((period, i) => ({ panel: 'a', period, value: [40, 38, 45, 50, 41, 36][i]! })),
  ...quarters.map((period, i) => ({ panel: 'b', period, value: [8, 9, 7, 10, 6, 9][i]! })),
  ...quarters.map((period, i) => ({ panel: 'c', period, value: [20, 22, 19, 25, 30, 28][i]! })),
];
const panels = [
  { key: 'a', label: 'Gelderland' },
  { key: 'b', label: 'Zeeland' },
  { key: 'm', label: 'Utrecht', missing: true },
  { key: 'c', label: 'Limburg' },
];

describe('smallMultiples', () => {
  test('one panel per region on one shared scale, the missing one dashed and labelled: wide', async () => {
    const options = smallMultiples(rows, {
      width: 640,
      compact: false,
      panels,
      missingLabel: 'ontbreekt in deze bron',
      zero: true,
      yLabel: 'aantal',
    });
    await expect(render(options, 'sm-wide')).toMatchFileSnapshot('__snapshots__/small-multiples-wide.svg');
  });

  test('narrow: two panels per row', async () => {
    const options = smallMultiples(rows, { width: 360, compact: true, panels, missingLabel: 'ontbreekt in deze bron', zero: true });
    await expect(render(options, 'sm-narrow')).toMatchFileSnapshot('__snapshots__/small-multiples-narrow.svg');
  });

  test('growth rates around zero get a zero rule; the shared scale spans every panel', () => {
    const growth = rows.map((r) => ({ ...r, value: r.value - 30 }));
    const options = smallMultiples(growth, { width: 640, compact: false, panels, missingLabel: 'ontbreekt in deze bron' });
    const y = options.y as { domain: [number, number] };
    expect(y.domain[0]).toBeLessThanOrEqual(-24);
    expect(y.domain[1]).toBeGreaterThanOrEqual(20);
    expect(render(options, 'sm-growth')).toContain('aria-label="rule"');
  });

  test('a missing panel has no line and no value, only its words', () => {
    const svg = render(
      smallMultiples(rows, { width: 640, compact: false, panels, missingLabel: 'ontbreekt in deze bron', zero: true }),
      'sm-m',
    );
    const lines = svg.match(/<path[^>]*d="M/g) ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain('>ontbreekt</tspan>');
    expect(svg).toContain('>in deze bron</tspan>');
  });

  test('refuses points of a panel it does not know, and empty rows', () => {
    expect(() =>
      smallMultiples([{ panel: 'x', period: '2021KW01', value: 1 }], { width: 640, compact: false, panels, missingLabel: '' }),
    ).toThrow(/no panel x/);
    expect(() => smallMultiples([], { width: 640, compact: false, panels, missingLabel: '' })).toThrow(/no rows/);
  });
});
