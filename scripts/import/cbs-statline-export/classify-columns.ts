import { describeNumberFormat, type NumberFormat, parseCbsNumber } from '../../lib/cbs-number.ts';
import { InputError } from '../../lib/input-error.ts';
import { parsePeriod } from '../../lib/period-grammar.ts';
import type { ExportLayout } from './read-export-layout.ts';

/** How the formatted export writes numbers: Dutch locale, StatLine's symbols, * and ** markers. */
export const exportNumberFormat: NumberFormat = {
  locale: 'nl',
  symbols: { '.': 'ontbreekt', x: 'geheim', '-': 'nihil' },
  blank: 'vervalt',
  flags: true,
};

export interface ExportColumns {
  period: number;
  /** Label columns other than the period, left to right. */
  dimensions: number[];
  topics: number[];
}

/**
 * Tells dimension columns from topic columns (design notes in cbs-statline-export.ts). The period
 * column is headed "Perioden", or else is the one column whose cells are all Dutch period labels.
 * Every other column must be all labels (a dimension) or all numbers and symbols (a topic), labels
 * first: a column that mixes both, or text right of a number column, is refused at its first text
 * cell, because a bad number and a label cannot be told apart.
 */
export function classifyColumns(layout: ExportLayout): ExportColumns {
  const { file, header, data } = layout;
  const names = header.fields.map((f) => f.trim());
  const period = periodColumn(layout, names);
  const dimensions: number[] = [];
  const topics: number[] = [];
  for (let c = 0; c < names.length; c++) {
    if (c === period) {
      if (topics.length > 0) throw textAfterNumbers(layout, c, names, topics, data[0]!.fields[c]!);
      continue;
    }
    // Blank cells count for neither kind: a blank label is refused later, with its own message.
    const text = data.filter((r) => !parseCbsNumber(r.fields[c]!, exportNumberFormat));
    const blank = data.filter((r) => r.fields[c]!.trim() === '').length;
    if (text.length === 0) {
      topics.push(c);
    } else if (text.length + blank < data.length) {
      const first = text[0]!;
      throw new InputError(
        { file, line: first.line, column: names[c] },
        'not a number in a column of numbers:',
        first.fields[c],
        describeNumberFormat(exportNumberFormat),
      );
    } else if (topics.length > 0) {
      throw textAfterNumbers(layout, c, names, topics, data[0]!.fields[c]!);
    } else {
      dimensions.push(c);
    }
  }
  if (topics.length === 0) {
    throw new InputError(
      { file, line: header.line },
      'no topic column: every column holds labels',
      names.join(';'),
      `topic columns on the right with numbers or symbols (${describeNumberFormat(exportNumberFormat)})`,
    );
  }
  return { period, dimensions, topics };
}

function periodColumn({ file, header, data }: ExportLayout, names: string[]): number {
  const named = names.findIndex((n) => n.toLowerCase() === 'perioden');
  if (named >= 0) return named;
  const candidates = names.flatMap((_, c) => (data.every((r) => parsePeriod(r.fields[c]!, ['dutch-label'])) ? [c] : []));
  if (candidates.length === 1) return candidates[0]!;
  const problem = candidates.length === 0 ? 'no column holds periods' : 'more than one column could hold the periods:';
  throw new InputError(
    { file, line: header.line },
    problem,
    candidates.map((c) => names[c]).join(', ') || undefined,
    'a column headed "Perioden"',
  );
}

function textAfterNumbers({ file, data }: ExportLayout, c: number, names: string[], topics: number[], value: string): InputError {
  const where = { file, line: data[0]!.line, column: names[c] };
  return new InputError(
    where,
    `text right of the number column ${names[topics[0]!]}:`,
    value,
    `${describeNumberFormat(exportNumberFormat)}; label columns come before the topic columns`,
  );
}
