import type { AreaChartOptions, AreaPoint } from '../charts/area-chart.ts';
import type { BarChartOptions, BarRow } from '../charts/bar-chart.ts';
import type { DotChartOptions, DotRow } from '../charts/dot-chart.ts';
import type { ErrorBarChartOptions, ErrorBarRow } from '../charts/error-bar-chart.ts';
import type { ChartFrame, SeriesSpec } from '../charts/frame.ts';
import type { LineChartOptions, LinePoint } from '../charts/line-chart.ts';
import type { LineMultiplesOptions } from '../charts/line-multiples.ts';
import type { PanelPoint, SmallMultiplesOptions } from '../charts/small-multiples.ts';
import type { TileMapOptions, TileRow } from '../charts/tile-map.ts';
import type { DatasetName, GeneratedData } from '../lib/generated.ts';
import type { Attribution } from '../lib/provenance/attribution.ts';
import type { Flag } from '../lib/provenance/flags.ts';
import type { Coverage } from './coverage.ts';
import type { Better, Comparison } from './sentence/compare.ts';
import type { ThemeId } from './themes.ts';
import type { ViewChoices, ViewSelection } from './view-selection.ts';

export type ChartKind = 'line' | 'bar' | 'dot' | 'errorbar' | 'area' | 'tilemap' | 'smallmultiples';

/** The chart of a figure: rows and options for one chart function, without the frame (width, compact). */
export type ChartSpec =
  | { kind: 'line'; rows: LinePoint[]; options: Omit<LineChartOptions, keyof ChartFrame> }
  | { kind: 'bar'; rows: BarRow[]; options: Omit<BarChartOptions, keyof ChartFrame> }
  | { kind: 'dot'; rows: DotRow[]; options: Omit<DotChartOptions, keyof ChartFrame> }
  | { kind: 'errorbar'; rows: ErrorBarRow[]; options: Omit<ErrorBarChartOptions, keyof ChartFrame> }
  | { kind: 'linemultiples'; rows: LinePoint[]; options: Omit<LineMultiplesOptions, keyof ChartFrame> }
  | { kind: 'area'; rows: AreaPoint[]; options: Omit<AreaChartOptions, keyof ChartFrame> }
  | { kind: 'tilemap'; rows: TileRow[]; options: Omit<TileMapOptions, keyof ChartFrame> }
  | { kind: 'smallmultiples'; rows: PanelPoint[]; options: Omit<SmallMultiplesOptions, keyof ChartFrame> };

/** A published number in the generated data (the cell's dataset, unless `dataset` names another): its series key and period. */
export interface CellRef {
  dataset?: DatasetName;
  series: string;
  period: string;
}

/**
 * How a derived number is computed from published ones, so that a reader (and the dist tests) can redo it:
 * a difference of sums (large firms = the size classes − the mkb total) or a growth rate in percent against
 * an earlier period ((current / previous − 1) × 100).
 */
export type Derivation =
  | { kind: 'difference'; plus: CellRef[]; minus: CellRef[] }
  | { kind: 'growth'; current: CellRef; previous: CellRef };

/**
 * A number in a table cell with its identity (the dist tests compare it to src/generated) and its own
 * provenance: who published it, where, under which licence, in which unit, with which flags. The chart's
 * tooltip, the table and the downloads all read it from here. A number flagged 'afgeleid' names in `derived`
 * how it is computed, and the dist tests redo the computation.
 */
export interface CellData {
  dataset: DatasetName;
  /** `${source}|${series}|${category}`, or for single figures `${topic}|${series}|${category}|${period || period_text}`. */
  series: string;
  /** Period code; for single figures without one, the publication's period text (as in the series key). */
  period: string;
  /** The value as src/generated holds it, in `unit`. */
  value: number;
  attribution: Attribution;
  /** The unit of `value` in the site's vocabulary ("× 1 000", "mln euro", "%"). */
  unit: string;
  flags: Flag[];
  /** The 95% margin, where the source gives one (in `unit`). */
  lower?: number | null;
  upper?: number | null;
  /** The publication's wording or another remark on the number ("gepubliceerd als ‘bijna 39 duizend’"). */
  remark?: string;
  /** Shown in another unit than the source's, exactly: `value / divisor` in `unit` (published counts in thousands). */
  shownIn?: { unit: string; divisor: number };
  /** For a number flagged 'afgeleid': the published numbers it is computed from. */
  derived?: Derivation;
}

/**
 * A number the source does not have, named like a cell's data (the dist tests find the symbol in
 * src/generated): shown in words (`TableCell.text`, "ontbreekt in deze bron"), never as 0, and listed in
 * the downloads without a value.
 */
export interface MissingCell {
  dataset: DatasetName;
  series: string;
  period: string;
  /** The symbol of the generated point: why the value is absent ('ontbreekt'). */
  symbol: string;
  /** The source that lacks the number, as for a number it has (the downloads list it). */
  attribution: Attribution;
  /** The unit the series would be in. */
  unit: string;
}

