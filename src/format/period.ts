import { isCalendarDate } from '../lib/calendar-date.ts';
import { type Period, type PeriodKind, parsePeriodCode } from '../lib/period.ts';
import { isProvisional } from '../lib/provisional.ts';
import { formatList } from './list.ts';

/**
 * The only place period codes become text: "2023", "2e kwartaal 2023", "mei 2026",
 * "1e halfjaar 2023", "juli 2022 – juli 2023", and with a status "mei 2026 (voorlopig)".
 */

/** The Dutch month names, January first (also the months scripts/lib/period-grammar.ts reads). */
export const monthNames = [
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
] as const;

/** Short month names for axes and dense tables. */
export const shortMonthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** A period kind as the word after "per": "per kwartaal", "per jaar". */
export const periodKindWords: Readonly<Record<PeriodKind, string>> = {
  year: 'jaar',
  half: 'halfjaar',
  quarter: 'kwartaal',
  month: 'maand',
  'july-year': 'jaar',
};

type Style = Record<PeriodKind, (p: Period) => string>;

const long: Style = {
  year: (p) => String(p.year),
  half: (p) => `${p.index}e halfjaar ${p.year}`,
  quarter: (p) => `${p.index}e kwartaal ${p.year}`,
  month: (p) => `${monthNames[p.index - 1]} ${p.year}`,
  'july-year': (p) => `juli ${p.year - 1} – juli ${p.year}`,
};

const short: Style = {
  year: (p) => String(p.year),
  half: (p) => `H${p.index} ${p.year}`,
  quarter: (p) => `K${p.index} ${p.year}`,
  month: (p) => `${shortMonthNames[p.index - 1]} ${p.year}`,
  'july-year': (p) => `${p.year - 1}/${String(p.year).slice(2)}`,
};

function inStyle(code: string, style: Style): string {
  const period = parsePeriodCode(code);
  return period ? style[period.kind](period) : code;
}

/** "2023", "2e kwartaal 2023", "mei 2026", "1e halfjaar 2023", "juli 2022 – juli 2023"; other text as it is. */
export function formatPeriod(code: string): string {
  return inStyle(code, long);
}

/** Short form for axes and dense tables: "2023", "K2 2023", "mei 2026", "2022/23". */
export function formatPeriodShort(code: string): string {
  return inStyle(code, short);
}

/** "mei 2026 (voorlopig)": the period with its status when that is not final. */
export function formatPeriodWithStatus(code: string, status: string): string {
  const text = formatPeriod(code);
  return isProvisional(status) ? `${text} (${status})` : text;
}

/** "12 juni 2026" from an ISO date or timestamp (the date part as written, no timezone shift); anything else as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) return iso;
  return `${day} ${monthNames[month - 1]} ${m[1]}`;
}

/** "1e kwartaal 1997 – 3e kwartaal 2023", "2005–2023", one period as itself; measurement years "juli 2020 – juli 2025". */
export function formatPeriodSpan(from: string, to: string): string {
  if (from === to) return formatPeriod(from);
  const first = parsePeriodCode(from);
  const last = parsePeriodCode(to);
  if (first?.kind === 'july-year' && last?.kind === 'july-year') return `juli ${first.year - 1} – juli ${last.year}`;
  if (first?.kind === 'year' && last?.kind === 'year') return `${first.year}–${last.year}`;
  return `${formatPeriod(from)} – ${formatPeriod(to)}`;
}

/** "2015", "2015 en 2018", "2017, 2018 en 2023": years in order, each once. */
export function formatYearList(years: readonly number[]): string {
  return formatList([...new Set(years)].sort((a, b) => a - b).map(String));
}

/** "2013–2025" (first to last year), or one year. */
export function formatYearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

const monthPattern = monthNames.join('|');

/**
 * The period as a sentence opens with it: "In mei 2026", "In het 1e kwartaal 2026", "In 2025", "In het meetjaar
 * juli 2024 – juli 2025"; for stocks (`at: 'end'`) "Eind juni 2025", "Aan het einde van het 3e kwartaal 2023".
 * A publication's own period text reads as it says: "2024 begin" → "Begin 2024", "2013 (eind)" → "Eind 2013",
 * "2021 (juli)" → "In juli 2021"; other text follows "In".
 */
export function formatPeriodOpening(period: string, at: 'in' | 'end' = 'in'): string {
  const parsed = parsePeriodCode(period);
  if (parsed) {
    const text = formatPeriod(period);
    const article = parsed.kind === 'quarter' || parsed.kind === 'half' ? 'het ' : '';
    if (parsed.kind === 'july-year') return `In het meetjaar ${text}`;
    if (at === 'end') return article ? `Aan het einde van ${article}${text}` : `Eind ${text}`;
    return `In ${article}${text}`;
  }
  const edge = /^(?:(\d{4}) \(?(begin|eind)\)?|(begin|eind) (\d{4}))$/.exec(period);
  if (edge) return `${capitalise(edge[2] ?? edge[3]!)} ${edge[1] ?? edge[4]}`;
  const month = new RegExp(`^(\\d{4}) \\((${monthPattern})\\)$`).exec(period);
  if (month) return `In ${month[2]} ${month[1]}`;
  return `In ${period}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
