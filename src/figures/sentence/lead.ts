import { type ChangeWords, formatChangePhrase, formatChangeShort } from '../../format/change.ts';
import { formatPeriod, formatPeriodOpening, formatPeriodWithStatus } from '../../format/period.ts';
import { isProvisional } from '../../lib/provisional.ts';
import { type Better, type ChangeMeasure, type Comparison, changeBetween, growth, newsOf } from './compare.ts';

/**
 * A figure's lead: one sentence from its data, "In mei 2026 (voorlopig) werden 233 bedrijven en instellingen failliet
 * verklaard, 22% minder dan een jaar eerder." It is the figure page's lead, the start of the chart's text
 * alternative, the share description, the embed caption and the home page tile. A pure function of the numbers
 * it is given, so a view of a figure built from other data says its own sentence.
 */

/** How a figure words its lead (given by the figure; the builders pass it on). */
export interface LeadWords {
  /**
   * The sentence after its opening ("In mei 2026 (voorlopig)"), around the value as written: value =>
   * `werden ${value} bedrijven en instellingen failliet verklaard`. For growth the value is the change itself
   * ("1,4% groter dan een jaar eerder"). Without a clause the lead reads "<label>, <period>: <value>".
   */
  clause?: (value: string) => string;
  /** The value as the sentence writes it; default: as the figure describes it ("233 faillissementen"). */
  value?: (value: number) => string;
  /** How the change against a year earlier is measured; default: relative (%). */
  measure?: ChangeMeasure;
  /** Which words the change takes; default 'level' (hoger/lager). */
  words?: ChangeWords;
  /** 'end' for stocks at the end of a period ("Eind juni 2025"); default 'in'. */
  at?: 'in' | 'end';
}

/** A number the lead compares with, and its 95% margin where it is a survey estimate. */
export interface LeadValue {
  /** Period code, or a single figure's period text. */
  period: string;
  value: number;
  margin?: readonly [number, number] | undefined;
}

export interface LeadFacts extends LeadValue {
  /** What the number is, for a lead without a clause: "Faillissementen van bedrijven en instellingen". */
  label: string;
  status: string;
  /** The value with its unit, as the figure describes it elsewhere ("233 faillissementen"). */
  describe: (value: number) => string;
  /**
   * What the value is beyond its period status, in words ("gekoppeld", "circa", "status onbekend"): said in one
   * parenthesis after the clause, with "los gepubliceerd cijfer" for a single figure.
   */
  flags?: readonly string[];
  /** The same measure a year earlier, when there is one. */
  previous?: LeadValue | undefined;
  /** A published single figure rather than a point of a series: there is no year earlier to miss. */
  single?: boolean;
  better: Better;
}

export interface Lead {
  sentence: string;
  /** "−22% t.o.v. mei 2025"; empty without a comparison, and for growth (the value is the change). */
  change: string;
  comparison?: Comparison;
}

/** The lead sentence of a figure's headline number, with how it compares with a year earlier. */
export function leadOf(facts: LeadFacts, words: LeadWords = {}): Lead {
  const measure = words.measure ?? { kind: 'relative' };
  const set = words.words ?? 'level';
  const write = words.value ?? facts.describe;
  const status = isProvisional(facts.status) ? ` (${facts.status})` : '';
  const said = (text: string) =>
    words.clause
      ? `${formatPeriodOpening(facts.period, words.at)}${status} ${words.clause(text)}`
      : `${facts.label}, ${formatPeriodWithStatus(facts.period, facts.status)}: ${text}`;
  const published = facts.single ? ['los gepubliceerd cijfer'] : [];
  const notes = (extra: readonly string[]) => {
    const all = [...(facts.flags ?? []), ...extra];
    return all.length > 0 ? ` (${all.join(', ')})` : '';
  };

  if (measure.kind === 'growth') {
    const change = growth(facts.value, measure.decimals);
    const comparison: Comparison = { ...change, measure: 'growth', news: newsOf(facts.better, change) };
    return { sentence: `${said(formatChangePhrase(change, set))}${notes(published)}.`, change: '', comparison };
  }

  const value = write(facts.value);
  const previous = facts.previous;
  const change = previous ? changeBetween(facts.value, previous.value, measure) : undefined;
  if (!previous || !change) {
    const missing = previous
      ? `; een jaar eerder: ${facts.describe(previous.value)}`
      : facts.single
        ? ''
        : '; van een jaar eerder is er geen cijfer';
    return { sentence: `${said(value)}${notes(published)}${missing}.`, change: '' };
  }
  const uncertain = overlaps(facts.margin, previous.margin);
  const comparison: Comparison = {
    ...change,
    measure: measure.kind,
    against: previous.period,
    news: uncertain && change.direction !== 'same' ? 'within-margin' : newsOf(facts.better, change),
  };
  const margin = comparison.news === 'within-margin' ? ', maar dat verschil valt binnen de 95%-marges' : '';
  return {
    sentence: `${said(value)}${notes(published)}, ${formatChangePhrase(change, set)}${margin}.`,
    change: formatChangeShort(change, formatPeriod(previous.period)),
    comparison,
  };
}

function overlaps(a: LeadValue['margin'], b: LeadValue['margin']): boolean {
  return a !== undefined && b !== undefined && a[0] <= b[1] && b[0] <= a[1];
}
