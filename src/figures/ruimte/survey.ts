import type { ErrorBarRow } from '../../charts/error-bar-chart.ts';
import type { SeriesSpec } from '../../charts/frame.ts';
import { formatNumber, formatPercent } from '../../format/number.ts';
import { formatPeriod, formatPeriodShort } from '../../format/period.ts';
import type { GeneratedData, GeneratedSeries } from '../../lib/generated.ts';
import { comparePeriodCodes, yearEarlier } from '../../lib/period.ts';
import { type Flag, flagSuffix } from '../../lib/provenance/flags.ts';
import { seriesKey } from '../../lib/series-key.ts';
import type { ChartTarget, DataTable, FigureContent, KeyFigure } from '../figure-spec.ts';
import { familySeries, pointsOf, seriesCell } from '../select.ts';
import type { Better } from '../sentence/compare.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import { isPicked, seriesChoices, type ViewSelection, viewCaption } from '../view-selection.ts';
import { seriesFamilies } from '../vocabulary/series.ts';
import { sizeClassRank, sizeClassSeries, surveyClasses } from '../vocabulary/size-classes.ts';

/** The Financieringsmonitor's measures by table number, with the short name readers see. */
export const measures = [
  { id: 'FM2025-4.1', label: 'Nieuwe externe financieringsbehoefte', of: 'van alle mkb-bedrijven' },
  { id: 'FM2025-5.1.1', label: 'Oriëntatie op de mogelijkheden', of: 'van bedrijven met een behoefte' },
  { id: 'FM2024-7.1.1', label: '(Deels) succesvolle aanvraag', of: 'van bedrijven met een aanvraag' },
  { id: 'FM2025-8.1.1', label: 'Verwachte toekomstige financieringsbehoefte', of: 'van alle bedrijven' },
] as const;

/** The Financieringsmonitor's size classes as chart series, in reading order (colours and symbols follow it). */
export const sizeClasses: SeriesSpec[] = sizeClassSeries(surveyClasses);

export interface SurveyPoint {
  measure: (typeof measures)[number];
  series: GeneratedSeries;
  sizeClass: SeriesSpec;
  period: string;
  status: string;
  value: number;
  lower: number | null;
  upper: number | null;
  flags: Flag[];
}

/** Every Financieringsmonitor estimate of the given measures, by measure, period and size class. */
export function surveyPoints(data: GeneratedData, ids: readonly string[]): SurveyPoint[] {
  const rank = (code: string) => sizeClassRank(surveyClasses, code);
  return measures
    .filter((m) => ids.includes(m.id))
    .flatMap((measure) =>
      familySeries(data, seriesFamilies.financieringsmonitor)
        .filter((s) => s.series === measure.id)
        .sort((a, b) => rank(a.category) - rank(b.category))
        .flatMap((series) =>
          pointsOf(series, 'july-year').map((p) => ({
            measure,
            series,
            sizeClass: sizeClasses[rank(series.category)]!,
            period: p.period,
            status: p.status,
            value: p.value,
            lower: p.lower ?? null,
            upper: p.upper ?? null,
            flags: p.flags ?? [],
          })),
        ),
    );
}

export const pointKey = (p: SurveyPoint) => `${seriesKey(p.series)}|${p.period}`;

/** The estimate's size class as a dimension value, for the views (one size class at a time). */
const dimensionsOf = (p: SurveyPoint) => ({ sizeClass: { code: p.sizeClass.key, label: p.sizeClass.label } });

/** The estimates a view keeps: those of its size class, or all. */
export function pickedPoints(points: readonly SurveyPoint[], view: ViewSelection = {}): SurveyPoint[] {
  return points.filter((p) => isPicked(dimensionsOf(p), view));
}

export function marginText(p: SurveyPoint): string {
  return p.lower !== null && p.upper !== null ? `${formatNumber(p.lower, 1)} – ${formatNumber(p.upper, 1)}` : 'niet gepubliceerd';
}

/** "15,0% (95%-marge 13,2% tot 16,8%)". */
function withMargin(p: SurveyPoint): string {
  const margin = p.lower !== null && p.upper !== null ? ` (95%-marge ${formatPercent(p.lower)} tot ${formatPercent(p.upper)})` : '';
  return `${formatPercent(p.value)}${margin}`;
}

/** The estimate with its margin and flags, as the tooltips and the summary say it. */
export function describePoint(p: SurveyPoint): string {
  return `${withMargin(p)}${flagSuffix(p.flags)}`;
}

export interface SurveyContentInput {
  /** The estimates drawn, in the order shown. */
  drawn: SurveyPoint[];
  /** The estimates in the table (default: those drawn). */
  listed?: SurveyPoint[];
  /** Heading a row is listed under in the chart, and its label. */
  group: (p: SurveyPoint) => string;
  label: (p: SurveyPoint) => string;
  caption: string;
  /** What the chart shows, after the lead sentence. */
  summary: string;
  keyFigure: SurveyKey;
  /** Show the key: the size classes drawn (off when the labels name them). */
  legend?: boolean;
  /** The view shown, and every estimate of the figure (the size classes a reader can choose from). */
  view: ViewSelection;
  all: readonly SurveyPoint[];
}

/** The headline estimate of a survey figure and how its lead says it. */
export interface SurveyKey {
  point: SurveyPoint;
  label: string;
  /**
   * value => "had 15,0% (95%-marge …) van de mkb-bedrijven een nieuwe externe financieringsbehoefte"; none: the
   * lead reads "<label>, <period>: <value>" (a view of one size class).
   */
  clause?: (value: string) => string;
  better: Better;
}

