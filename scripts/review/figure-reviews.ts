import type { FigureSpec } from '../../src/figures/figure-spec.ts';
import { formatPeriod } from '../../src/format/period.ts';
import type { GeneratedData } from '../../src/lib/generated.ts';
import { decimals, type FigureSeries, figureReads, figureSeries, valueText } from '../../src/lib/pages/changes-view.ts';
import { type FigureView, figureView } from '../../src/lib/pages/figure-view.ts';
import { comparePeriods } from '../../src/lib/period.ts';
import { diffSeriesKey } from '../build-data/changes.ts';
import type { ChangeCounts, DropDiff, PointValue, SeriesDiff } from '../diff/compare-drops.ts';

/** A figure drawn from one drop's data, or why it could not be. */
export type Drawn = { view: FigureView } | { error: string };

/** One changed number of a figure, as the review's table lists it. */
export interface ChangeRow {
  series: string;
  period: string;
  change: 'nieuw' | 'herzien' | 'status' | 'verwijderd';
  old: string;
  new: string;
}

export interface FigureReview {
  spec: FigureSpec;
  old: Drawn;
  new: Drawn;
  /** What the diff changed in the numbers this figure shows, in either drop. */
  counts: ChangeCounts;
  rows: ChangeRow[];
  /** Changes in the figure's series in periods it shows in neither drop (a yearly figure's monthly values). */
  elsewhere: number;
  /** The charts or the table differ between the two drops (also where the figure derives its numbers). */
  redrawn: boolean;
}

/**
 * A figure is in the review when a number it shows changed or when it draws differently (also: drawn from one
 * drop only). One that neither drop can draw is listed with the others, with the reason.
 */
export const isChanged = (f: FigureReview) => (f.redrawn || f.rows.length > 0) && ('view' in f.old || 'view' in f.new);

/**
 * Every figure, drawn from the old and the new drop's generated data, with what compareDrops found in the
 * series it shows (the series of its table cells in either drop, or every series of a dataset it reads
 * without a table cell: figureReads, as the site's "bijgewerkt op" counts them), split into the periods its
 * table shows in either drop and the others.
 */
export function reviewFigures(
  specs: readonly FigureSpec[],
  diff: DropDiff,
  oldData: GeneratedData,
  newData: GeneratedData,
): FigureReview[] {
  return specs.map((spec) => {
    const old = draw(spec, oldData);
    const drawnNew = draw(spec, newData);
    const uses = mergeUses([old, drawnNew]);
    const reads = figureReads(uses, spec.datasets);
    const shown = shownPoints([old, drawnNew]);
    const counts: ChangeCounts = { added: 0, revised: 0, status: 0, removed: 0 };
    const rows: ChangeRow[] = [];
    let elsewhere = 0;
    for (const d of diff.datasets)
      for (const s of d.series) {
        const key = diffSeriesKey(d.name, s);
        if (!reads(d.name, key)) continue;
        for (const change of changesOf(s)) {
          // A dataset the figure reads without table cells: every change counts as shown.
          if (uses.has(d.name) && !shown.has(pointKey(d.name, key, change.at))) elsewhere++;
          else {
            counts[change.kind]++;
            rows.push(change.row);
          }
        }
      }
    return { spec, old, new: drawnNew, counts, rows, elsewhere, redrawn: drawing(old) !== drawing(drawnNew) };
  });
}

function draw(spec: FigureSpec, data: GeneratedData): Drawn {
  try {
    return { view: figureView(spec, data) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function mergeUses(drawn: Drawn[]): FigureSeries {
  const uses: FigureSeries = new Map();
  for (const d of drawn) {
    if (!('view' in d)) continue;
    for (const [dataset, keys] of figureSeries(d.view.content)) uses.set(dataset, new Set([...(uses.get(dataset) ?? []), ...keys]));
  }
  return uses;
}

const pointKey = (dataset: string, key: string, period: string) => `${dataset}\u0000${key}\u0000${period}`;

/** Every number the figure's table and key figure show, by dataset, series key and period. */
function shownPoints(drawn: Drawn[]): Set<string> {
  const shown = new Set<string>();
  for (const d of drawn) {
    if (!('view' in d)) continue;
    const { table, keyFigure } = d.view.content;
    for (const data of [...table.rows.flatMap((row) => row.cells.map((cell) => cell.data)), keyFigure?.data, keyFigure?.previous]) {
      if (!data) continue;
      // Single figures' cell keys end in the period; the diff's series keys do not (as in figureSeries).
      const single = data.dataset === 'kerncijfers' || data.dataset === 'productiviteit';
      const key = single ? data.series.slice(0, data.series.length - data.period.length - 1) : data.series;
      shown.add(pointKey(data.dataset, key, data.period));
    }
  }
  return shown;
}

/** What the reader sees: the charts and the table (not the source line, which names the drop). */
function drawing(drawn: Drawn): string {
  return 'view' in drawn ? JSON.stringify([drawn.view.charts.map((c) => c.wide.svg), drawn.view.content.table]) : `error: ${drawn.error}`;
}

/** A series' changes in period order, each with the period it is at and its row in the review. */
function changesOf(s: SeriesDiff): { kind: keyof ChangeCounts; at: string; row: ChangeRow }[] {
  const one = (p: PointValue) => valueText(p, decimals(p.value));
  const row = (period: string, change: ChangeRow['change'], old: string, value: string): ChangeRow => ({
    series: s.label,
    period: formatPeriod(period),
    change,
    old,
    new: value,
  });
  return [
    ...s.added.map((p) => ({ kind: 'added' as const, at: p.period, row: row(p.period, 'nieuw', '', one(p)) })),
    ...s.revised.map((r) => {
      const places = decimals(r.old.value, r.new.value);
      return { kind: 'revised' as const, at: r.period, row: row(r.period, 'herzien', valueText(r.old, places), valueText(r.new, places)) };
    }),
    ...s.status.map((c) => ({ kind: 'status' as const, at: c.period, row: row(c.period, 'status', c.old, c.new) })),
    ...s.removed.map((p) => ({ kind: 'removed' as const, at: p.period, row: row(p.period, 'verwijderd', one(p), '') })),
  ].sort((a, b) => comparePeriods(a.at, b.at));
}
