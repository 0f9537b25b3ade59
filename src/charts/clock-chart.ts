import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { colors, fonts, quadrant as palette } from '../styles/tokens.ts';
import type { ChartFrame } from './frame.ts';
import { textWidth } from './text-width.ts';

export type ClockQuadrant = keyof typeof palette;

/** One indicator in one quarter: a point of the business-cycle clock. */
export interface ClockRow {
  id: string;
  /** Short name, drawn next to the point of the selected quarter. */
  label: string;
  /** A shorter name for the narrow variant (default: `label`). */
  compactLabel?: string;
  period: string;
  /** y: standardised deviation from the trend. */
  level: number;
  /** x: level this quarter minus level last quarter. */
  change: number;
  quadrant: ClockQuadrant;
}

export interface ClockChartOptions extends ChartFrame {
  /** The selected quarter: its rows are the labelled points; earlier rows of the same id are the trails. */
  period: string;
  height?: number;
}

type Anchor = 'start' | 'middle' | 'end';
type Placed = ClockRow & { labelX: number; labelY: number; anchor: Anchor; leader: boolean };
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The mkb business-cycle clock: x = change, y = level, the four quadrants shaded in their tints and named in
 * words; the selected quarter's points filled in their quadrant's colour and labelled with the indicator's
 * name (colour is never the only carrier); earlier quarters of each indicator as a thin trail with small dots.
 */
export function clockChart(rows: readonly ClockRow[], options: ClockChartOptions): Plot.PlotOptions {
  const { width, compact, period } = options;
  const current = rows.filter((r) => r.period === period);
  if (current.length === 0) throw new Error(`clockChart: no rows for ${period}`);
  const ids = new Set(current.map((r) => r.id));
  const colourOf = new Map(current.map((r) => [r.id, palette[r.quadrant].mark]));
  const shown = rows.filter((r) => ids.has(r.id) && r.period <= period).map((r) => ({ ...r, colour: colourOf.get(r.id)! }));
  const trail = shown.filter((r) => r.period < period);
  const lines = [...shown].sort((a, b) => (a.id === b.id ? (a.period < b.period ? -1 : 1) : a.id < b.id ? -1 : 1));

  const height = options.height ?? (compact ? 400 : 500);
  const fontSize = fonts.chartFontSize;
  const tickCount = compact ? 4 : 6;
  const x = symmetric(
    shown.map((r) => r.change),
    tickCount,
  );
  const y = symmetric(
    shown.map((r) => r.level),
    tickCount,
  );
  const tickFormat = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
  const marginTop = 30;
  const marginRight = 14;
  const marginBottom = 42;
  const marginLeft = Math.max(...y.ticks.map((t) => textWidth(tickFormat(t), fontSize))) + 14;
  const frame = { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom };
  const labelled = current.map((r) => ({ ...r, label: compact ? (r.compactLabel ?? r.label) : r.label }));
  const placed = placeLabels(labelled, x.domain, y.domain, frame, fontSize);

  const [x0, x1] = x.domain;
  const [y0, y1] = y.domain;
  const quadrants = [
    { q: 'green', x1: 0, x2: x1, y1: 0, y2: y1, tx: x1, ty: y1, anchor: 'end' },
    { q: 'orange', x1: x0, x2: 0, y1: 0, y2: y1, tx: x0, ty: y1, anchor: 'start' },
    { q: 'red', x1: x0, x2: 0, y1: y0, y2: 0, tx: x0, ty: y0, anchor: 'start' },
    { q: 'yellow', x1: 0, x2: x1, y1: y0, y2: 0, tx: x1, ty: y0, anchor: 'end' },
  ] as const;
  const quadrantText = (d: (typeof quadrants)[number]) => capitalise(palette[d.q].label).replace(', ', ',\n');
  // Each quadrant is named in its outer corner, in two lines so the names fit the narrow variant.
  const quadrantLabel = (side: 'start' | 'end', top: boolean) =>
    Plot.text(
      quadrants.filter((d) => d.anchor === side && d.ty > 0 === top),
      {
        x: 'tx',
        y: 'ty',
        text: quadrantText,
        textAnchor: side,
        dx: side === 'start' ? 6 : -6,
        dy: top ? 6 : -6,
        lineAnchor: top ? 'top' : 'bottom',
        fill: colors.textMuted,
        fontSize,
      },
    );
  const labelMark = (anchor: Anchor) =>
    Plot.text(
      placed.filter((d) => d.anchor === anchor),
      {
        x: 'labelX',
        y: 'labelY',
        text: 'label',
        textAnchor: anchor,
        fill: colors.text,
        fontSize,
        fontWeight: 600,
        stroke: colors.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
      },
    );

  return {
    width,
    height,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    style: { fontSize: `${fontSize}px` },
    x: {
      domain: x.domain,
      ticks: x.ticks,
      tickFormat,
      label: 'Verandering ten opzichte van vorig kwartaal →',
      labelAnchor: 'right',
      labelArrow: 'none',
      tickSize: 4,
    },
    y: {
      domain: y.domain,
      ticks: y.ticks,
      tickFormat,
      label: '↑ Stand ten opzichte van de trend',
      labelAnchor: 'top',
      labelArrow: 'none',
      tickSize: 4,
    },
    marks: [
      Plot.rect(quadrants, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (d: (typeof quadrants)[number]) => palette[d.q].tint }),
      quadrantLabel('start', true),
      quadrantLabel('end', true),
      quadrantLabel('start', false),
      quadrantLabel('end', false),
      Plot.ruleX([0], { stroke: colors.textMuted, strokeWidth: 1 }),
      Plot.ruleY([0], { stroke: colors.textMuted, strokeWidth: 1 }),
      Plot.line(lines, { x: 'change', y: 'level', z: 'id', stroke: 'colour', strokeWidth: 1.25, strokeOpacity: 0.85 }),
      Plot.dot(trail, { x: 'change', y: 'level', fill: 'colour', r: 2.5 }),
      Plot.dot(current, {
        x: 'change',
        y: 'level',
        fill: (d: ClockRow) => palette[d.quadrant].mark,
        r: 6,
        stroke: colors.background,
        strokeWidth: 1.5,
      }),
      Plot.link(
        placed.filter((d) => d.leader),
        { x1: 'change', y1: 'level', x2: 'labelX', y2: 'labelY', stroke: colors.textMuted, strokeWidth: 1 },
      ),
      labelMark('start'),
      labelMark('middle'),
      labelMark('end'),
    ],
  };
}