/** A Financieringsmonitor figure: estimates with their margins as error bars, every estimate in the table. */
export function surveyContent(input: SurveyContentInput): FigureContent {
  const { rows, targets } = errorBars(input.drawn, input.group, input.label);
  const listed = input.listed ?? input.drawn;
  const legend = sizeClasses.filter((c) => input.drawn.some((p) => p.sizeClass.key === c.key));
  const keyFigure = surveyKeyFigure(input.keyFigure, listed);
  return {
    charts: [
      {
        spec: { kind: 'errorbar', rows, options: { series: sizeClasses, max: 100 } },
        targets,
        ...(input.legend ? { legend } : {}),
      },
    ],
    table: surveyTable(listed, viewCaption(input.caption, input.view)),
    summary: input.summary,
    keyFigure,
    sources: surveySources(listed),
    provisional: false,
    choices: { series: seriesChoices(input.all.map(dimensionsOf)) },
  };
}

/**
 * The key estimate with its lead; the same measure and class a measurement year earlier is its comparison, in
 * procentpunt, and a difference within the overlapping 95% margins is said to be so (news: within-margin).
 */
function surveyKeyFigure(key: SurveyKey, points: SurveyPoint[]): KeyFigure {
  const { point } = key;
  const before = yearEarlier(point.period);
  const previous = points.find((p) => p.series === point.series && p.period === before);
  return keyFigureOf(
    {
      label: key.label,
      data: seriesCell('financiering', point.series, point),
      previous: previous ? seriesCell('financiering', previous.series, previous) : undefined,
      status: point.status,
      describe: (value) => formatPercent(value),
      better: key.better,
    },
    {
      ...(key.clause ? { clause: key.clause } : {}),
      value: () => withMargin(point),
      measure: { kind: 'difference', unit: 'procentpunt', decimals: 1 },
      words: 'count',
    },
  );
}

/**
 * The need for new external financing of the point's size class (the mkb's on the figure page, a view's own
 * class on its page). 'neither': a larger need can mean investment plans as well as a shortage of own means,
 * so the tiles give no judgement.
 */
export function needKey(point: SurveyPoint): SurveyKey {
  if (point.sizeClass.key !== 'mkb') return classKey(point, 'neither');
  return {
    point,
    label: 'Mkb-bedrijven met een nieuwe financieringsbehoefte',
    clause: (v) => `had ${v} van de mkb-bedrijven een nieuwe externe financieringsbehoefte`,
    better: 'neither',
  };
}

/**
 * The key of a view of one size class other than the mkb as a whole: the measure and class by name, the lead
 * "<measure>, <class>, <year>: <value>" (the figures' clauses speak of the mkb).
 */
export function classKey(point: SurveyPoint, better: Better = 'neither'): SurveyKey {
  return { point, label: `${point.measure.label}, ${point.sizeClass.label}`, better };
}

/** The (partly) successful financing applications of the point's size class; more is more financing found. */
export function successKey(point: SurveyPoint): SurveyKey {
  if (point.sizeClass.key !== 'mkb') return classKey(point, 'higher');
  return {
    point,
    label: 'Mkb-bedrijven met een (deels) succesvolle financieringsaanvraag',
    clause: (v) => `was de financieringsaanvraag van ${v} van de mkb-bedrijven met een aanvraag (deels) succesvol`,
    better: 'higher',
  };
}

/** Rows of an error-bar chart, grouped under `group`, and the targets for the overlay. */
function errorBars(
  points: SurveyPoint[],
  group: (p: SurveyPoint) => string,
  label: (p: SurveyPoint) => string,
): { rows: ErrorBarRow[]; targets: ChartTarget[] } {
  return {
    rows: points.map((p) => ({
      key: pointKey(p),
      label: label(p),
      group: group(p),
      value: p.value,
      lower: p.lower,
      upper: p.upper,
      series: p.sizeClass.key,
    })),
    targets: points.map((p) => ({ y: pointKey(p), label: `${group(p)}, ${label(p)}: ${describePoint(p)}` })),
  };
}

/** Every estimate with its margin; newest measurement year first. */
function surveyTable(points: SurveyPoint[], caption: string): DataTable {
  const sorted = [...points].sort(
    (a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure) || comparePeriodCodes(b.period, a.period),
  );
  return {
    caption,
    columns: ['Maatstaf en meetjaar', 'Grootteklasse', 'Aandeel (%)', '95%-marge (%)'],
    rows: sorted.map((p) => ({
      header: `${p.measure.label}, ${formatPeriod(p.period)}`,
      cells: [
        { text: p.sizeClass.label },
        {
          text: formatNumber(p.value, 1),
          data: seriesCell('financiering', p.series, p),
          label: `${p.measure.label}, ${p.sizeClass.label}`,
        },
        { text: marginText(p) },
      ],
    })),
  };
}

export const surveyNotes = [
  'Financieringsmonitor van CBS: een enquête onder mkb-bedrijven in de business economy met minstens 2 werkzame personen. Een meetjaar loopt van juli tot juli (“juli 2024 – juli 2025”).',
  'Omdat het om een steekproef gaat, staat bij elk cijfer de 95%-marge (de horizontale lijn met streepjes): de werkelijke waarde ligt met 95% zekerheid daartussen. Verschillen binnen de marges zijn niet betekenisvol.',
  'Grootteklassen: micro 2 tot 10, klein 10 tot 50, midden 50 tot 250 werkzame personen; groot 250 of meer.',
];

export const shortYear = (p: SurveyPoint) => formatPeriodShort(p.period);

function surveySources(points: SurveyPoint[]): FigureContent['sources'] {
  return [...new Set(points.map((p) => p.series.source))];
}
