import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from './dist.ts';

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
