import { formatPeriodWithStatus } from '../../format/period.ts';
import { flagSuffix, shownFlags } from '../../lib/provenance/flags.ts';
import type { CellData, KeyFigure } from '../figure-spec.ts';
import type { Better } from './compare.ts';
import { type LeadValue, type LeadWords, leadOf } from './lead.ts';

/**
 * A figure's key figure from its cells alone: the number and the one a year earlier (the cells the table shows,
 * with their provenance), how the value is written and which way is better. Every builder ends here, and so can
 * a new kind of figure: the tile, the lead and what the tests read back come with it. The value, margin and
 * flags are the cell's own (in the unit it is shown in), so the sentence cannot say another number than the table.
 */
export interface KeyFigureFacts {
  label: string;
  data: CellData;
  /** The same measure a year earlier, when there is one. */
  previous?: CellData | undefined;
  /** The period's status as the data gives it ("voorlopig", "definitief", "onbekend"). */
  status: string;
  /** The value with its unit ("233 faillissementen"), in the unit the cell is shown in. */
  describe: (value: number) => string;
  better: Better;
  /** A published single figure rather than a point of a series. */
  single?: boolean;
  /** The period as the tile shows it; default the period code with its status ("mei 2026 (voorlopig)"). */
  period?: string;
}

/** The cell's value in the unit it is shown in (published counts in thousands beside a series in thousands). */
const shown = (data: CellData, value: number) => (data.shownIn ? value / data.shownIn.divisor : value);

function leadValue(data: CellData): LeadValue {
  const margin =
    typeof data.lower === 'number' && typeof data.upper === 'number'
      ? ([shown(data, data.lower), shown(data, data.upper)] as const)
      : undefined;
  return { period: data.period, value: shown(data, data.value), margin };
}

export function keyFigureOf(facts: KeyFigureFacts, words?: LeadWords): KeyFigure {
  const { data, previous } = facts;
  const value = leadValue(data);
  const lead = leadOf(
    {
      ...value,
      label: facts.label,
      status: facts.status,
      describe: facts.describe,
      flags: shownFlags(data.flags),
      previous: previous ? leadValue(previous) : undefined,
      single: facts.single === true,
      better: facts.better,
    },
    words,
  );
  return {
    label: facts.label,
    value: `${facts.describe(value.value)}${flagSuffix(data.flags)}`,
    period: facts.period ?? formatPeriodWithStatus(data.period, facts.status),
    status: facts.status,
    change: lead.change,
    sentence: lead.sentence,
    ...(lead.comparison ? { comparison: lead.comparison } : {}),
    better: facts.better,
    data,
    ...(previous ? { previous } : {}),
  };
}
