import { charsThatFit, charWidth } from '../../charts/text-width.ts';

/**
 * Greedy word wrap by estimated width (src/charts/text-width.ts), for text in standalone SVGs (which cannot
 * wrap by themselves); lines rather break early than run past the image's edge.
 */
export function wrapText(text: string, options: { width: number; fontSize: number; bold?: boolean }): string[] {
  const max = Math.max(1, charsThatFit(options.width, options.fontSize, options.bold ? charWidth.imageBold : charWidth.image));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    // A single word longer than a line (a URL) is cut, not left to overflow.
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
