import type { SeriesSpec } from '../../charts/frame.ts';
import type { LineChartOptions, LinePoint } from '../../charts/line-chart.ts';
import { periodDate } from '../../charts/time-axis.ts';
import { formatNumber } from '../../format/number.ts';
import { formatPeriod, formatPeriodWithStatus } from '../../format/period.ts';
import type { GeneratedData, GeneratedFigure } from '../../lib/generated.ts';
import { comparePeriodCodes, latestPeriodCode, type PeriodKind, yearEarlier } from '../../lib/period.ts';
import { flagSuffix } from '../../lib/provenance/flags.ts';
import { isProvisional } from '../../lib/provisional.ts';
import { seriesKey } from '../../lib/series-key.ts';
import type { CellData, ChartTarget, Derivation, FigureChart, FigureContent, KeyFigure, TableCell } from '../figure-spec.ts';
import { figureCell, findSeries, pointsOf, seriesCell } from '../select.ts';
import type { Better } from '../sentence/compare.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import type { LeadWords } from '../sentence/lead.ts';
import { isPicked, periodTest, seriesChoices, type ViewSelection, viewCaption, viewPhrase } from '../view-selection.ts';
import type { Dimension, DimensionValue, NamedSeries } from '../vocabulary/series.ts';
import { derivedFrom } from './derived.ts';

export interface LineInput {
  /** The generated series drawn (src/figures/vocabulary/series.ts). */
  series: NamedSeries;
  /** Its name in the key and the table; default: the series' own label. */
  label?: string;
  kind: PeriodKind;
  /** First period shown (code), e.g. to leave out the years before a break. */
  from?: string;
  /** Index of the panel (chart) the line is drawn in; default 0. */
  panel?: number;
  /** A value with its unit, when it differs from the figure's `describe`. */
  describe?: (value: number) => string;
  cell?: (value: number) => string;
  /**
   * For a series the build computes from published ones (a sum of size classes): how each period's number
   * is computed, so it is flagged afgeleid and the tests redo the computation.
   */
  derived?: (period: string) => Derivation;
}

export interface ReferenceInput {
  dataset: 'kerncijfers' | 'productiviteit';
  rows: (GeneratedFigure & { value: number })[];
  label: string;
  /** The unit the figures are shown in when the line has another scale of the same unit (counts in thousands). */
  shownIn?: { unit: string; divisor: number };
  describe?: (value: number) => string;
  cell?: (value: number) => string;
  panel?: number;
  /** Draw in the colour and symbol of the n-th series of the panel (default: a style of its own). */
  styleIndex?: number;
  /** False: in the table only, because the figures measure something else than the panel's line (say why in `tableOnly`). */
  drawn?: boolean;
  /** The series the points belong to, when they belong to one: then a view of another series leaves them out. */
  dimensions?: Partial<Record<Dimension, DimensionValue>>;
}

type PanelOptions = Omit<LineChartOptions, 'series' | 'references' | 'width' | 'compact'> & {
  title?: string;
  /** A panel per line on one shared scale (src/charts/line-multiples.ts) instead of the lines in one chart. */
  multiples?: boolean;
};

export interface TimeSeriesInput {
  lines: LineInput[];
  references?: ReferenceInput[];
  /** A value with its unit for sentences and tooltips: "292 faillissementen". */
  describe: (value: number) => string;
  /** A value as a table cell (default: formatNumber). */
  cell?: (value: number) => string;
  /** How the lead sentence words the first line's latest value (src/figures/sentence/lead.ts). */
  lead?: LeadWords;
  /** What the chart shows, for the summary: "het aantal uitgesproken faillissementen per maand". */
  what: string;
  caption: string;
  /** Options per panel; one object for a single chart. */
  chart: PanelOptions | PanelOptions[];
  keyFigureLabel?: string;
  /** Why some figures are in the table only. */
  tableOnly?: string;
}

interface Row {
  period: string;
  status: string;
  /** The value in the unit shown (the line's). */
  value: number;
  data: CellData;
  series: string;
  text: string;
  said: string;
}

interface Track {
  key: string;
  label: string;
  better?: Better;
  /** The value with its unit, as the line describes it. */
  describe?: (value: number) => string;
  /** True for the first line: the figure's lead words are written for it. */
  first?: boolean;
  styleIndex: number;
  dimensions: Partial<Record<Dimension, DimensionValue>> | undefined;
  source: string | undefined;
  linkedSources?: string[];
  rows: Row[];
  panel: number;
  reference: boolean;
  drawn: boolean;
}

/** A table row of a track: the value as the table and the tooltip write it, with its flags in words. */
function trackRow(key: string, data: CellData, status: string, text: (v: number) => string, say: (v: number) => string): Row {
  const value = data.shownIn ? data.value / data.shownIn.divisor : data.value;
  return { period: data.period, status, value, data, series: key, text: text(value), said: `${say(value)}${flagSuffix(data.flags)}` };
}

/** The unit a cell is shown in. */
const shownUnit = (data: CellData) => data.shownIn?.unit ?? data.unit;

