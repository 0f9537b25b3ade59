import { computeBarometer, type IndicatorId, type IndicatorValue, isIndicatorId } from '../../src/lib/barometer/index.ts';
import type { ConjunctuurRow } from '../../src/schemas/conjunctuur.ts';
import type { Drop } from '../lib/drop.ts';

/**
 * Sources that publish these proxies without seasonal adjustment (84105NED durable goods at 2015 prices,
 * 80472NED vacancies, 82242NED bankruptcies): their cycle is cleared of quarter-of-year means.
 */
export const notSeasonallyAdjusted: readonly IndicatorId[] = ['duurzame-goederen', 'vacatures', 'faillissementen'];

/** The MKBarometer from the drop's conjunctuur dataset, plus which proxy stands in for each indicator. */
export function generateBarometer(drop: Drop): object {
  const rows = (drop.rows['conjunctuur'] ?? []) as ConjunctuurRow[];
  const series: IndicatorValue[] = [];
  const proxies = new Map<
    string,
    { id: string; label: string; source: string; unit: string; first: string; last: string; count: number }
  >();
  for (const row of rows) {
    if (row.value === null || !isIndicatorId(row.series)) continue;
    series.push({ indicator: row.series, period: row.period, value: row.value });
    const proxy = proxies.get(row.series);
    if (!proxy)
      proxies.set(row.series, {
        id: row.series,
        label: row.series_label,
        source: row.source,
        unit: row.unit,
        first: row.period,
        last: row.period,
        count: 1,
      });
    else {
      proxy.last = row.period;
      proxy.count++;
    }
  }
  const barometer = computeBarometer({ kind: 'raw', series }, { deseasonalise: notSeasonallyAdjusted });
  return {
    drop: drop.manifest.id,
    ...barometer,
    deseasonalised: notSeasonallyAdjusted,
    proxies: [...proxies.values()],
  };
}
