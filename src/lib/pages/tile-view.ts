import { type MiniChart, miniBars, sparkline } from '../../charts/mini-chart.ts';
import type { CellData, FigureContent, KeyFigure } from '../../figures/figure-spec.ts';
import { figuresOfTheme } from '../../figures/index.ts';
import { type Theme, themes } from '../../figures/themes.ts';
import type { GeneratedData } from '../generated.ts';
import { comparePeriodCodes, parsePeriodCode } from '../period.ts';
import { isProvisional } from '../provisional.ts';
import { type FigureView, figureView } from './figure-view.ts';
import { citations } from './source-line.ts';

/**
 * A figure as a tile on the home page and /overzicht/: its key figure and lead, a small chart and where the
 * number comes from. Generic over every figure: a new figure gets its tile from its content alone.
 */
export interface Tile {
  view: FigureView;
  key: KeyFigure;
  mini: MiniChart;
  /** "CBS, tabel 82242NED": the source of the key figure. */
  source: string;
}

export function tileOf(view: FigureView): Tile {
  const key = view.content.keyFigure;
  return { view, key, mini: miniChartOf(view.content), source: citations([key.data.attribution]).join('; ') };
}

/** Every figure as a tile, under its theme in the site's order: the home page and /overzicht/. */
export function tileSections(data: GeneratedData): { theme: Theme; tiles: Tile[] }[] {
  return themes.map((theme) => ({ theme, tiles: figuresOfTheme(theme.id).map((spec) => tileOf(figureView(spec, data))) }));
}

/**
 * The sparkline of the key figure's series (the first line), or the chart's bars with the key one highlighted.
 * A chart of another kind (a map, small multiples) gets its small chart from the table, which every figure has.
 */
function miniChartOf(content: FigureContent): MiniChart {
  const key = content.keyFigure;
  for (const { spec } of content.charts) {
    if (spec.kind !== 'line') continue;
    const rows = spec.rows.filter((r) => r.series === 'line-0');
    if (rows.length > 0)
      return sparkline(rows, { zero: spec.options.zero === true, ...(key.previous ? { earlier: key.previous.period } : {}) });
  }
  const spec = content.charts[0]?.spec;
  if (spec?.kind === 'line') {
    const series = spec.rows[0]?.series;
    return sparkline(
      spec.rows.filter((r) => r.series === series),
      { zero: spec.options.zero === true },
    );
  }
  if (spec?.kind === 'bar' || spec?.kind === 'dot' || spec?.kind === 'errorbar') {
    const keys = new Set([key.data.series, `${key.data.series}|${key.data.period}`]);
    return miniBars(spec.rows, (row) => keys.has(row.key));
  }
  return miniChartOfTable(content);
}

/**
 * From the table's cells: the key figure's series over its periods as a sparkline, or, for a single period,
 * the numbers of that period side by side with the key one highlighted.
 */
export function miniChartOfTable(content: Pick<FigureContent, 'table' | 'keyFigure'>): MiniChart {
  const key = content.keyFigure;
  const cells = content.table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.data ? [cell.data] : [])));
  const shown = (data: CellData) => (data.shownIn ? data.value / data.shownIn.divisor : data.value);
  const own = cells
    .filter((data) => data.series === key.data.series && parsePeriodCode(data.period) !== undefined)
    .sort((a, b) => comparePeriodCodes(a.period, b.period));
  if (own.length > 1)
    return sparkline(
      own.map((data) => ({
        series: data.series,
        period: data.period,
        value: shown(data),
        provisional: data.flags.some((f) => isProvisional(f)),
      })),
      key.previous ? { earlier: key.previous.period } : {},
    );
  const same = cells.filter((data) => data.period === key.data.period && data.dataset === key.data.dataset);
  if (same.length === 0) throw new Error(`tile: no numbers in the table of "${key.label}" to draw`);
  return miniBars(
    same.map((data, i) => ({ key: String(i), label: data.series, value: shown(data) })),
    (row) => row.label === key.data.series,
  );
}
