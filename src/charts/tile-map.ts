import * as Plot from '@observablehq/plot';
import { formatNumber } from '../format/number.ts';
import { colors, fonts, sequential, sequentialText } from '../styles/tokens.ts';
import type { ChartFrame } from './frame.ts';
import { textWidth } from './text-width.ts';
import { legendHeight, thresholdLegend } from './threshold-legend.ts';
import { type ThresholdScale, thresholdClass, thresholdLabels, thresholdScale } from './thresholds.ts';

/** One tile: a region at its place in the grid, with its value or, when the source lacks it, none. */
export interface TileRow {
  /** Unique within the map (the region's code). */
  key: string;
  label: string;
  column: number;
  row: number;
  /** Null: the source has no figure for this region (drawn as missing, never as 0). */
  value: number | null;
}

export interface TileMapOptions extends ChartFrame {
  formatValue?: (value: number) => string;
  /** What the colour stands for, above the legend ("Faillissementen, 3e kwartaal 2022"). */
  legendTitle: string;
  /** The words on a tile without a value and in the legend ("ontbreekt in deze bron"). */
  missingLabel: string;
  /** Class boundaries; default: round ones from the values (thresholdScale). */
  scale?: ThresholdScale;
}

const dashed = '4,3';

/**
 * A tile-grid map: one equal square per region at its grid position, filled by a quantized colour scale,
 * with the region's name and value written on it (colour is never the only carrier). A region without a
 * value is drawn open with a dashed edge and the missing label. The legend below lists the classes.
 */
export function tileMap(rows: readonly TileRow[], options: TileMapOptions): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('tileMap: no rows');
  const format = options.formatValue ?? ((v: number) => formatNumber(v));
  const present = rows.filter((r): r is TileRow & { value: number } => r.value !== null);
  const scale = options.scale ?? thresholdScale(present.map((r) => r.value));
  const columns = Math.max(...rows.map((r) => r.column)) + 1;
  const gridRows = Math.max(...rows.map((r) => r.row)) + 1;
  const fontSize = fonts.chartFontSize;
  const margin = 2;
  const tileWidth = (options.width - 2 * margin) / columns;
  const tileHeight = Math.round(Math.min(tileWidth * 0.8, options.compact ? 78 : 96));
  const legendLabels = [...thresholdLabels(scale, format), options.missingLabel];
  const legend = legendHeight(legendLabels, options.width - 2 * margin, options.legendTitle);
  const gridHeight = gridRows * tileHeight;

  const fillOf = (value: number) => scale.colors[thresholdClass(scale, value)] ?? sequential[0];
  const inkOf = (value: number) => colors[sequentialText[sequential.indexOf(fillOf(value) as (typeof sequential)[number])] ?? 'text'];
  const room = tileWidth - 10;
  const name = (label: string) => wrapName(label, room, fontSize);
  const tiles = present.map((r) => ({ ...r, fill: fillOf(r.value), ink: inkOf(r.value), name: name(r.label), text: format(r.value) }));
  const missing = rows.filter((r) => r.value === null).map((r) => ({ ...r, name: name(r.label) }));
  const missingText = wrapName(options.missingLabel, room, fontSize);
  const inset = 3;
  const band = { x: 'column', y: 'row', inset } as const;

  return {
    width: options.width,
    height: gridHeight + legend + 2 * margin,
    marginTop: margin,
    marginLeft: margin,
    marginRight: margin,
    marginBottom: legend + margin,
    style: { fontSize: `${fontSize}px` },
    color: { type: 'identity' },
    x: { type: 'band', domain: range(columns), axis: null, padding: 0 },
    y: { type: 'band', domain: range(gridRows), axis: null, padding: 0 },
    marks: [
      Plot.cell(tiles, { ...band, fill: 'fill', stroke: colors.textMuted, strokeWidth: 1 }),
      Plot.cell(missing, {
        ...band,
        fill: colors.background,
        stroke: colors.textMuted,
        strokeWidth: 1.5,
        strokeDasharray: dashed,
      }),
      Plot.text(tiles, { x: 'column', y: 'row', text: 'name', fill: 'ink', fontSize, dy: -13, lineHeight: 1.1 }),
      Plot.text(tiles, { x: 'column', y: 'row', text: 'text', fill: 'ink', fontSize: fontSize + 5, fontWeight: 700, dy: 16 }),
      Plot.text(missing, { x: 'column', y: 'row', text: 'name', fill: colors.text, fontSize, dy: -13, lineHeight: 1.1 }),
      Plot.text(missing, { x: 'column', y: 'row', text: () => missingText, fill: colors.textMuted, fontSize, dy: 16, lineHeight: 1.1 }),
      thresholdLegend({
        title: options.legendTitle,
        labels: legendLabels,
        colors: [...scale.colors, colors.background],
        dashed: [legendLabels.length - 1],
        top: margin + gridHeight + 10,
        left: margin + inset,
        width: options.width - 2 * margin,
      }),
    ],
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A name on at most two lines that fit `room` px: "Noord-Holland" breaks after its hyphen, other names at a space. */
function wrapName(label: string, room: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= room) return label;
  const hyphen = label.indexOf('-');
  if (hyphen > 0) return `${label.slice(0, hyphen + 1)}\n${label.slice(hyphen + 1)}`;
  const space = label.lastIndexOf(' ', Math.floor(label.length / 2) + 4);
  return space > 0 ? `${label.slice(0, space)}\n${label.slice(space + 1)}` : label;
}