/**
 * A figure of long time series (lines, optional reference points, one or more panels): charts, table, summary.
 * A view keeps the series it picks and the periods it asks for; panels left empty are dropped, and every
 * series keeps its colour and symbol.
 */
export function timeSeriesContent(data: GeneratedData, input: TimeSeriesInput, view: ViewSelection = {}): FigureContent {
  const cell = input.cell ?? ((v: number) => formatNumber(v));
  const allLines: Track[] = input.lines.map((line, i) => {
    const series = findSeries(data, line.series);
    const points = pointsOf(series, line.kind).filter((p) => !line.from || comparePeriodCodes(p.period, line.from) >= 0);
    if (points.length === 0) throw new Error(`figure data: ${seriesKey(series)} has no ${line.kind} values`);
    const key = `line-${i}`;
    const text = line.cell ?? cell;
    const say = line.describe ?? input.describe;
    const rows = points.map((p) => {
      const data = seriesCell(line.series.dataset, series, p);
      return trackRow(key, line.derived ? derivedFrom(data, line.derived(p.period)) : data, p.status, text, say);
    });
    const label = line.label ?? line.series.label;
    // A linked series rests on its successor's figures too: its source record is the figure's too.
    const linkedSources = [...new Set(points.flatMap((p) => (p.linked ? [p.linked] : [])))];
    const panel = line.panel ?? 0;
    const styleIndex = input.lines.slice(0, i).filter((l) => (l.panel ?? 0) === panel).length;
    const dimensions = line.series.dimensions;
    const better = line.series.better;
    return {
      key,
      label,
      better,
      describe: say,
      first: i === 0,
      styleIndex,
      dimensions,
      source: series.source,
      linkedSources,
      rows,
      panel,
      reference: false,
      drawn: true,
    };
  });
  const allReferences: Track[] = (input.references ?? []).map((ref, i) => {
    const key = `reference-${i}`;
    const text = ref.cell ?? cell;
    const say = ref.describe ?? input.describe;
    const rows = ref.rows.map((r) => {
      const data = figureCell(ref.dataset, r);
      return trackRow(key, ref.shownIn ? { ...data, shownIn: ref.shownIn } : data, r.status, text, say);
    });
    const panel = ref.panel ?? 0;
    const before = [...input.lines, ...(input.references ?? []).slice(0, i)].filter((t) => (t.panel ?? 0) === panel).length;
    return {
      key,
      label: ref.label,
      styleIndex: ref.styleIndex ?? before,
      dimensions: ref.dimensions,
      source: ref.rows[0]?.source,
      rows,
      panel,
      reference: true,
      drawn: ref.drawn ?? true,
    };
  });
  const picked = allLines.filter((t) => isPicked(t.dimensions, view));
  if (picked.length === 0) throw new Error(`figure data: no series of "${input.caption}" is ${view.series?.value.label}`);
  // The span is the picked series' own: one sector may start later than the figure.
  const periodsOfPicked = [...new Set(picked.flatMap((t) => t.rows.map((r) => r.period)))].sort(comparePeriodCodes);
  const choices = {
    series: seriesChoices(input.lines.map((l) => l.series.dimensions)),
    span: { first: periodsOfPicked[0]!, last: periodsOfPicked.at(-1)! },
  };
  const inPeriod = periodTest(view, latestPeriodCode(picked.flatMap((t) => t.rows.map((r) => r.period)))!);
  const keep = (t: Track): Track => ({ ...t, rows: t.rows.filter((r) => inPeriod(r.period)) });
  const lines = picked.map(keep).filter((t) => t.rows.length > 0);
  const references = allReferences
    .filter((t) => t.dimensions === undefined || isPicked(t.dimensions, view))
    .map(keep)
    .filter((t) => t.rows.length > 0);
  const tracks = [...lines, ...references];
  // Never two units on one axis: a figure in another unit is converted (shownIn) or kept out of the chart.
  panelsOf(tracks).forEach((own, panel) => {
    const units = [...new Set(own.filter((t) => t.drawn).flatMap((t) => t.rows.map((r) => shownUnit(r.data))))];
    if (units.length > 1) throw new Error(`figure data: panel ${panel + 1} of "${input.caption}" draws ${units.join(' and ')} on one axis`);
  });
  const panels = Array.isArray(input.chart) ? input.chart : [input.chart];
  const lookup = new Map(tracks.flatMap((t) => t.rows.map((r) => [`${t.key}|${r.period}`, r] as const)));
  const periodsOf = (list: Track[]) => [...new Set(list.flatMap((t) => t.rows.map((r) => r.period)))].sort(comparePeriodCodes);
  const statusOf = (list: Track[], period: string) =>
    list.map((t) => lookup.get(`${t.key}|${period}`)?.status).find((s) => isProvisional(s)) ?? 'definitief';

  const charts: FigureChart[] = panels.flatMap(({ title, multiples, ...options }, index): FigureChart[] => {
    const own = tracks.filter((t) => t.panel === index && t.drawn);
    // A view may leave a panel without numbers (a series or years it does not show): no empty chart then.
    if (own.length === 0) return [];
    if (multiples && own.length > 1) return [multiplesChart(own, options, title)];
    const series: (SeriesSpec & { reference?: boolean })[] = own.map((t) => ({
      key: t.key,
      label: t.label,
      ...(t.reference ? { reference: true } : {}),
      styleIndex: t.styleIndex,
    }));
    const toPoint = (row: Row): LinePoint => ({
      series: row.series,
      period: row.period,
      value: row.value,
      provisional: isProvisional(row.status),
    });
    const targets: ChartTarget[] = periodsOf(own).map((period) => {
      const parts = own.flatMap((t) => {
        const row = lookup.get(`${t.key}|${period}`);
        if (!row) return [];
        // A published single figure names its publisher: it is not the line's source.
        const said = t.reference ? `${row.said}, bron: ${row.data.attribution.citation}` : row.said;
        return [own.length > 1 ? `${t.label}: ${said}` : said];
      });
      const status = statusOf(own, period);
      return { x: periodDate(period), label: `${formatPeriod(period)}: ${parts.join('; ')}${isProvisional(status) ? ` (${status})` : ''}` };
    });
    const chart: FigureChart = {
      ...(title ? { title } : {}),
      spec: {
        kind: 'line',
        rows: own.filter((t) => !t.reference).flatMap((t) => t.rows.map(toPoint)),
        options: { ...options, series, references: own.filter((t) => t.reference).flatMap((t) => t.rows.map(toPoint)) },
      },
      targets,
      ...(series.length > 1 ? { legend: series } : {}),
    };
    return [chart];
  });

  const periods = periodsOf(tracks);
  const tableRows = [...periods].reverse().map((period) => ({
    header: formatPeriodWithStatus(period, statusOf(tracks, period)),
    cells: tracks.map((t): TableCell => {
      const row = lookup.get(`${t.key}|${period}`);
      return row ? { text: row.text, data: row.data } : { text: '–' };
    }),
  }));

  const main = lines[0]!;
  // A view of one series: its key figure (and so its lead) is that series', computed from the view's numbers.
  const keyFigure = keyFigureOfTrack(main, view.series ? { ...input, keyFigureLabel: main.label } : input);
  const earlier = keyFigure.previous
    ? ` Een jaar eerder (${formatPeriod(keyFigure.previous.period)}): ${main.rows.find((r) => r.period === keyFigure.previous?.period)?.said}.`
    : '';
  const others = lines.slice(1).map((l) => {
    const last = l.rows.at(-1)!;
    return ` ${l.label}: ${last.said} (${formatPeriodWithStatus(last.period, last.status)}).`;
  });
  const summary = `De grafiek toont ${input.what}${viewPhrase(view)} van ${formatPeriod(periods[0]!)} tot en met ${formatPeriod(periods.at(-1)!)}.${earlier}${others.join('')}`;

  return {
    charts,
    table: { caption: viewCaption(input.caption, view), columns: ['Periode', ...tracks.map((t) => t.label)], rows: tableRows },
    summary,
    sources: [...new Set(tracks.flatMap((t) => [t.source, ...(t.linkedSources ?? [])]).filter((s): s is string => s !== undefined))],
    provisional: tracks.some((t) => t.rows.some((r) => isProvisional(r.status))),
    keyFigure,
    ...(input.tableOnly ? { tableOnly: input.tableOnly } : {}),
    choices,
  };
}

