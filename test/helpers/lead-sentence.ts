import { elementPoint, generatedPoint } from './generated-points.ts';

/**
 * Reads a lead sentence back against src/generated: its period (and status), its value, and its change
 * against a year earlier with the direction word, parsed from the sentence's own words and recomputed from the
 * JSON values the element's data-* attributes name. Returns what does not match, empty when all does.
 */

// Written out here, not imported from src/format: the test reads sentences back without the code that wrote them.
export const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const two = (n: number) => String(n).padStart(2, '0');

/** The period a sentence opens with, as a code (or a single figure's period text, normalised), and its status. */
export function openingPeriod(sentence: string): { period: string; status: string; rest: string } | undefined {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^In het meetjaar juli (\d{4}) – juli (\d{4})/, (m) => `${m[2]}JL00`],
    [/^(?:In het|Aan het einde van het) (\d)e kwartaal (\d{4})/, (m) => `${m[2]}KW${two(Number(m[1]))}`],
    [/^(?:In het|Aan het einde van het) (\d)e halfjaar (\d{4})/, (m) => `${m[2]}HJ${two(Number(m[1]))}`],
    [new RegExp(`^(?:In|Eind) (${months.join('|')}) (\\d{4})`), (m) => `${m[2]}MM${two(months.indexOf(m[1]!) + 1)}`],
    [/^(Begin|Eind) (\d{4})\b/, (m) => `text:${m[2]} ${m[1]!.toLowerCase()}`],
    [/^(?:In|Eind) (\d{4})\b/, (m) => `${m[1]}JJ00`],
  ];
  for (const [pattern, code] of rules) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    let rest = sentence.slice(m[0].length);
    const status = /^ \((voorlopig|nader voorlopig)\)/.exec(rest);
    if (status) rest = rest.slice(status[0].length);
    return { period: code(m), status: status?.[1] ?? 'definitief', rest };
  }
  return undefined;
}

/** The statuses said with the period ("mei 2026 (voorlopig)"), not after the number. */
const statusWords = ['voorlopig', 'nader voorlopig'];

const isCode = (period: string) => /^\d{4}(JJ|HJ|KW|MM|JL)\d{2}$/.test(period);

/** The words of a code as a period text has them: 2021MM07 → ["2021", "juli"]. */
function codeWords(code: string): string[] {
  const year = code.slice(0, 4);
  return code.slice(4, 6) === 'MM' ? [year, months[Number(code.slice(6)) - 1]!] : [year];
}

/** Every number in a text with the unit words after it: "233", "€ 281,1 mld", "67,6 duizend", "4,37%". */
export function numberTokens(text: string): { text: string; value: number; decimals: number; scales: number[] }[] {
  return [...text.matchAll(/(€\s)?([−-])?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s?(?:%|duizend|mln|mld))?/g)].map((m) => {
    const digits = `${m[3]!.replace(/\./g, '')}${m[4] ? `.${m[4].slice(1)}` : ''}`;
    const unit = (m[5] ?? '').trim();
    return {
      text: m[0],
      value: Number(digits) * (m[2] ? -1 : 1),
      decimals: m[4] ? m[4].length - 1 : 0,
      scales: unit === 'duizend' ? [1, 1e3] : unit === 'mld' ? [1, 1e3] : [1],
    };
  });
}

const shows = (token: { value: number; decimals: number; scales: number[] }, value: number) =>
  token.scales.some((scale) => Math.abs(token.value * scale - value) <= 0.5 * 10 ** -token.decimals * scale + 1e-9 * Math.abs(value));

/** Whether some number in the text shows `value` at its precision (unit words scale it: "67,6 duizend"). */
export function textShows(text: string, value: number): boolean {
  return numberTokens(text).some((token) => shows(token, value));
}

const up = ['meer', 'hoger', 'groter'];
const down = ['minder', 'lager', 'kleiner'];
const change = /(\d[\d.]*(?:,\d+)?)(%| procentpunt| punten| punt) (meer|minder|hoger|lager|groter|kleiner) dan een jaar eerder/;
const same = /(evenveel|even hoog|even groot) als een jaar eerder/;

/** The expected change in the unit the sentence writes it in. */
function expectedChange(measure: string, latest: number, previous: number): number {
  return measure === 'relative' ? ((latest - previous) / previous) * 100 : latest - previous;
}

export interface LeadCheck {
  problems: string[];
  /** The change as the sentence states it: up 1, down −1, the same 0; absent without a comparison. */
  direction?: 1 | -1 | 0;
  /** Both numbers are survey estimates whose 95% margins overlap (src/generated's lower and upper). */
  overlap?: boolean;
}

