import type { GeneratedFigure } from '../../lib/generated.ts';
import type { ReferenceInput } from './time-series.ts';

type Valued = GeneratedFigure & { value: number };

/**
 * Published mkb figures as reference points beside a line: a group per definition the publications state
 * ("Mkb, business economy (los cijfer)"), in the order they first occur, so unlike definitions stay apart.
 */
export function mkbReferences(
  rows: readonly Valued[],
  options: Omit<ReferenceInput, 'rows' | 'label'> & { definition: (row: Valued) => string },
): ReferenceInput[] {
  const { definition, ...reference } = options;
  return [...new Set(rows.map(definition))].map((d) => ({
    ...reference,
    rows: rows.filter((r) => definition(r) === d),
    label: d ? `Mkb, ${d} (los cijfer)` : 'Mkb (los cijfer)',
  }));
}
