/**
 * The project's canonical period codes, in CBS style, and what they mean.
 *
 *   YYYYJJ00  calendar year
 *   YYYYHJnn  half year (01, 02)
 *   YYYYKWnn  quarter (01–04)
 *   YYYYMMnn  month (01–12)
 *   YYYYJL00  Financieringsmonitor measurement year: July of Y−1 to July of Y
 *
 * Raw forms (Dutch labels, DNB "YYYY-MM", quarter-start dates) are turned into these codes by
 * scripts/lib/period-grammar.ts; text for readers comes from src/format/period.ts.
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'july-year';

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1-based index within the year (half, quarter, month); 0 for years. */
  index: number;
}

const pattern = /^(\d{4})(JJ|HJ|KW|MM|JL)(\d{2})$/;
const kinds = { JJ: 'year', HJ: 'half', KW: 'quarter', MM: 'month', JL: 'july-year' } as const;
const maxIndex: Record<PeriodKind, number> = { year: 0, 'july-year': 0, half: 2, quarter: 4, month: 12 };

/** Parses a canonical code; returns undefined for anything else (callers decide how to refuse). */
export function parsePeriodCode(code: string): Period | undefined {
  const m = pattern.exec(code);
  if (!m) return undefined;
  const year = Number(m[1]);
  const kind = kinds[m[2] as keyof typeof kinds];
  const index = Number(m[3]);
  const max = maxIndex[kind];
  if (max === 0 ? index !== 0 : index < 1 || index > max) return undefined;
  return { code, kind, year, index };
}

export function periodCode(kind: PeriodKind, year: number, index = 0): string {
  const tag = { year: 'JJ', half: 'HJ', quarter: 'KW', month: 'MM', 'july-year': 'JL' }[kind];
  return `${String(year).padStart(4, '0')}${tag}${String(index).padStart(2, '0')}`;
}

/** First and last month (1–12, year) covered by a period; used for ordering and time axes. */
export function periodMonths(p: Period): { start: [number, number]; end: [number, number] } {
  switch (p.kind) {
    case 'year':
      return { start: [p.year, 1], end: [p.year, 12] };
    case 'july-year':
      return { start: [p.year - 1, 7], end: [p.year, 6] }; // July Y−1 up to July Y
    case 'half':
      return { start: [p.year, p.index * 6 - 5], end: [p.year, p.index * 6] };
    case 'quarter':
      return { start: [p.year, p.index * 3 - 2], end: [p.year, p.index * 3] };
    case 'month':
      return { start: [p.year, p.index], end: [p.year, p.index] };
  }
}

/** The midpoint of a period as a UTC date, for plotting periods of different lengths on one axis. */
export function periodMidpoint(p: Period): Date {
  const { start, end } = periodMonths(p);
  const from = Date.UTC(start[0], start[1] - 1, 1);
  const to = Date.UTC(end[0], end[1], 1);
  return new Date(from + (to - from) / 2);
}

/** The quarter a month belongs to, as a canonical code. */
export function quarterOfMonth(p: Period): string {
  return periodCode('quarter', p.year, Math.ceil(p.index / 3));
}

/** Orders codes by their last month, then shorter first (months before their quarter before their year). */
export function comparePeriodCodes(a: string, b: string): number {
  const pa = parsePeriodCode(a);
  const pb = parsePeriodCode(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const ma = periodMonths(pa);
  const mb = periodMonths(pb);
  const ea = ma.end[0] * 12 + ma.end[1];
  const eb = mb.end[0] * 12 + mb.end[1];
  if (ea !== eb) return ea - eb;
  const sa = ma.start[0] * 12 + ma.start[1];
  const sb = mb.start[0] * 12 + mb.start[1];
  return sb - sa;
}

/** The latest of some codes in time order (comparePeriodCodes); undefined when there are none. */
export function latestPeriodCode(codes: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const code of codes) if (latest === undefined || comparePeriodCodes(code, latest) > 0) latest = code;
  return latest;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Canonical codes in time order first, then periods given only as text (single figures: "2024 begin"),
 * in `textOrder`; by default by code point, which is the same on every machine.
 */
export function comparePeriods(a: string, b: string, textOrder: (a: string, b: string) => number = byCodePoint): number {
  const codeA = parsePeriodCode(a) !== undefined;
  const codeB = parsePeriodCode(b) !== undefined;
  if (codeA && codeB) return comparePeriodCodes(a, b);
  if (codeA !== codeB) return codeA ? -1 : 1;
  return textOrder(a, b);
}

/** The same period a year earlier (2026MM05 → 2025MM05, 2025JL00 → 2024JL00); undefined for text that is no code. */
export function yearEarlier(code: string): string | undefined {
  const p = parsePeriodCode(code);
  return p ? periodCode(p.kind, p.year - 1, p.index) : undefined;
}

/** The quarter before a quarter code, e.g. 2023KW01 → 2022KW04. */
export function previousQuarter(code: string): string {
  const p = parsePeriodCode(code);
  if (p?.kind !== 'quarter') throw new Error(`not a quarter code: ${code}`);
  return p.index === 1 ? periodCode('quarter', p.year - 1, 4) : periodCode('quarter', p.year, p.index - 1);
}

/** The quarter after a quarter code, e.g. 2023KW04 → 2024KW01. */
export function nextQuarter(code: string): string {
  if (parsePeriodCode(code)?.kind !== 'quarter') throw new Error(`not a quarter code: ${code}`);
  return nextPeriodCode(code);
}

/** The period after a code, of the same kind (2023MM12 → 2024MM01, 2023KW04 → 2024KW01, 2023JJ00 → 2024JJ00). */
export function nextPeriodCode(code: string): string {
  const p = parsePeriodCode(code);
  if (!p) throw new Error(`not a period code: ${code}`);
  const max = maxIndex[p.kind];
  if (max === 0) return periodCode(p.kind, p.year + 1);
  return p.index === max ? periodCode(p.kind, p.year + 1, 1) : periodCode(p.kind, p.year, p.index + 1);
}