/** A domain symmetric around 0 that holds every value (at least ±1), with nice ticks. */
function symmetric(values: readonly number[], count: number): { domain: [number, number]; ticks: number[] } {
  const extent = Math.max(1, ...values.map((v) => Math.abs(v) * 1.08));
  const scale = scaleLinear()
    .domain([-extent, extent])
    .nice(count * 2);
  const [low, high] = scale.domain() as [number, number];
  const edge = Math.max(-low, high);
  return { domain: [-edge, edge], ticks: scaleLinear().domain([-edge, edge]).ticks(count) };
}

/**
 * Puts each label where it overlaps the fewest other labels and points: right, left, above or below its
 * point, inside the plot. Positions are returned in data units, with the text anchor to draw them with.
 */
function placeLabels(
  rows: readonly ClockRow[],
  xDomain: [number, number],
  yDomain: [number, number],
  frame: Box,
  fontSize: number,
): Placed[] {
  const px = (v: number) => frame.left + ((v - xDomain[0]) / (xDomain[1] - xDomain[0])) * (frame.right - frame.left);
  const py = (v: number) => frame.bottom - ((v - yDomain[0]) / (yDomain[1] - yDomain[0])) * (frame.bottom - frame.top);
  const dataX = (p: number) => xDomain[0] + ((p - frame.left) / (frame.right - frame.left)) * (xDomain[1] - xDomain[0]);
  const dataY = (p: number) => yDomain[0] + ((frame.bottom - p) / (frame.bottom - frame.top)) * (yDomain[1] - yDomain[0]);
  const dots: Box[] = rows.map((r) => ({ left: px(r.change) - 7, right: px(r.change) + 7, top: py(r.level) - 7, bottom: py(r.level) + 7 }));
  const taken: Box[] = [];
  const lineHeight = fontSize + 2;
  // Labels near the crowded middle first, so the ones at the edges take what room is left.
  const order = [...rows].sort((a, b) => Math.hypot(a.change, a.level) - Math.hypot(b.change, b.level) || (a.id < b.id ? -1 : 1));
  return order.map((row) => {
    const cx = px(row.change);
    const cy = py(row.level);
    const w = textWidth(row.label, fontSize) * 1.12; // labels are semibold
    const box = (anchor: Anchor, x: number, y: number): Box => {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return { left, right: left + w, top: y - lineHeight / 2, bottom: y + lineHeight / 2 };
    };
    // Beside the point first, then above or below it, then stepped further out (with a leader line).
    const candidates: { anchor: Anchor; x: number; y: number; distance: number }[] = [
      { anchor: 'start', x: cx + 9, y: cy, distance: 0 },
      { anchor: 'end', x: cx - 9, y: cy, distance: 0 },
      { anchor: 'middle', x: cx, y: cy - 14, distance: 0 },
      { anchor: 'middle', x: cx, y: cy + 15, distance: 0 },
    ];
    for (let step = 1; step <= 4; step++) {
      for (const sign of [-1, 1]) {
        const dy = sign * step * lineHeight;
        candidates.push(
          { anchor: 'start', x: cx + 14, y: cy + dy, distance: step },
          { anchor: 'end', x: cx - 14, y: cy + dy, distance: step },
        );
      }
    }
    const cost = (box: Box) =>
      [...taken, ...dots].reduce((sum, other) => sum + overlap(box, other), 0) +
      10 *
        (Math.max(0, frame.left - box.left) +
          Math.max(0, box.right - frame.right) +
          Math.max(0, frame.top - box.top) +
          Math.max(0, box.bottom - frame.bottom)) *
        lineHeight;
    const total = (c: (typeof candidates)[number]) => cost(box(c.anchor, c.x, c.y)) + c.distance * 4;
    const best = candidates.reduce((a, b) => (total(b) < total(a) ? b : a));
    taken.push(box(best.anchor, best.x, best.y));
    return { ...row, labelX: dataX(best.x), labelY: dataY(best.y), anchor: best.anchor, leader: best.distance > 0 };
  });
}

function overlap(a: Box, b: Box): number {
  return (
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
