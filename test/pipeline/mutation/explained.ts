import type { MutationKind } from './mutations.ts';
import type { MutationSource } from './sources.ts';

/**
 * Mutations that change the output and are right to: each is allowed only when, after `normalize` on both
 * outputs, nothing else differs. Every one concerns the provenance notes, never a row.
 */
interface Explanation {
  applies: (source: MutationSource, kind: MutationKind) => boolean;
  normalize: (output: string) => string;
  why: string;
}

const explanations: Explanation[] = [
  {
    applies: (source, kind) => source.format === 'dnb-csv' && ['drop-line', 'duplicate-line'].includes(kind),
    normalize: (text) =>
      text
        .replace(/"\d+ herhaalde rijen overgeslagen"/g, '"N herhaalde rijen overgeslagen"')
        .replace(/,\s*"\d+ rij\(en\) met periode [^\n]*overgeslagen: regel [\d, ]+"/g, ''),
    why: 'DNB repeats rows itself (recent months in a second block) and writes one month as "0": the importer skips both and counts them in the notes, so a doubled or lost line of either kind changes only those counts',
  },
  {
    applies: (_source, kind) => ['blank-lines', 'drop-line', 'duplicate-line', 'swap-lines'].includes(kind),
    normalize: (text) => text.replace(/regel \d+(?:, \d+)*/g, 'regel N'),
    why: 'notes cite the raw file by line number ("regel 38, 39"); a line added, lost (that holds no row a dataset takes) or moved moves them',
  },
];

/**
 * Why the output may differ for this case, or undefined when it may not: every explanation that applies
 * normalizes both outputs, and the ones that made a difference are the reason when nothing else differs.
 */
export function explain(source: MutationSource, kind: MutationKind, reference: string, output: string): string | undefined {
  const applying = explanations.filter((e) => e.applies(source, kind));
  const normalize = (text: string) => applying.reduce((t, e) => e.normalize(t), text);
  if (normalize(reference) !== normalize(output)) return undefined;
  return applying
    .filter((e) => e.normalize(reference) !== reference || e.normalize(output) !== output)
    .map((e) => e.why)
    .join('; ');
}
