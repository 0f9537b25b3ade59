import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { colors, fonts } from '../styles/tokens.ts';
import { charsThatFit, charWidth, textWidth } from './text-width.ts';

/** A row of a horizontal chart (bars, dots, error bars): a label above its mark. */
export interface BandRow {
  /** Unique within the chart. */
  key: string;
  label: string;
  /** Rows with the same group are listed under one heading, in order of first appearance. */
  group?: string;
}

/** Height of one row in px: the label on top, the mark below it. */
export const bandStep = 40;
const headerPrefix = '\u0000group:';

/** The y domain (group headings interleaved with rows), the chart height and the label marks. */
export function bandLayout(rows: readonly BandRow[], options: { marginTop: number; marginBottom: number; width: number }) {
  const domain: string[] = [];
  const headers: { key: string; label: string }[] = [];
  // Rows of one group stay together under one heading, groups in order of first appearance.
  const groups = [...new Set(rows.map((row) => row.group))];
  for (const group of groups) {
    if (group !== undefined) {
      const key = `${headerPrefix}${domain.length}`;
      domain.push(key);
      headers.push({ key, label: wrap(group, options.width) });
    }
    for (const row of rows) if (row.group === group) domain.push(row.key);
  }
  const height = domain.length * bandStep + options.marginTop + options.marginBottom;
  const fontSize = fonts.chartFontSize;
  const marks: Plot.Markish[] = [
    Plot.text(headers, {
      y: 'key',
      text: 'label',
      frameAnchor: 'left',
      dy: 4,
      lineHeight: 1.15,
      fontWeight: 700,
      fontSize,
      fill: colors.text,
    }),
    Plot.text(
      rows.map((row) => ({ ...row, label: clip(row.label, options.width) })),
      {
        y: 'key',
        text: 'label',
        frameAnchor: 'left',
        dy: -11,
        fontSize,
        fill: colors.text,
        stroke: colors.background,
        strokeWidth: 4,
        paintOrder: 'stroke',
      },
    ),
  ];
  return { domain, height, marks };
}

/** A heading in at most two lines that fit `width` px (the band holds two lines of text). */
function wrap(text: string, width: number): string {
  const max = charsThatFit(width, fonts.chartFontSize, charWidth.bandHeading);
  if (text.length <= max) return text;
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= max) first = `${first} ${words.shift()}`.trim();
  return `${first}\n${clip(words.join(' '), width)}`;
}

/** A row label cut to one line of `width` px, with an ellipsis. */
function clip(text: string, width: number): string {
  const max = charsThatFit(width, fonts.chartFontSize, charWidth.bandLabel);
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Band geometry: the mark sits in the lower part of the row, below the label. */
export const markInset = { top: 18, bottom: 6 } as const;
/** Offset from a band's centre to the centre of its mark, in px. */
export const markOffset = (markInset.top - markInset.bottom) / 2;

/**
 * An x domain from the values (always including 0), widened so that the longest value label fits right
 * of the largest mark (and left of the smallest, when negative) within `plotWidth`.
 */
export function valueDomain(values: number[], labels: string[], plotWidth: number): [number, number] {
  const room = Math.max(0, ...labels.map((l) => textWidth(l, fonts.chartFontSize))) + 10;
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const fraction = Math.min(0.4, room / plotWidth);
  const sides = low < 0 ? 2 : 1;
  const span = (high - low || 1) / (1 - sides * fraction);
  return [low < 0 ? low - fraction * span : low, high + fraction * span];
}

export interface BandMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * What the horizontal band charts (bars, dots, error bars) share: size, margins, font, identity colour and
 * symbol scales, and the band y scale from `bandLayout`. Each chart adds its x scale and marks.
 */
export function bandFrame(width: number, margins: BandMargins, layout: { domain: string[]; height: number }) {
  return {
    width,
    height: layout.height,
    marginTop: margins.top,
    marginBottom: margins.bottom,
    marginLeft: margins.left,
    marginRight: margins.right,
    style: { fontSize: `${fonts.chartFontSize}px` },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    y: { type: 'band', domain: layout.domain, axis: null, padding: 0 },
  } satisfies Plot.PlotOptions;
}

/** The value axis at the bottom of dot and error-bar charts, in Dutch number style. */
export function valueAxis(domain: [number, number], compact: boolean) {
  return {
    domain,
    ticks: compact ? 3 : 5,
    tickFormat: (v: number) => formatNumber(v),
    grid: true,
    label: null,
  } satisfies Plot.ScaleOptions;
}