export interface TableCell {
  /** The number or text as shown; a number's flags are added after it (src/components/TableMarkup.astro). */
  text: string;
  data?: CellData;
  missing?: MissingCell;
  /** What a number is, without its period ("Mkb-bedrijven, mkb totaal"): the downloads' `reeks`. Default: the column heading. */
  label?: string;
  /** A link in a text cell (the page a single figure was published on). */
  href?: string;
  /** The footnote naming the number's source, where a table mixes sources (set by src/lib/pages/figure-view.ts). */
  mark?: string;
}

export interface DataTable {
  caption: string;
  /** Column headings; the first heads the row headings. */
  columns: string[];
  rows: { header: string; cells: TableCell[] }[];
  /** A column naming each row's publisher (single figures): then the cells need no source markers. */
  sourceColumn?: number;
  /** Per column of cells, the footnote naming the source of all its numbers (set by src/lib/pages/figure-view.ts). */
  columnMarks?: (string | undefined)[];
}

/** Something a reader can point at in the chart: a period (x), a row (y), a tile (cell) or a panel, and what it says. */
export interface ChartTarget {
  x?: Date;
  y?: string;
  /** A tile of a tile map: its column and row on the band scales x and y. */
  cell?: { column: number; row: number };
  /** A panel of small multiples, by its place in reading order (each rendering lays the panels out itself). */
  panel?: number;
  label: string;
  /** The page the target stands for (a region's own page): the overlay point is a link there. */
  href?: string;
}

/** The figure's headline number and its lead sentence (src/figures/sentence/), for the tiles, cards and pages. */
export interface KeyFigure {
  label: string;
  value: string;
  /** The period as readers see it, with its status ("mei 2026 (voorlopig)"). */
  period: string;
  /** The period's status as the data gives it ("voorlopig", "definitief", "onbekend"). */
  status: string;
  /** "−22% t.o.v. mei 2025", or empty when there is no comparable earlier period (or the value is a growth rate). */
  change: string;
  /** One sentence from the data: the figure page's lead, the chart's text alternative, the share text, the embed caption. */
  sentence: string;
  /** How the value compares with a year earlier, and whether that is good news for the mkb. */
  comparison?: Comparison;
  /** Which way is better for the mkb (src/figures/vocabulary/series.ts, or the figure for single figures). */
  better: Better;
  data: CellData;
  /** The figure a year earlier, when the change is computed from it. */
  previous?: CellData;
}

/** One chart of a figure (most figures have one; some a second panel, e.g. the latest period as bars). */
export interface FigureChart {
  spec: ChartSpec;
  targets: ChartTarget[];
  /** Heading of the panel when a figure has more than one chart. */
  title?: string;
  /** Series for the page's key (legend), when the chart has more than one series or reference points. */
  legend?: readonly (SeriesSpec & { reference?: boolean })[];
}

/** What a figure shows, built from the generated data. */
export interface FigureContent {
  charts: FigureChart[];
  table: DataTable;
  /** What the chart shows; the SVG's text alternative is the key figure's sentence, then this. */
  summary: string;
  /** Source ids (meta.sources[].id) the numbers come from. */
  sources: string[];
  /** True when any period shown is provisional: the page adds the legend note. */
  provisional: boolean;
  /** Every figure has one: its tile on the home page and /overzicht/ and its lead come from it. */
  keyFigure: KeyFigure;
  /** Shown under the chart when part of the data could not be drawn (other unit, text-only period). */
  tableOnly?: string;
  /** The series and periods a reader may choose from (every view is built with `FigureSpec.build`); none: one view. */
  choices?: ViewChoices;
}

/** One figure of the dashboard: its page /figuren/<id>/, what it reads and how it draws it. */
export interface FigureSpec {
  /** URL slug. */
  id: string;
  theme: ThemeId;
  /** States the subject of the figure. */
  title: string;
  /**
   * Unit and period (and, where it applies, which firms: "alle groottes", the CBS size classes). The period
   * comes from the values shown (`coverage`), so the subtitle follows a new drop; `view` is the view shown
   * (src/lib/pages/views.ts), for a figure whose views show another kind of chart than its default.
   */
  subtitle: (coverage: Coverage, view: ViewSelection) => string;
  datasets: DatasetName[];
  kind: ChartKind;
  /** Definitions and breaks in the series; a function when a note names periods of the data. */
  notes: readonly string[] | ((coverage: Coverage) => string[]);
  /** Where the data is thinner than the Jaarbericht's figure: what is shown instead, and why. */
  substitute?: string;
  /** The content of the figure's default view, or of the view `view` selects (src/figures/view-selection.ts). */
  build(data: GeneratedData, view?: ViewSelection): FigureContent;
}
