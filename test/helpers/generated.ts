import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureKey, seriesKey } from '../../src/lib/series-key.ts';
import { generatedDir } from './dist.ts';

interface SeriesFile {
  series: { source: string; series: string; category: string; points: { period: string; value: number | null }[] }[];
}
interface FiguresFile {
  figures: { topic: string; series: string; category: string; period: string; period_text: string; value: number | null }[];
}

/** The attributes a data-table cell carries to name the number it shows. */
export interface CellKey {
  dataset: string;
  series: string;
  period: string;
}

type Index = Map<string, (number | null)[]>;
const cache = new Map<string, Index>();

// One index per dataset: "<data-series>#<data-period>" → values (single figures may repeat a key across
// publications), built with the keys the DOM contract defines.
function index(dataset: string): Index | undefined {
  if (cache.has(dataset)) return cache.get(dataset);
  const file = join(generatedDir, `${dataset}.json`);
  if (!/^[\w-]+$/.test(dataset) || !existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<SeriesFile & FiguresFile>;
  const values: Index = new Map();
  const add = (key: string, value: number | null) => values.set(key, [...(values.get(key) ?? []), value]);
  for (const s of json.series ?? []) {
    for (const point of s.points) add(`${seriesKey(s)}#${point.period}`, point.value);
  }
  for (const f of json.figures ?? []) {
    // A figure's period is in its data-series key; data-period may repeat that or give the code field as is.
    const key = figureKey(f);
    for (const period of new Set([f.period, f.period || f.period_text])) add(`${key}#${period}`, f.value);
  }
  cache.set(dataset, values);
  return values;
}

/**
 * The values src/generated/<dataset>.json holds for a cell's (series, period), or a sentence saying why
 * there is none.
 */
export function lookupValues(key: CellKey): { values: number[] } | { problem: string } {
  const values = index(key.dataset);
  if (!values) return { problem: `no dataset ${generatedDir}/${key.dataset}.json` };
  const found = values.get(`${key.series}#${key.period}`);
  if (found === undefined) {
    const seriesKnown = [...values.keys()].some((k) => k.startsWith(`${key.series}#`));
    return { problem: seriesKnown ? `series has no period ${key.period}` : `no series "${key.series}" in ${key.dataset}.json` };
  }
  const numbers = found.filter((value): value is number => value !== null);
  if (numbers.length === 0) return { problem: `the JSON value for ${key.period} is null (missing), the cell shows a number` };
  return { values: numbers };
}

/**
 * Every number src/generated/<dataset>.json holds for a series (its data-series key), by period code; empty when
 * the dataset has no such series.
 */
export function seriesValues(dataset: string, series: string): Map<string, number> {
  const values = index(dataset);
  const out = new Map<string, number>();
  for (const [key, found] of values ?? []) {
    const at = key.lastIndexOf('#');
    const value = found.find((v): v is number => v !== null);
    if (key.slice(0, at) === series && value !== undefined) out.set(key.slice(at + 1), value);
  }
  return out;
}

interface Ref {
  dataset?: string;
  series: string;
  period: string;
}
type Derivation = { kind: 'difference'; plus: Ref[]; minus: Ref[] } | { kind: 'growth'; current: Ref; previous: Ref };

/**
 * The value a derived cell's `data-derived` (src/figures/figure-spec.ts, Derivation) gives when computed from
 * src/generated/<dataset>.json here, independently of the site's code, or why it cannot be computed.
 */
export function derivedValue(dataset: string, json: string): { value: number } | { problem: string } {
  let derivation: Derivation;
  try {
    derivation = JSON.parse(json) as Derivation;
  } catch {
    return { problem: `data-derived is not JSON: ${json}` };
  }
  const problems: string[] = [];
  const published = (ref: Ref) => {
    const found = lookupValues({ dataset: ref.dataset ?? dataset, series: ref.series, period: ref.period });
    if ('problem' in found || found.values.length !== 1) {
      problems.push(`${ref.series} ${ref.period}: ${'problem' in found ? found.problem : 'more than one value'}`);
      return Number.NaN;
    }
    return found.values[0]!;
  };
  const sum = (refs: Ref[]) => refs.reduce((total, ref) => total + published(ref), 0);
  let value: number;
  if (derivation.kind === 'growth') value = (published(derivation.current) / published(derivation.previous) - 1) * 100;
  else if (derivation.kind === 'difference' && derivation.plus.length > 0) value = sum(derivation.plus) - sum(derivation.minus);
  else return { problem: `unknown derivation ${json}` };
  return problems.length > 0 ? { problem: problems.join('; ') } : { value };
}

/**
 * Why a table cell's number (data-value) is not the data's, or undefined when it is: a published number is the
 * value src/generated holds for its key; a derived one (data-derived) is flagged afgeleid and equals the
 * computation from the published numbers it names.
 */
export function cellValueProblem(cell: Element): string | undefined {
  const key = {
    dataset: cell.getAttribute('data-dataset') ?? '',
    series: cell.getAttribute('data-series') ?? '',
    period: cell.getAttribute('data-period') ?? '',
  };
  const raw = cell.getAttribute('data-value') ?? '';
  const value = Number(raw);
  const derivation = cell.getAttribute('data-derived');
  if (derivation === null) {
    const found = lookupValues(key);
    if ('problem' in found) return found.problem;
    return found.values.includes(value) ? undefined : `data-value ${raw} ≠ JSON ${found.values.join(' or ')}`;
  }
  if (!(cell.getAttribute('data-flag') ?? '').split(',').includes('afgeleid')) return 'derived without data-flag afgeleid';
  const derived = derivedValue(key.dataset, derivation);
  if ('problem' in derived) return derived.problem;
  return Math.abs(derived.value - value) > 1e-9 * Math.max(1, Math.abs(value))
    ? `data-value ${raw} ≠ ${derived.value} computed from ${derivation}`
    : undefined;
}
