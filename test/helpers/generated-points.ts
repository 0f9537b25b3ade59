import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from './dist.ts';
import { derivedValue } from './generated.ts';

/** A number in src/generated as the tests read it back: value, status, flags and survey margins. */
export interface GeneratedPointFacts {
  value: number | null;
  status: string;
  /** What the number is beyond its value ("gekoppeld", "circa", "voorlopig"); absent in older files. */
  flags?: string[];
  lower?: number | null;
  upper?: number | null;
  /** A single figure's period text, when it has no code. */
  periodText?: string;
}

interface SeriesFile {
  series: { source: string; series: string; category: string; points: (GeneratedPointFacts & { period: string })[] }[];
}
interface FiguresFile {
  figures: {
    topic: string;
    series: string;
    category: string;
    period: string;
    period_text: string;
    value: number | null;
    status: string;
    flags?: string[];
  }[];
}

const cache = new Map<string, Map<string, GeneratedPointFacts>>();

/**
 * The point a (dataset, series key, period) names in src/generated/<dataset>.json, read from the file itself
 * (keys as the DOM contract defines them: `source|series|category`, single figures `topic|series|category|period`).
 */
export function generatedPoint(dataset: string, series: string, period: string): GeneratedPointFacts | undefined {
  let index = cache.get(dataset);
  if (!index) {
    index = new Map();
    const file = join(generatedDir, `${dataset}.json`);
    if (!/^[\w-]+$/.test(dataset) || !existsSync(file)) return undefined;
    const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<SeriesFile & FiguresFile>;
    for (const s of json.series ?? []) for (const p of s.points) index.set(`${s.source}|${s.series}|${s.category}#${p.period}`, p);
    for (const f of json.figures ?? []) {
      const key = `${f.topic}|${f.series}|${f.category}|${f.period || f.period_text}`;
      index.set(`${key}#${f.period || f.period_text}`, {
        value: f.value,
        status: f.status,
        periodText: f.period_text,
        flags: f.flags ?? [],
      });
    }
    cache.set(dataset, index);
  }
  return index.get(`${series}#${period}`);
}

interface Ref {
  dataset?: string;
  series: string;
  period: string;
}

/**
 * The number an element with a key figure's data attributes (data-dataset, data-series, data-period) names: its
 * point in src/generated, or for a derived number (data-derived) the value computed from the published points
 * it comes from, with the status of the first of them and its flags plus "afgeleid".
 */
export function elementPoint(element: Element): GeneratedPointFacts | undefined {
  const attr = (name: string) => element.getAttribute(name) ?? '';
  const dataset = attr('data-dataset');
  const derived = element.getAttribute('data-derived');
  if (!derived) return generatedPoint(dataset, attr('data-series'), attr('data-period'));
  const computed = derivedValue(dataset, derived);
  if ('problem' in computed) return undefined;
  const derivation = JSON.parse(derived) as
    | { kind: 'growth'; current: Ref; previous: Ref }
    | { kind: 'difference'; plus: Ref[]; minus: Ref[] };
  const refs = derivation.kind === 'growth' ? [derivation.current, derivation.previous] : [...derivation.plus, ...derivation.minus];
  const operands = refs.map((ref) => generatedPoint(ref.dataset ?? dataset, ref.series, ref.period));
  const first = operands[0];
  if (!first || operands.some((o) => o === undefined)) return undefined;
  return { value: computed.value, status: first.status, flags: [...new Set([...(first.flags ?? []), 'afgeleid'])] };
}
