import type { SeriesSpec } from '../../charts/frame.ts';

/** The Jaarbericht's size classes, in reading order, matched on the publications' category labels. */
const classes: { key: string; label: string; test: RegExp }[] = [
  { key: 'zzp', label: 'Zzp (1 werkzame persoon)', test: /^zzp/ },
  { key: 'micro', label: 'Microbedrijf', test: /^micro/ },
  { key: 'klein', label: 'Kleinbedrijf', test: /^klein/ },
  { key: 'midden', label: 'Middenbedrijf (50–250)', test: /^midden/ },
  { key: 'mkb', label: 'Mkb totaal', test: /^mkb/ },
  { key: 'groot', label: 'Grootbedrijf (250+)', test: /^groot/ },
];

/** The size class of a category label ("kleinbedrijf (10-50), industrie" → klein), with its rank. */
export function sizeClass(category: string): SeriesSpec & { rank: number } {
  const index = classes.findIndex((c) => c.test.test(category.toLowerCase()));
  const found = classes[index];
  return found ? { key: found.key, label: found.label, rank: index } : { key: category, label: category, rank: classes.length };
}

/** The publication's own label for the class, with the range it gives ("Kleinbedrijf (10–50)"). */
export function classLabel(category: string): string {
  const label = category.split(',')[0]!.trim().replace(/-/g, '–');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function bySizeClass(a: { category: string }, b: { category: string }): number {
  return sizeClass(a.category).rank - sizeClass(b.category).rank;
}
