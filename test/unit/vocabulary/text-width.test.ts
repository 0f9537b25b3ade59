import { describe, expect, test } from 'vitest';
import { charsThatFit, charWidth, lineCount, textWidth } from '../../../src/charts/text-width.ts';
import { wrapText } from '../../../src/lib/downloads/wrap-text.ts';

describe('text width estimates', () => {
  test.each([
    ['', 13, charWidth.chart, 0],
    ['2023', 13, charWidth.chart, 31], // ceil(4 × 13 × 0.58 = 30.16)
    ['Bedrijven en instellingen', 13, charWidth.imageKey, 179], // ceil(25 × 13 × 0.55 = 178.75)
    ['abc', 10, 0.5, 15],
  ])('"%s" at %d px, %d em per character → %d px', (text, size, em, width) => {
    expect(textWidth(text, size, em)).toBe(width);
  });

  test('a chart label is the default', () => {
    expect(textWidth('1.234', 13)).toBe(textWidth('1.234', 13, charWidth.chart));
  });

  test.each([
    [100, 10, 0.5, 20],
    [99, 10, 0.5, 19],
    [300, 13, charWidth.bandLabel, 38],
  ])('%d px at %d px, %d em → %d characters', (width, size, em, chars) => {
    expect(charsThatFit(width, size, em)).toBe(chars);
  });

  test.each([
    ['', 100, 10, 1],
    ['abcdefghij', 100, 10, 1],
    ['abcdefghijk', 100, 10, 2],
  ])('"%s" in %d px at %d px a character: %d lines', (text, width, perChar, lines) => {
    expect(lineCount(text, width, perChar)).toBe(lines);
  });

  test('wrapped image text keeps to the estimate, bold text wider', () => {
    const text = 'Aantal uitgesproken faillissementen per maand, sinds januari 1981; bedrijven en instellingen';
    const regular = wrapText(text, { width: 200, fontSize: 14 });
    const bold = wrapText(text, { width: 200, fontSize: 14, bold: true });
    for (const line of regular) expect(line.length).toBeLessThanOrEqual(charsThatFit(200, 14, charWidth.image));
    for (const line of bold) expect(line.length).toBeLessThanOrEqual(charsThatFit(200, 14, charWidth.imageBold));
    expect(bold.length).toBeGreaterThan(regular.length);
    expect(regular.join(' ')).toBe(text);
  });
});
