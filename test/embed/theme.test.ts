// The embeds' dark theme: every light colour has a dark counterpart with AA contrast on the dark background.
import { describe, expect, test } from 'vitest';
import { darkCategorical, darkColorMap, darkColors, darkQuadrant, darkSequential, embedThemeCss } from '../../src/styles/dark.ts';
import { categorical, colors, sequential, sequentialText } from '../../src/styles/tokens.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the dark palette', () => {
  test('text colours have at least 4.5:1 on the dark background and surface', () => {
    for (const color of [darkColors.text, darkColors.textMuted, darkColors.link]) {
      expect(contrast(color, darkColors.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, darkColors.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each([...darkCategorical])('chart colour %s has at least 3:1 on the dark background', (color) => {
    expect(contrast(color, darkColors.background)).toBeGreaterThanOrEqual(3);
  });

  test.each(Object.entries(darkQuadrant))('quadrant %s: mark ≥ 3:1, text ≥ 4.5:1 on its tint', (_, q) => {
    expect(contrast(q.mark, darkColors.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(darkColors.text, q.tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(darkColors.textMuted, q.tint)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(darkSequential.map((fill, i) => [fill, sequentialText[i]!] as const))(
    'sequential step %s: the recoloured text (%s) has at least 4.5:1 on it',
    (fill, text) => {
      expect(contrast(darkColors[text], fill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  test('every light colour of the charts is recoloured, one way only', () => {
    const map = darkColorMap();
    for (const color of [...categorical, ...sequential, ...Object.values(colors)]) expect(map.has(color), color).toBe(true);
    const css = embedThemeCss();
    expect(css).toContain(`:root.theme-dark svg [fill="${categorical[0]}" i]{fill:${darkCategorical[0]}}`);
    expect(css).toContain('@media (prefers-color-scheme:dark){:root:not(.theme-light)');
  });
});
