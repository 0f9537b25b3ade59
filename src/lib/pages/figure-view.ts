import { tableCoverage } from '../../figures/coverage.ts';
import type { CellData, DataTable, FigureChart, FigureContent, FigureSpec } from '../../figures/figure-spec.ts';
import { formatNumber } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { chartWidths } from '../../styles/tokens.ts';
import type { GeneratedData, SourceRecord } from '../generated.ts';
import type { Attribution } from '../provenance/attribution.ts';
import { type Flag, shownFlags, sortFlags } from '../provenance/flags.ts';
import { chartOptions } from './chart-options.ts';
import { type ChartOverlay, chartOverlay, type OverlayLayout, overlayLayout } from './overlay.ts';
import { renderSvg } from './render-svg.ts';
import { citationText, sourceLine } from './source-line.ts';
import { noticeTexts } from './source-notices.ts';
import { defaultView, type FigureViewDef } from './views.ts';

export interface RenderedVariant {
  /** The chart for inline HTML. */
  svg: string;
  /** The same chart as XML, for the downloadable SVG and PNG (src/lib/downloads/figure-image.ts). */
  xml: string;
  /** Width / height of the viewBox, for the overlay's aspect ratio. */
  width: number;
  height: number;
}

export interface RenderedChart {
  chart: FigureChart;
  /** Prefix of the ids in this chart's SVGs. */
  id: string;
  wide: RenderedVariant;
  narrow: RenderedVariant;
  /** The chart's focusable points, one overlay for both renderings; undefined when it has none. */
  overlay: ChartOverlay | undefined;
}

/** Numbers with one flag, for the note beside the chart: which ones (up to a few), or how many. */
export interface FlagNote {
  flag: Flag;
  /** "Mkb, business economy (los cijfer), 2e kwartaal 2023: 186"; empty when there are too many to list. */
  values: string[];
  count: number;
}

/** A footnote of the table: where the numbers marked with it come from. */
export interface SourceFootnote {
  mark: string;
  citation: string;
  url: string | null;
}

export interface FigureView {
  spec: FigureSpec;
  /** Which view of the figure this is (its default, or a series and period chosen: src/lib/pages/views.ts). */
  def: FigureViewDef;
  /** The figure's title, followed by the view's label ("Faillissementen per maand: Eenmanszaken, laatste 5 jaar"). */
  title: string;
  content: FigureContent;
  /** The subtitle and notes with the periods of the data shown. */
  subtitle: string;
  notes: string[];
  /** The figure's table; when its numbers come from more than one source, each number carries a source mark. */
  table: DataTable;
  footnotes: SourceFootnote[];
  charts: RenderedChart[];
  sources: SourceRecord[];
  /** Who published the numbers, each attribution once, in table order. */
  attributions: Attribution[];
  /** The flags of the numbers a reader sees after them (afgeleid, circa, …), each once. */
  flags: Flag[];
  /** Per flag, the numbers that have it (said beside the chart, not only in the table). */
  flagNotes: FlagNote[];
  /** What the sources' records say a reader must know (a stopped table, stale metadata). */
  notices: string[];
  sourceLine: string;
  citation: string;
  drop: string;
}

// Per data set (a test may load another src/generated), then per figure and view.
const cache = new WeakMap<GeneratedData, Map<string, FigureView>>();

/**
 * A view of a figure (default: the figure's own) built from the data and rendered to SVG (wide and narrow),
 * once per build: its page, embeds and downloads all use this one rendering.
 */
export function figureView(spec: FigureSpec, data: GeneratedData, def: FigureViewDef = defaultView(spec, data)): FigureView {
  const views = cache.get(data) ?? new Map<string, FigureView>();
  cache.set(data, views);
  const key = `${spec.id}/${def.slug}`;
  const cached = views.get(key);
  if (cached) return cached;
  const content = spec.build(data, def.selection);
  const figureTitle = def.label ? `${spec.title}: ${def.label}` : spec.title;
  const charts = content.charts.map((chart, index): RenderedChart => {
    const id = content.charts.length > 1 ? `${spec.id}-${index + 1}` : spec.id;
    const title = chart.title ? `${figureTitle}: ${chart.title}` : figureTitle;
    const render = (variant: 'wide' | 'narrow'): RenderedVariant & { layout: OverlayLayout } => {
      const frame = { width: chartWidths[variant], compact: variant === 'narrow' };
      const { svg, xml, scales } = renderSvg(chartOptions(chart.spec, frame), {
        id: `${id}-${variant}`,
        title,
        description: `${content.keyFigure.sentence} ${content.summary}`,
      });
      return { svg, xml, layout: overlayLayout(chart.targets, scales), width: scales.width, height: scales.height };
    };
    const { layout: wideLayout, ...wide } = render('wide');
    const { layout: narrowLayout, ...narrow } = render('narrow');
    return { chart, id, wide, narrow, overlay: chartOverlay(wideLayout, narrowLayout, id) };
  });
  const sources = content.sources.map((id) => findSource(data, id));
  const cells = numbersOf(content.table);
  const attributions = distinct(byColumn(content.table).map((c) => c.attribution));
  const coverage = tableCoverage(content.table);
  const { table, footnotes } = markSources(content.table);
  const flags = sortFlags(cells.flatMap((c) => shownFlags(c.flags)));
  const view: FigureView = {
    spec,
    def,
    title: figureTitle,
    content,
    subtitle: spec.subtitle(coverage, def.selection),
    notes: typeof spec.notes === 'function' ? spec.notes(coverage) : [...spec.notes],
    table,
    footnotes,
    charts,
    sources,
    attributions,
    flags,
    flagNotes: flags.map((flag) => flagNote(content.table, flag)),
    notices: noticeTexts(sources),
    sourceLine: sourceLine(sources, data.drop, attributions),
    citation: citationText(attributions, data.drop),
    drop: data.drop,
  };
  views.set(key, view);
  return view;
}

