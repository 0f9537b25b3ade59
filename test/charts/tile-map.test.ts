import { describe, expect, test } from 'vitest';
import { type TileRow, tileMap } from '../../src/charts/tile-map.ts';
import { sequential } from '../../src/styles/tokens.ts';
import { render } from './render.ts';

// Four regions on a 2 × 2 grid, one of them missing from its source (synthetic values).
const rows: TileRow[] = [
  { key: 'n', label: 'Noord-Holland', column: 0, row: 0, value: 85 },
  { key: 'f', label: 'Fryslân', column: 1, row: 0, value: 9 },
  { key: 'u', label: 'Utrecht', column: 0, row: 1, value: null },
  { key: 'g', label: 'Gelderland', column: 1, row: 1, value: 49 },
];
const options = { legendTitle: 'Faillissementen, 3e kwartaal 2022', missingLabel: 'ontbreekt in deze bron' };

describe('tileMap', () => {
  test('tiles coloured by class with name and value, a missing tile dashed, the legend below: wide', async () => {
    await expect(render(tileMap(rows, { ...options, width: 640, compact: false }), 'tile-wide')).toMatchFileSnapshot(
      '__snapshots__/tile-map-wide.svg',
    );
  });

  test('narrow, four tiles a row: a long name breaks after its hyphen', async () => {
    const wide = rows.map((r, i) => ({ ...r, column: i, row: 0 }));
    const svg = render(tileMap(wide, { ...options, width: 360, compact: true }), 'tile-narrow');
    expect(svg).toContain('Noord-</tspan>');
    await expect(svg).toMatchFileSnapshot('__snapshots__/tile-map-narrow.svg');
  });

  test('a missing region is never drawn as a value: no 0 on the map, its tile open and dashed, the words written', () => {
    const svg = render(tileMap(rows, { ...options, width: 640, compact: false }), 'tile-missing');
    const texts = [...svg.matchAll(/>([^<>]+)<\/(?:text|tspan)>/g)].map((m) => m[1]);
    expect(texts).not.toContain('0');
    expect(texts).toContain('Utrecht');
    // On the tile and in the legend.
    expect(texts.filter((t) => t === 'ontbreekt in deze bron')).toHaveLength(2);
    // One open, dashed tile: the missing region's.
    expect(svg).toMatch(/<g role="group" stroke-dasharray="4,3"[^>]* fill="#ffffff" aria-label="cell">\n<rect [^>]*\/>\n<\/g>/);
  });

  test('the colours are the sequential ramp, one class per colour, in order of value', () => {
    const svg = render(tileMap(rows, { ...options, width: 640, compact: false }), 'tile-colours');
    const fills = [...svg.matchAll(/<rect fill="(#[0-9a-f]{6})" height/g)].map((m) => m[1]);
    for (const fill of fills.filter((f) => f !== '#ffffff')) expect(sequential as readonly string[]).toContain(fill);
  });

  test('refuses empty rows', () => {
    expect(() => tileMap([], { ...options, width: 640, compact: false })).toThrow(/no rows/);
  });
});