/** Tracks by panel index. */
function panelsOf(tracks: readonly Track[]): Track[][] {
  const panels: Track[][] = [];
  for (const t of tracks) {
    const panel = panels[t.panel] ?? [];
    panel.push(t);
    panels[t.panel] = panel;
  }
  return panels;
}

/** Small multiples of a panel's lines: one shared scale, the numbers in the table (no points to focus: too many). */
function multiplesChart(own: Track[], options: Omit<PanelOptions, 'title' | 'multiples'>, title: string | undefined): FigureChart {
  return {
    ...(title ? { title } : {}),
    spec: {
      kind: 'linemultiples',
      rows: own.flatMap((t) => t.rows.map((r) => ({ series: t.key, period: r.period, value: r.value }))),
      options: {
        series: own.map((t) => ({ key: t.key, label: t.label })),
        ...(options.yLabel ? { yLabel: options.yLabel } : {}),
        ...(options.tickFormat ? { tickFormat: options.tickFormat } : {}),
      },
    },
    targets: [],
  };
}

/** The latest value, the change against the same period a year earlier (when the series has it) and the lead. */
function keyFigureOfTrack(track: Track, input: TimeSeriesInput): KeyFigure {
  const latest = track.rows.at(-1)!;
  const before = yearEarlier(latest.period);
  const previous = track.rows.find((r) => r.period === before);
  return keyFigureOf(
    {
      label: input.keyFigureLabel ?? track.label,
      data: latest.data,
      previous: previous?.data,
      status: latest.status,
      describe: track.describe ?? input.describe,
      better: track.better ?? 'neither',
    },
    // The clause and the value's wording are written for the first line: a view of another series says
    // "<label>, <period>: <value as the line describes it>", its change measured as the figure's.
    track.first ? input.lead : { ...input.lead, clause: undefined, value: undefined },
  );
}
