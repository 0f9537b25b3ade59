/**
 * Estimated text widths, in one place. Nothing measures a font at build time, so room for labels comes from
 * an average character width in em for each use. Each estimate errs wide for its text, so labels get room
 * and wrapped text breaks early rather than running past an edge.
 */
export const charWidth = {
  /** Chart labels and ticks at the chart font size. */
  chart: 0.58,
  /** A band chart's row label, cut to one line. */
  bandLabel: 0.6,
  /** A band chart's heading, wrapped to two lines. */
  bandHeading: 0.62,
  /** Text of the standalone SVG and PNG (Arial-like fonts average a little under half an em in Dutch text). */
  image: 0.5,
  imageBold: 0.56,
  /** The labels of the standalone image's key. */
  imageKey: 0.55,
} as const;

/** Rough width in px of a text at a font size (default: a chart label). */
export function textWidth(text: string, fontSize: number, em: number = charWidth.chart): number {
  return Math.ceil(text.length * fontSize * em);
}

/** How many characters fit in `width` px at a font size. */
export function charsThatFit(width: number, fontSize: number, em: number): number {
  return Math.floor(width / (fontSize * em));
}

/**
 * Px per character of the embed page's texts at its CSS sizes (title 1.25rem, subtitle 0.95rem, source
 * line and key 0.9rem), for the iframe's height before any script runs.
 */
export const embedCharWidth = { title: 11.5, subtitle: 8, text: 7.5 } as const;

/** Lines a text takes in `width` px at `pxPerChar` (at least one). */
export function lineCount(text: string, width: number, pxPerChar: number): number {
  return Math.max(1, Math.ceil((text.length * pxPerChar) / width));
}
