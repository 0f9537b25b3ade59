import type { BarChartOptions, BarRow } from '../charts/bar-chart.ts';
import type { DotChartOptions, DotRow } from '../charts/dot-chart.ts';
import type { ErrorBarChartOptions, ErrorBarRow } from '../charts/error-bar-chart.ts';
import type { ChartFrame, SeriesSpec } from '../charts/frame.ts';
import type { LineChartOptions, LinePoint } from '../charts/line-chart.ts';
import type { DatasetName, GeneratedData } from '../lib/generated.ts';
import type { ThemeId } from './themes.ts';

export type ChartKind = 'line' | 'bar' | 'dot' | 'errorbar';

/** The chart of a figure: rows and options for one chart function, without the frame (width, compact). */
export type ChartSpec =
  | { kind: 'line'; rows: LinePoint[]; options: Omit<LineChartOptions, keyof ChartFrame> }
  | { kind: 'bar'; rows: BarRow[]; options: Omit<BarChartOptions, keyof ChartFrame> }
  | { kind: 'dot'; rows: DotRow[]; options: Omit<DotChartOptions, keyof ChartFrame> }
  | { kind: 'errorbar'; rows: ErrorBarRow[]; options: Omit<ErrorBarChartOptions, keyof ChartFrame> };

/**
 * What a number is beyond its period status: 'gekoppeld' = a discontinued series continued with its successor's
 * published growth (scripts/build-data/chain-link.ts). Shown in the table, the tooltip and the downloads.
 */
export type CellFlag = 'gekoppeld';

/** The machine-readable identity of a number in a table cell (the dist tests compare it to src/generated). */
export interface CellData {
  dataset: DatasetName;
  /** `${source}|${series}|${category}`, or for single figures `${topic}|${series}|${category}|${period || period_text}`. */
  series: string;
  /** Period code; for single figures without one, the publication's period text (as in the series key). */
  period: string;
  value: number;
  flags?: CellFlag[];
}

export interface TableCell {
  text: string;
  data?: CellData;
  /** What a number is, without its period ("Mkb-bedrijven, mkb totaal"): the downloads' `reeks`. Default: the column heading. */
  label?: string;
  /** A link in a text cell (the page a single figure was published on). */
  href?: string;
}

export interface DataTable {
  caption: string;
  /** Column headings; the first heads the row headings. */
  columns: string[];
  rows: { header: string; cells: TableCell[] }[];
}

/** Something a reader can point at in the chart: a period (x) or a row (y), and what it says. */
export interface ChartTarget {
  x?: Date;
  y?: string;
  label: string;
}

/** The figure's headline number, for theme cards and the home page. */
export interface KeyFigure {
  label: string;
  value: string;
  period: string;
  /** "+12 t.o.v. mei 2025", or empty when there is no comparable earlier period. */
  change: string;
  data: CellData;
  /** Source id (meta.sources[].id) of the number. */
  source: string;
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
  /** One or two sentences: what the chart shows and the latest value (the SVG's text alternative). */
  summary: string;
  /** Source ids (meta.sources[].id) the numbers come from. */
  sources: string[];
  /** True when any period shown is provisional: the page adds the legend note. */
  provisional: boolean;
  keyFigure?: KeyFigure;
  /** Shown under the chart when part of the data could not be drawn (other unit, text-only period). */
  tableOnly?: string;
}

/** One figure of the dashboard: its page /figuren/<id>/, what it reads and how it draws it. */
export interface FigureSpec {
  /** URL slug. */
  id: string;
  theme: ThemeId;
  /** States the subject of the figure. */
  title: string;
  /** Unit and period (and, where it applies, which firms: "alle groottes", the CBS size classes). */
  subtitle: string;
  datasets: DatasetName[];
  kind: ChartKind;
  /** Definitions and breaks in the series. */
  notes: string[];
  /** Where the data is thinner than the Jaarbericht's figure: what is shown instead, and why. */
  substitute?: string;
  build(data: GeneratedData): FigureContent;
}