/** Every number of a table, in reading order. */
export function numbersOf(table: DataTable): CellData[] {
  return table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.data ? [cell.data] : [])));
}

const listedAtMost = 4;

/** " (95%-marge 79,6 – 91,4)" for a number with a margin. */
const marginOf = (data: CellData) =>
  data.lower != null && data.upper != null ? ` (95%-marge ${formatNumber(data.lower, 1)} – ${formatNumber(data.upper, 1)})` : '';

function flagNote(table: DataTable, flag: Flag): FlagNote {
  const numbers = (i: number) => table.rows.flatMap((row) => (row.cells[i]?.data ? [row.cells[i].data] : []));
  const columns = table.columns.slice(1).map((heading, i) => {
    const all = numbers(i);
    return { heading, all: all.length, flagged: all.filter((data) => data.flags.includes(flag)).length };
  });
  // A column whose every number has the flag (a derived series) is said once, not number by number.
  const whole = columns.map((c) => c.flagged > listedAtMost && c.flagged === c.all);
  const single = table.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) =>
      cell.data?.flags.includes(flag) && !whole[i]
        ? [`${cell.label ?? table.columns[i + 1] ?? ''}, ${formatPeriod(cell.data.period)}: ${cell.text}${marginOf(cell.data)}`]
        : [],
    ),
  );
  const entries = [...columns.flatMap((c, i) => (whole[i] ? [`${c.heading}: alle ${formatNumber(c.flagged, 0)} cijfers`] : [])), ...single];
  const count = columns.reduce((n, c) => n + c.flagged, 0);
  return { flag, values: entries.length <= listedAtMost ? entries : [], count };
}

/** Every number of a table column by column (a series' source before the next series'), oldest first. */
function byColumn(table: DataTable): CellData[] {
  // Series tables list the newest period first; their sources are named in the order they start.
  const rows = table.sourceColumn === undefined ? [...table.rows].reverse() : table.rows;
  return table.columns.flatMap((_, i) => rows.flatMap((row) => (row.cells[i]?.data ? [row.cells[i].data] : [])));
}

const sourceKey = (a: Attribution) => `${a.citation}|${a.url ?? ''}`;

function distinct(attributions: readonly Attribution[]): Attribution[] {
  return [...new Map(attributions.map((a) => [sourceKey(a), a])).values()];
}

/** "a" … "z", "aa" …: the n-th footnote mark (letters, so no digit joins the number it follows). */
function mark(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : `${mark(Math.floor(n / 26) - 1)}${letter}`;
}

/**
 * Where a table's numbers come from more than one source (a table and published single figures, or
 * several articles), each number's source is named by a footnote mark: on the column heading when the
 * whole column has one source (a series), else on the number. A table with a source column (single
 * figures) names the source on every row already.
 */
function markSources(table: DataTable): { table: DataTable; footnotes: SourceFootnote[] } {
  const sources = distinct(byColumn(table).map((c) => c.attribution));
  if (table.sourceColumn !== undefined || sources.length <= 1) return { table, footnotes: [] };
  const marks = new Map(sources.map((a, i) => [sourceKey(a), mark(i)]));
  // Per column of cells (the heading of cell i is columns[i + 1]): its one mark, when it has one source.
  const columnMarks = table.columns.slice(1).map((_, i) => {
    const keys = new Set(table.rows.flatMap((row) => (row.cells[i]?.data ? [sourceKey(row.cells[i].data.attribution)] : [])));
    return keys.size === 1 ? marks.get([...keys][0]!) : undefined;
  });
  return {
    table: {
      ...table,
      columnMarks,
      rows: table.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell, i) =>
          cell.data && columnMarks[i] === undefined ? { ...cell, mark: marks.get(sourceKey(cell.data.attribution)) } : cell,
        ),
      })),
    },
    footnotes: sources.map((a) => ({ mark: marks.get(sourceKey(a))!, citation: a.citation, url: a.url })),
  };
}

function findSource(data: GeneratedData, id: string): SourceRecord {
  for (const meta of Object.values(data.meta)) {
    const found = meta.sources.find((s) => s.id === id);
    if (found) return found;
  }
  throw new Error(`source ${id} is in no src/generated/*.meta.json`);
}
