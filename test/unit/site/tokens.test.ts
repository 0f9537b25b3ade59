import { describe, expect, test } from 'vitest';
import { categorical, colors, cssCustomProperties, quadrant, sequential, sequentialText } from '../../../src/styles/tokens.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b = '#ffffff'): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette', () => {
  test.each([...categorical])('chart colour %s has at least 3:1 against white', (color) => {
    expect(contrast(color)).toBeGreaterThanOrEqual(3);
  });

  test.each(Object.entries(quadrant))('quadrant %s: mark ≥ 3:1 on white, dark text ≥ 4.5:1 on its tint', (_, q) => {
    expect(contrast(q.mark)).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.text, q.tint)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(sequential.map((fill, i) => [fill, sequentialText[i]!] as const))(
    'sequential step %s: its text colour (%s) has at least 4.5:1 on it, its edge 3:1',
    (fill, text) => {
      expect(contrast(colors[text], fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.textMuted, fill) >= 3 || contrast(colors.textMuted) >= 3).toBe(true);
    },
  );

  test('the sequential ramp gets darker step by step', () => {
    const light = sequential.map((c) => contrast(c));
    expect([...light].sort((a, b) => a - b)).toEqual(light);
  });

  test('text colours have at least 4.5:1 on white and on the surface colour', () => {
    for (const color of [colors.text, colors.textMuted, colors.link]) {
      expect(contrast(color)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, colors.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the CSS custom properties carry the same values', () => {
    const css = cssCustomProperties();
    expect(css).toContain(`--series-1:${categorical[0]}`);
    expect(css).toContain(`--color-text:${colors.text}`);
    expect(css).toContain(`--quadrant-green:${quadrant.green.mark}`);
  });
});
