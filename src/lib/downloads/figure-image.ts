import { seriesStyle } from '../../charts/frame.ts';
import { charWidth, textWidth } from '../../charts/text-width.ts';
import { colors, provisionalDash } from '../../styles/tokens.ts';
import type { FigureView, RenderedChart } from '../pages/figure-view.ts';
import { symbolPath } from '../pages/symbol-path.ts';
import { provisionalKeyLabel } from '../provisional.ts';
import { wrapText } from './wrap-text.ts';
import { element, Xml } from './xml.ts';

/**
 * The figure as one self-contained SVG file (the download and, through resvg, the PNG): title, subtitle,
 * each chart with its key, the source line and the permalink, all inside the image. No CSS, no web fonts,
 * no references outside the file; every text from data is escaped (src/lib/downloads/xml.ts).
 */

/** Fonts a reader's machine and the PNG renderer both have (Liberation Sans has Arial's metrics). */
export const imageFontFamily = "Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif";

const padding = 20;
const keyFont = 13;

interface Block {
  height: number;
  draw(y: number): Xml;
}

function textBlock(
  text: string,
  options: { width: number; fontSize: number; lineHeight: number; bold?: boolean; fill: string; gapAfter: number },
): Block {
  const lines = wrapText(text, options);
  return {
    height: lines.length * options.lineHeight + options.gapAfter,
    draw: (y) =>
      element(
        'text',
        {
          x: padding,
          y: y + options.fontSize,
          'font-size': options.fontSize,
          'font-weight': options.bold ? 700 : undefined,
          fill: options.fill,
        },
        // A space ends each wrapped line, so the text reads (and copies) as the sentence it was.
        ...lines.map((line, i) =>
          element('tspan', { x: padding, dy: i === 0 ? undefined : options.lineHeight }, i < lines.length - 1 ? `${line} ` : line),
        ),
      ),
  };
}

/** The chart's key as rows of sample + label, wrapped to the width (the same entries as ChartKey.astro). */
function keyBlock(rendered: RenderedChart, provisional: boolean, width: number): Block | undefined {
  const lines = rendered.chart.spec.kind === 'line';
  const entries = (rendered.chart.legend ?? []).map((s, i) => ({
    label: s.label,
    reference: s.reference === true,
    ...seriesStyle(s.styleIndex ?? i),
    provisional: false,
  }));
  if (provisional && lines)
    entries.push({
      label: provisionalKeyLabel,
      reference: false,
      color: colors.textMuted,
      symbol: 'circle',
      provisional: true,
    });
  if (entries.length === 0) return undefined;
  const rowHeight = 20;
  let x = 0;
  let row = 0;
  const placed = entries.map((entry) => {
    const itemWidth = 34 + textWidth(entry.label, keyFont, charWidth.imageKey);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    const at = { entry, x, row };
    x += itemWidth + 18;
    return at;
  });
  return {
    height: (row + 1) * rowHeight + 6,
    draw: (y) =>
      element(
        'g',
        { 'font-size': keyFont },
        ...placed.map(({ entry, x: left, row: r }) => {
          const top = y + r * rowHeight;
          const sample = entry.provisional
            ? [
                element('line', {
                  x1: 1,
                  x2: 27,
                  y1: 7,
                  y2: 7,
                  stroke: colors.textMuted,
                  'stroke-width': 2,
                  'stroke-dasharray': provisionalDash,
                }),
                element('circle', { cx: 14, cy: 7, r: 3.5, fill: colors.background, stroke: colors.textMuted, 'stroke-width': 1.5 }),
              ]
            : [
                ...(lines && !entry.reference
                  ? [element('line', { x1: 1, x2: 27, y1: 7, y2: 7, stroke: entry.color, 'stroke-width': 2 })]
                  : []),
                element('path', {
                  d: symbolPath(entry.symbol, entry.reference ? 5 : 4),
                  transform: 'translate(14,7)',
                  fill: entry.color,
                  stroke: entry.reference ? colors.background : 'none',
                }),
              ];
          return element(
            'g',
            { transform: `translate(${padding + left},${top + 3})` },
            ...sample,
            element('text', { x: 34, y: 11.5, fill: colors.text }, entry.label),
          );
        }),
      ),
  };
}

/** The wide chart, placed as a nested <svg> at its render size. */
function chartBlock(rendered: RenderedChart): Block {
  const { xml, width, height } = rendered.wide;
  return {
    height: height + 8,
    draw: (y) =>
      new Xml(
        xml.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
          const kept = attributes.replace(/\s(?:class|font-family|width|height|x|y)="[^"]*"/g, '');
          // Visible overflow as on the page, where a label may reach past the plot's frame.
          return `<svg x="${padding}" y="${y}" width="${width}" height="${height}" overflow="visible"${kept}>`;
        }),
      ),
  };
}

/** Width of the image in px (the PNG is twice as wide). */
export function figureImageWidth(view: FigureView): number {
  return Math.max(...view.charts.map((c) => c.wide.width)) + 2 * padding;
}

/** The figure as a standalone SVG document. */
export function figureSvg(view: FigureView, permalink: string): string {
  return figureImage(view, permalink).svg;
}

/** The standalone SVG and its size in px. */
export function figureImage(view: FigureView, permalink: string): { svg: string; width: number; height: number } {
  const width = figureImageWidth(view);
  const inner = width - 2 * padding;
  const blocks: Block[] = [
    textBlock(view.title, { width: inner, fontSize: 20, lineHeight: 26, bold: true, fill: colors.text, gapAfter: 4 }),
    textBlock(view.subtitle, { width: inner, fontSize: 14, lineHeight: 19, fill: colors.textMuted, gapAfter: 12 }),
  ];
  for (const rendered of view.charts) {
    if (rendered.chart.title)
      blocks.push(
        textBlock(rendered.chart.title, { width: inner, fontSize: 15, lineHeight: 20, bold: true, fill: colors.text, gapAfter: 4 }),
      );
    const key = keyBlock(rendered, view.content.provisional, inner);
    if (key) blocks.push(key);
    blocks.push(chartBlock(rendered));
  }
  blocks.push(textBlock(view.sourceLine, { width: inner, fontSize: 12, lineHeight: 16, fill: colors.textMuted, gapAfter: 4 }));
  // The permalink on one line, smaller when a view's address is long: a URL cut in two does not copy as one.
  const linkSize = [12, 11, 10, 9, 8].find((fontSize) => wrapText(permalink, { width: inner, fontSize }).length === 1) ?? 8;
  blocks.push(textBlock(permalink, { width: inner, fontSize: linkSize, lineHeight: linkSize + 4, fill: colors.textMuted, gapAfter: 0 }));

  let y = padding;
  const drawn = blocks.map((block) => {
    const out = block.draw(y);
    y += block.height;
    return out;
  });
  const height = Math.ceil(y + padding);
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'figuur-titel figuur-beschrijving',
      'font-family': imageFontFamily,
      color: colors.text,
    },
    element('title', { id: 'figuur-titel' }, view.title),
    element('desc', { id: 'figuur-beschrijving' }, `${view.content.keyFigure.sentence} ${view.content.summary} ${view.sourceLine}`),
    element('rect', { width, height, fill: colors.background }),
    ...drawn,
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg.markup}\n`, width, height };
}
