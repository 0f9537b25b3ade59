import { formatSignedPercent } from '../../format/number.ts';
import { formatPeriod, periodKindWords } from '../../format/period.ts';
import type { GeneratedData, SeriesDataset } from '../../lib/generated.ts';
import { comparePeriodCodes, type PeriodKind, parsePeriodCode, periodCode } from '../../lib/period.ts';
import { flagSuffix } from '../../lib/provenance/flags.ts';
import { seriesKey } from '../../lib/series-key.ts';
import type { CellData, FigureContent, TableCell } from '../figure-spec.ts';
import { findSeries, pointsOf, seriesCell } from '../select.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import { isPicked, periodTest, seriesChoices, type ViewSelection, viewCaption, viewPhrase } from '../view-selection.ts';
import type { NamedSeries } from '../vocabulary/series.ts';
import { cellRef, derivedCell } from './derived.ts';

export interface GrowthInput {
  /** The series whose growth is shown, one panel each, in reading order. */
  series: readonly NamedSeries[];
  kind: PeriodKind;
  /** Panels per row in the wide variant. */
  columns?: number;
  /** A series' name over its panel, when the label is too long for it (default: the label). */
  panelLabel?: (named: NamedSeries) => string;
  /** What the figure shows, for the summary: "de groei van het aantal bedrijven per grootteklasse". */
  what: string;
  caption: string;
  keyFigureLabel: string;
  /** What the lead says grew, of the first series: "het aantal bedrijven". */
  subject: string;
  /** What the lead says grew in a view of one series: "het aantal bedrijven met 1 werkzame persoon". */
  seriesSubject: (named: NamedSeries) => string;
}

interface Track {
  named: NamedSeries;
  key: string;
  cells: CellData[];
}

/** The key of a derived growth rate: the series' own, with the measure marked as its growth. */
const growthKey = (named: NamedSeries) => ({ source: named.source, series: `groei-${named.series}`, category: named.category });

/**
 * Growth in percent against the same period a year earlier, derived from published levels (each number
 * flagged 'afgeleid', with the two numbers it comes from): one small chart per series on a shared scale,
 * the latest period as bars, a table with every rate. A view keeps the series it picks (one panel, no bars)
 * and the periods it asks for; its key figure and lead are then the picked series' own.
 */
