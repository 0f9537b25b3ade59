import type { SeriesSpec } from '../../charts/frame.ts';
import { formatNumber } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import type { GeneratedFigure } from '../../lib/generated.ts';
import { comparePeriods, yearEarlier } from '../../lib/period.ts';
import { flagSuffix } from '../../lib/provenance/flags.ts';
import { figureKey } from '../../lib/series-key.ts';
import type { ChartSpec, DataTable, FigureContent, KeyFigure, TableCell } from '../figure-spec.ts';
import { figureCell, hasValue } from '../select.ts';
import type { Better } from '../sentence/compare.ts';
import { keyFigureOf } from '../sentence/key-figure.ts';
import type { LeadWords } from '../sentence/lead.ts';

type Figure = GeneratedFigure;
type Valued = Figure & { value: number };

export interface SingleFiguresInput {
  dataset: 'kerncijfers' | 'productiviteit';
  /** Every figure in the table, in the order shown. */
  rows: Figure[];
  chart: 'dot' | 'bar';
  /** Which rows are drawn (default: every row with a value); the rest are in the table only. */
  drawn?: (row: Valued) => boolean;
  /** The row's label in the chart ("1e kwartaal 2023"). */
  label: (row: Valued) => string;
  /** Heading the row is listed under in the chart. */
  group?: (row: Valued) => string;
  /** Colour and symbol: which series the row belongs to (dot charts; optional for bars). */
  series?: (row: Valued) => SeriesSpec;
  /** The value with its unit, for tooltips and the summary: "61.000 oprichtingen". */
  describe: (row: Valued) => string;
  /** The value label in the chart (default: formatNumber). */
  format?: (value: number) => string;
  /** What the chart shows, for the summary. */
  what: string;
  caption: string;
  /** Why some rows are in the table only. */
  tableOnly?: string;
  /** The headline figure (default: the drawn figure of the newest period) and its label (default: its measure). */
  keyFigure?: { row: (rows: Valued[]) => Valued | undefined; label: string };
  /** How the lead sentence words the key figure; the clause may read the row (its class, its sector). */
  lead?: Omit<LeadWords, 'clause'> & { clause?: (value: string, row: Valued) => string };
  /** Which way is better for the mkb; default 'neither' (published figures seldom have a year earlier to compare). */
  better?: Better;
  /** Show the key (legend); off when the group headings already name the series. Default: on. */
  legend?: boolean;
}

/** The period of a single figure as readers see it: the code via src/format, else the publication's text. */
export function figurePeriod(row: Figure): string {
  return row.period ? formatPeriod(row.period) : row.period_text;
}

/** Sparse published figures as a dot or bar chart, with every figure (and its source page) in the table. */
export function singleFiguresContent(input: SingleFiguresInput): FigureContent {
  const valued = input.rows.filter(hasValue);
  const drawn = valued.filter(input.drawn ?? (() => true));
  if (drawn.length === 0) throw new Error(`figure data: no single figures to draw for "${input.caption}"`);
  const format = input.format ?? ((v: number) => formatNumber(v));
  const series: SeriesSpec[] = [];
  for (const row of drawn) {
    const spec = input.series?.(row);
    if (spec && !series.some((s) => s.key === spec.key)) series.push(spec);
  }
  const bandRows = drawn.map((row) => ({
    key: figureKey(row),
    label: input.label(row),
    value: row.value,
    series: input.series?.(row).key ?? '',
    ...(input.group ? { group: input.group(row) } : {}),
  }));
  const spec: ChartSpec =
    input.chart === 'dot'
      ? { kind: 'dot', rows: bandRows, options: { series, formatValue: format } }
      : { kind: 'bar', rows: bandRows, options: { formatValue: format, ...(series.length > 1 ? { series } : {}) } };
  // What a reader hears or sees for a figure: its value in words, its flags, and who published it.
  const said = (row: Valued) =>
    `${input.group ? `${input.group(row)}, ` : ''}${input.label(row)}: ${input.describe(row)}${flagSuffix(row.flags)}`;
  const targets = drawn.map((row) => ({ y: figureKey(row), label: `${said(row)}, bron: ${row.attribution.citation}` }));

  const table: DataTable = {
    caption: input.caption,
    columns: ['Cijfer', 'Groep', 'Periode', 'Waarde', 'Eenheid', 'Bron'],
    sourceColumn: 4,
    rows: input.rows.map((row) => ({
      header: row.series,
      cells: [
        { text: row.category || '–' },
        { text: figurePeriod(row) },
        hasValue(row)
          ? {
              text: formatNumber(row.value, decimalsOf(row.value)),
              data: figureCell(input.dataset, row),
              label: row.category ? `${row.series}, ${row.category}` : row.series,
            }
          : { text: row.value_text || '–' },
        { text: [row.unitName, row.remark].filter((part) => part !== '').join('; ') || '–' },
        { text: row.attribution.citation, href: row.source_url },
      ] satisfies TableCell[],
    })),
  };
  const keyFigure = singleKeyFigure(input, drawn, valued);
  return {
    charts: [{ spec, targets, ...(series.length > 1 && input.legend !== false ? { legend: series } : {}) }],
    table,
    summary: `De grafiek toont ${input.what}: ${drawn.map(said).join('; ')}.`,
    sources: [...new Set(input.rows.map((row) => row.source))],
    provisional: false,
    keyFigure,
    ...(input.tableOnly ? { tableOnly: input.tableOnly } : {}),
  };
}

/** The headline figure with its lead; a figure of the same measure one year earlier is its comparison. */
function singleKeyFigure(input: SingleFiguresInput, drawn: Valued[], valued: Valued[]): KeyFigure {
  const newest = () => drawn.reduce((a, b) => (comparePeriods(b.period || b.period_text, a.period || a.period_text) > 0 ? b : a));
  const row = (input.keyFigure ? input.keyFigure.row(drawn) : undefined) ?? newest();
  const before = yearEarlier(row.period);
  const previous = valued.find(
    (r) => before && r.period === before && r.topic === row.topic && r.series === row.series && r.category === row.category,
  );
  const { clause, ...words } = input.lead ?? {};
  return keyFigureOf(
    {
      label: input.keyFigure?.label ?? row.series,
      data: figureCell(input.dataset, row),
      previous: previous ? figureCell(input.dataset, previous) : undefined,
      status: row.status,
      describe: (value) => input.describe({ ...row, value }),
      better: input.better ?? 'neither',
      single: true,
      period: figurePeriod(row),
    },
    { ...words, ...(clause ? { clause: (value: string) => clause(value, row) } : {}) },
  );
}

/** Published figures keep the precision they were published with (up to two decimals). */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
}
