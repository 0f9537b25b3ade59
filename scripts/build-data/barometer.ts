import { computeBarometer, type IndicatorId, type IndicatorValue, indicatorIds, isIndicatorId } from '../../src/lib/barometer/index.ts';
import { artefactText } from '../../src/schemas/artefact.ts';
import { type BarometerFile, barometerArtefact } from '../../src/schemas/barometer-file.ts';
import type { ConjunctuurRow } from '../../src/schemas/conjunctuur.ts';
import type { Drop } from '../lib/drop.ts';
import { linkSeries } from './linked-series.ts';
import { barometerLinks } from './links.ts';

/**
 * Sources that publish these proxies without seasonal adjustment (84105NED and 85937NED durable goods,
 * 80472NED vacancies, 82242NED bankruptcies): their cycle is cleared of quarter-of-year means.
 */
export const notSeasonallyAdjusted: readonly IndicatorId[] = ['duurzame-goederen', 'vacatures', 'faillissementen'];

type Proxy = BarometerFile['proxies'][number];

/**
 * The MKBarometer from the drop's conjunctuur dataset: per indicator one proxy, continued by its successor
 * where scripts/build-data/links.ts says so; which proxy stands in for each indicator; and per quarter and
 * indicator whether its figure was linked ("gekoppeld").
 */
export function generateBarometer(drop: Drop): BarometerFile {
  const rows = drop.rows.conjunctuur ?? [];
  const bySource = new Map<IndicatorId, Map<string, ConjunctuurRow[]>>();
  for (const row of rows) {
    if (!isIndicatorId(row.series)) continue;
    const sources = bySource.get(row.series) ?? new Map<string, ConjunctuurRow[]>();
    sources.set(row.source, [...(sources.get(row.source) ?? []), row]);
    bySource.set(row.series, sources);
  }

  const series: IndicatorValue[] = [];
  const proxies: Proxy[] = [];
  const linkedPeriods = new Map<IndicatorId, Set<string>>();
  const unlinkable = new Map<IndicatorId, string>();
  for (const id of indicatorIds) {
    const sources = bySource.get(id);
    if (!sources) continue;
    const rule = barometerLinks.find((r) => r.base.series === id);
    const successor = rule ? sources.get(rule.successor.source) : undefined;
    const bases = [...sources.keys()].filter((source) => source !== rule?.successor.source);
    if (bases.length > 1)
      throw new Error(`conjunctuur: indicator ${id} has series from ${bases.join(' and ')}; a drop needs one proxy per indicator`);
    if (bases.length === 0) {
      unlinkable.set(id, `alleen veranderingen uit ${rule?.successor.source}: zonder de oude reeks is er geen niveau om aan te koppelen`);
      continue;
    }
    const baseRows = sources.get(bases[0]!)!;
    const valued = baseRows.flatMap((r) => (r.value === null ? [] : [{ period: r.period, value: r.value }]));
    series.push(...valued.map((p) => ({ indicator: id, ...p })));
    const proxy: Proxy = {
      id,
      label: baseRows[0]!.series_label,
      source: bases[0]!,
      unit: baseRows[0]!.unit,
      first: valued[0]?.period ?? baseRows[0]!.period,
      last: valued.at(-1)?.period ?? baseRows.at(-1)!.period,
      count: valued.length,
    };
    if (rule && successor && rule.base.source === bases[0]) {
      const { linked, report } = linkSeries(rule, baseRows, successor);
      if (report) {
        series.push(...linked.map((p) => ({ indicator: id, period: p.period, value: p.value })));
        linkedPeriods.set(id, new Set(linked.map((p) => p.period)));
        proxy.link = { ...report, label: successor[0]!.series_label, unit: successor[0]!.unit };
      }
    }
    proxies.push(proxy);
  }

  const barometer = computeBarometer({ kind: 'raw', series }, { deseasonalise: notSeasonallyAdjusted });
  return {
    drop: drop.manifest.id,
    ...barometer,
    quarters: barometer.quarters.map((q) => ({
      ...q,
      indicators: q.indicators.map((i) => ({ ...i, linked: linkedPeriods.get(i.id)?.has(q.period) ?? false })),
    })),
    excluded: barometer.excluded.map((e) => ({ ...e, reason: unlinkable.get(e.id) ?? e.reason })),
    deseasonalised: [...notSeasonallyAdjusted],
    proxies,
  };
}

/** barometer.json's text, checked against its schema (src/schemas/barometer-file.ts). */
export function barometerText(drop: Drop): string {
  return artefactText(barometerArtefact, generateBarometer(drop), 'barometer.json');
}