export function growthContent(data: GeneratedData, input: GrowthInput, view: ViewSelection = {}): FigureContent {
  const all: Track[] = input.series.map((named, i) => {
    const series = findSeries(data, named);
    const points = pointsOf(series, input.kind);
    const values = new Map(points.map((p) => [`${seriesKey(series)}#${p.period}`, seriesCell(named.dataset, series, p)]));
    const cells = points.flatMap((p) => {
      const period = parsePeriodCode(p.period)!;
      const before = periodCode(period.kind, period.year - 1, period.index);
      if (!values.has(`${seriesKey(series)}#${before}`)) return [];
      const derivation = { kind: 'growth' as const, current: cellRef(series, p.period), previous: cellRef(series, before) };
      return [derivedCell(named.dataset as SeriesDataset, growthKey(named), p.period, '%', derivation, values)];
    });
    if (cells.length === 0) throw new Error(`figure data: ${seriesKey(series)} has no period a year after another`);
    return { named, key: `panel-${i}`, cells };
  });
  const picked = all.filter((t) => isPicked(t.named.dimensions, view));
  if (picked.length === 0) throw new Error(`figure data: no series of "${input.caption}" is ${view.series?.value.label}`);
  const pickedPeriods = picked.flatMap((t) => t.cells.map((c) => c.period)).sort(comparePeriodCodes);
  const choices = {
    series: seriesChoices(input.series.map((named) => named.dimensions)),
    span: { first: pickedPeriods[0]!, last: pickedPeriods.at(-1)! },
  };
  const inPeriod = periodTest(view, choices.span.last);
  const tracks = picked.map((t) => ({ ...t, cells: t.cells.filter((c) => inPeriod(c.period)) }));
  const say = (cell: CellData) => `${formatSignedPercent(cell.value, 1)}${flagSuffix(cell.flags)}`;
  const periods = [...new Set(tracks.flatMap((t) => t.cells.map((c) => c.period)))].sort(comparePeriodCodes);
  const first = periods[0]!;
  const latest = periods.at(-1)!;
  const latestCells = tracks.flatMap((t) => t.cells.filter((c) => c.period === latest).map((cell) => ({ track: t, cell })));
  const columns = Math.min(input.columns ?? 4, tracks.length);
  const panels = tracks.map((t) => ({ key: t.key, label: input.panelLabel?.(t.named) ?? t.named.label }));
  const target = (t: Track, panel: number) => {
    const cell = t.cells.at(-1)!;
    return { panel, label: `${t.named.label}, ${formatPeriod(cell.period)}: ${say(cell)} t.o.v. een jaar eerder` };
  };

  const table = {
    caption: viewCaption(input.caption, view),
    columns: ['Periode', ...tracks.map((t) => t.named.label)],
    rows: [...periods].reverse().map((period) => ({
      header: formatPeriod(period),
      cells: tracks.map((t): TableCell => {
        const cell = t.cells.find((c) => c.period === period);
        return cell
          ? { text: formatSignedPercent(cell.value, 1), data: cell, label: `Groei t.o.v. een jaar eerder (afgeleid), ${t.named.label}` }
          : { text: '–' };
      }),
    })),
  };
  const main = latestCells[0];
  if (!main) throw new Error(`figure data: no series has a value in ${latest}`);
  const charts: FigureContent['charts'] = [
    {
      title: `Per ${periodKindWords[input.kind]}, ${formatPeriod(first)} – ${formatPeriod(latest)}`,
      spec: {
        kind: 'smallmultiples',
        rows: tracks.flatMap((t) => t.cells.map((c) => ({ panel: t.key, period: c.period, value: c.value }))),
        options: {
          panels,
          missingLabel: '',
          columns,
          yLabel: '%',
          tickFormat: (v) => formatSignedPercent(v, 0),
          formatValue: (v) => formatSignedPercent(v, 1),
        },
      },
      targets: tracks.map(target),
    },
    {
      title: formatPeriod(latest).replace(/^./, (c) => c.toUpperCase()),
      spec: {
        kind: 'bar',
        rows: latestCells.map(({ track, cell }) => ({ key: track.key, label: track.named.label, value: cell.value, series: track.key })),
        options: { formatValue: (v) => formatSignedPercent(v, 1) },
      },
      targets: latestCells.map(({ track, cell }) => ({
        y: track.key,
        label: `${track.named.label}, ${formatPeriod(latest)}: ${say(cell)} t.o.v. een jaar eerder`,
      })),
    },
  ];
  return {
    // One series: its latest period is the last point of its panel, no bar chart of one bar.
    charts: tracks.length > 1 ? charts : charts.slice(0, 1),
    table,
    summary:
      `De grafiek toont ${input.what}${viewPhrase(view)} ten opzichte van dezelfde periode een jaar eerder, van ${formatPeriod(first)} tot en met ${formatPeriod(latest)}, berekend uit de gepubliceerde aantallen. ` +
      `${formatPeriod(latest).replace(/^./, (c) => c.toUpperCase())}: ${latestCells.map(({ track, cell }) => `${track.named.label} ${say(cell)}`).join('; ')}.`,
    sources: [...new Set(tracks.map((t) => t.named.source))],
    provisional: false,
    keyFigure: keyFigureOf(
      {
        label: view.series ? `${input.keyFigureLabel}, ${main.track.named.label}` : input.keyFigureLabel,
        data: main.cell,
        status: pointsOf(findSeries(data, main.track.named), input.kind).find((p) => p.period === latest)?.status ?? 'onbekend',
        describe: (v) => formatSignedPercent(v, 1),
        better: main.track.named.better,
      },
      {
        clause: (change) => `was ${view.series ? input.seriesSubject(main.track.named) : input.subject} ${change}`,
        measure: { kind: 'growth', decimals: 1 },
        words: 'size',
      },
    ),
    choices,
  };
}
