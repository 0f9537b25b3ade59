import type { SeriesDataset } from '../../lib/generated.ts';
import { sortFlags } from '../../lib/provenance/flags.ts';
import { type SeriesParts, seriesKey } from '../../lib/series-key.ts';
import type { CellData, CellRef, Derivation } from '../figure-spec.ts';

/**
 * Numbers the site computes from published ones, in one place: each carries the flag 'afgeleid' and the
 * references it is computed from (CellData.derived), so the table, the tooltip and the downloads can say so.
 */

/** A published number: its series and period. */
export function cellRef(series: SeriesParts, period: string): CellRef {
  return { series: seriesKey(series), period };
}

/** (current / previous − 1) × 100: the growth in percent against an earlier period. */
export function growthPercent(current: number, previous: number): number {
  if (previous === 0) throw new Error('figure data: growth against a period with 0');
  return (current / previous - 1) * 100;
}

/** The value a derivation gives, from a lookup of the published numbers it names. */
export function derive(derivation: Derivation, published: (ref: CellRef) => number): number {
  if (derivation.kind === 'growth') return growthPercent(published(derivation.current), published(derivation.previous));
  const sum = (refs: CellRef[]) => refs.reduce((total, ref) => total + published(ref), 0);
  return sum(derivation.plus) - sum(derivation.minus);
}

/**
 * A derived number as a table cell's data: `key` names what it is ("…|250+|A", a series no source has),
 * in `unit`; the value is computed from `published` (the published numbers' cells, by `${series}#${period}`).
 * It carries their attribution (they must share one: a derivation never mixes publishers) and their flags
 * (a growth on a provisional number is provisional too), plus 'afgeleid'.
 */
export function derivedCell(
  dataset: SeriesDataset,
  key: SeriesParts,
  period: string,
  unit: string,
  derivation: Derivation,
  published: ReadonlyMap<string, CellData>,
): CellData {
  const operands = refsOf(derivation).map((ref) => {
    const found = published.get(`${ref.series}#${ref.period}`);
    if (!found) throw new Error(`figure data: ${ref.series} has no value for ${ref.period}`);
    return found;
  });
  const value = derive(derivation, (ref) => published.get(`${ref.series}#${ref.period}`)!.value);
  const attribution = operands[0]!.attribution;
  if (operands.some((o) => o.attribution.citation !== attribution.citation))
    throw new Error(`figure data: ${seriesKey(key)} ${period} would be derived from numbers of different sources`);
  return {
    dataset,
    series: seriesKey(key),
    period,
    value,
    attribution,
    unit,
    flags: sortFlags(['afgeleid', ...operands.flatMap((o) => o.flags)]),
    derived: derivation,
  };
}

/** A number the build computed (a series summed from published ones), with how: flagged afgeleid. */
export function derivedFrom(cell: CellData, derivation: Derivation): CellData {
  return { ...cell, flags: sortFlags([...cell.flags, 'afgeleid']), derived: derivation };
}

/** The published numbers a derivation names. */
export function refsOf(derivation: Derivation): CellRef[] {
  return derivation.kind === 'growth' ? [derivation.current, derivation.previous] : [...derivation.plus, ...derivation.minus];
}
