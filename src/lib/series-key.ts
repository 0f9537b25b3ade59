/**
 * The identity of a series in the generated data and in the figures' table cells, built in one place:
 * scripts/build-data groups rows by it, the figures find series by it, the dist tests compare cells by it.
 */

/** What identifies a generated series: its source (adapter/table), measure and category code. */
export interface SeriesParts {
  source: string;
  series: string;
  category: string;
}

/** `${source}|${series}|${category}`: "cbs-odata-v4/82242NED|faillissementen|A047597". */
export function seriesKey(parts: SeriesParts): string {
  return `${parts.source}|${parts.series}|${parts.category}`;
}

/** What identifies a single figure's series: the topic stands where a series has its source. */
export interface FigureParts {
  topic: string;
  series: string;
  category: string;
}

/** `${topic}|${series}|${category}`: the series of single figures, without a period. */
export function figureSeriesKey(row: FigureParts): string {
  return seriesKey({ source: row.topic, series: row.series, category: row.category });
}

/** The identity of one single figure: `${topic}|${series}|${category}|${period || period_text}`. */
export function figureKey(row: FigureParts & { period: string; period_text: string }): string {
  return `${figureSeriesKey(row)}|${row.period || row.period_text}`;
}