export function checkLead(element: Element, sentence: string): LeadCheck {
  const problems: string[] = [];
  const attr = (name: string) => element.getAttribute(name) ?? '';
  const dataset = attr('data-dataset');
  const series = attr('data-series');
  const period = attr('data-period');
  const measure = attr('data-measure');
  const point = elementPoint(element);
  if (!point || point.value === null) return { problems: [`${dataset} | ${series} | ${period}: no value in src/generated`] };
  const value = point.value;

  const opening = openingPeriod(sentence);
  let rest = sentence;
  if (!opening) {
    // A lead without a clause: "<label>, <period>: <value>…".
    if (!sentence.includes(':')) problems.push(`no period at the start of "${sentence}"`);
  } else {
    rest = opening.rest;
    if (!isCode(period)) {
      // A single figure's own period text ("2024 begin", "2021 (juli)"): the sentence names its year and word.
      const words = opening.period.startsWith('text:') ? opening.period.slice(5).split(' ') : codeWords(opening.period);
      const text = (point.periodText ?? period).toLowerCase();
      if (!words.every((word) => text.includes(word))) problems.push(`period "${words.join(' ')}" ≠ the figure's "${text}"`);
    } else if (opening.period !== period) problems.push(`period ${opening.period} read from the sentence ≠ ${period}`);
    const status = statusWords.includes(point.status) ? point.status : 'definitief';
    if (opening.status !== status) problems.push(`status "${opening.status}" in the sentence, "${point.status}" in the JSON`);
  }

  // Every flag beyond the period status is said with the number (in the sentence's own parenthesis).
  for (const flag of point.flags ?? [])
    if (!statusWords.includes(flag) && !new RegExp(`\\((?:[^)]*, )?${flag}(?:, [^)]*)?\\)`).test(rest))
      problems.push(`the flag "${flag}" of ${period} is not said in "${sentence}"`);

  const tokens = numberTokens(rest);
  if (measure === 'growth') {
    const found = change.exec(rest) ?? same.exec(rest);
    if (!found) return { problems: [...problems, `no growth phrase in "${sentence}"`] };
    if (found.length > 2) {
      const amount = numberTokens(found[1]!)[0]!;
      if (!shows(amount, Math.abs(value))) problems.push(`growth ${found[1]} ≠ ${value}`);
      const word = found[3]!;
      if (value > 0 !== up.includes(word)) problems.push(`"${word}" for a growth of ${value}`);
      return { problems, direction: up.includes(word) ? 1 : -1 };
    }
    if (Math.abs(value) >= 0.05) problems.push(`"${found[0]}" for a growth of ${value}`);
    return { problems, direction: 0 };
  }

  if (!tokens.some((token) => shows(token, value))) problems.push(`no number in "${rest}" shows ${value}`);
  const previousPeriod = attr('data-previous-period');
  if (!previousPeriod) {
    if (change.test(rest) || same.test(rest)) problems.push(`a change without a year earlier: "${sentence}"`);
    return { problems };
  }
  const previous = generatedPoint(dataset, series, previousPeriod);
  if (!previous || previous.value === null) return { problems: [...problems, `${previousPeriod}: no value in src/generated`] };
  const expected = expectedChange(measure, value, previous.value);
  const margins = [point.lower, point.upper, previous.lower, previous.upper];
  const overlap = margins.every((m) => typeof m === 'number') && point.lower! <= previous.upper! && previous.lower! <= point.upper!;
  const found = change.exec(rest);
  if (found && overlap !== rest.includes('binnen de 95%-marges'))
    problems.push(`margins ${overlap ? 'overlap' : 'do not overlap'}, the sentence says ${overlap ? 'nothing' : 'they do'}`);
  if (found) {
    const amount = numberTokens(found[1]!)[0]!;
    if (!shows(amount, Math.abs(expected))) problems.push(`change ${found[1]}${found[2]} ≠ ${expected} (${measure})`);
    const word = found[3]!;
    if (expected > 0 !== up.includes(word) || !(up.includes(word) || down.includes(word)))
      problems.push(`"${word}" for a change of ${expected}`);
    const unit = found[2]!.trim();
    if ((measure === 'relative') !== (unit === '%')) problems.push(`a ${measure} change in "${unit}"`);
    return { problems, direction: up.includes(word) ? 1 : -1, overlap };
  }
  const equal = same.exec(rest);
  if (!equal) return { problems: [...problems, `no change against a year earlier in "${sentence}"`] };
  const precision = measure === 'relative' ? 0.05 : 0.5 * 10 ** -Math.max(...tokens.map((t) => t.decimals), 0);
  if (Math.abs(expected) >= precision) problems.push(`"${equal[0]}" for a change of ${expected}`);
  return { problems, direction: 0, overlap };
}

/** The news a change is for the mkb, from the direction the sentence states and which way is better. */
export function expectedNews(better: string, direction: 1 | -1 | 0, overlap = false): string {
  if (overlap && direction !== 0) return 'within-margin';
  if (better === 'neither') return 'no-judgement';
  if (direction === 0) return 'unchanged';
  return direction > 0 === (better === 'higher') ? 'good' : 'bad';
}
