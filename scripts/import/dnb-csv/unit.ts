import { InputError, type Where } from '../../lib/input-error.ts';

// DNB writes both a straight and a curly apostrophe in "euro's" within one file.
const units: [RegExp, string][] = [
  [/\(mln euro['’]s\)$/, 'mln euro'],
  [/\(percentages\)$/, '%'],
];

/** The unit a DNB InstrumentSub text ends with ("… (mln euro's)" → 'mln euro'); refused when unknown. */
export function dnbUnit(instrumentSub: string, where: Where): string {
  const text = instrumentSub.trim();
  for (const [pattern, unit] of units) if (pattern.test(text)) return unit;
  throw new InputError(where, 'no known unit at the end of', instrumentSub, `a text ending in "(mln euro's)" or "(percentages)"`);
}
