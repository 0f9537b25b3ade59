import { parsePeriodCode } from '../lib/period.ts';

/**
 * The only place period codes become text: "2023", "2e kwartaal 2023", "mei 2026",
 * "1e halfjaar 2023", "juli 2022 – juli 2023", and with a status "mei 2026 (voorlopig)".
 */
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const shortMonths = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export function formatPeriod(code: string): string {
  const period = parsePeriodCode(code);
  if (!period) return code;
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return `${period.index}e halfjaar ${period.year}`;
    case 'quarter':
      return `${period.index}e kwartaal ${period.year}`;
    case 'month':
      return `${months[period.index - 1]} ${period.year}`;
    case 'july-year':
      return `juli ${period.year - 1} – juli ${period.year}`;
  }
}

/** Short form for axes and dense tables: "2023", "K2 2023", "mei 2026", "2022/23". */
export function formatPeriodShort(code: string): string {
  const period = parsePeriodCode(code);
  if (!period) return code;
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return `H${period.index} ${period.year}`;
    case 'quarter':
      return `K${period.index} ${period.year}`;
    case 'month':
      return `${shortMonths[period.index - 1]} ${period.year}`;
    case 'july-year':
      return `${period.year - 1}/${String(period.year).slice(2)}`;
  }
}

/** "mei 2026 (voorlopig)": the period with its status when that is not final. */
export function formatPeriodWithStatus(code: string, status: string): string {
  const text = formatPeriod(code);
  return status === 'voorlopig' || status === 'nader voorlopig' ? `${text} (${status})` : text;
}

/** "12 juni 2026" from an ISO date or timestamp (the date part as written, no timezone shift). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
