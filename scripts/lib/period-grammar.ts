import { monthNames } from '../../src/format/period.ts';
import { parsePeriodCode, periodCode } from '../../src/lib/period.ts';
import { markerStatus, type ProvisionalStatus } from '../../src/lib/provisional.ts';

/**
 * Every raw period form the sources use, turned into canonical codes (see src/lib/period.ts).
 * Each adapter names the forms it accepts, so a DNB file cannot smuggle in a Dutch label.
 */
export type PeriodForm =
  | 'cbs-code' // 2023JJ00, 2023KW02, 2023MM05, 2023HJ01
  | 'dutch-label' // "2023", "2023 2e kwartaal", "2023 mei", "2023 1e halfjaar" (optionally * or **)
  | 'year-month' // DNB: 2023-05
  | 'quarter-start' // 2023-04-01 (first day of a quarter)
  | 'july-year'; // Financieringsmonitor: 2023 = July 2022 to July 2023

export interface ParsedPeriod {
  code: string;
  /** A provisional marker carried by the label itself (`*` voorlopig, `**` nader voorlopig). */
  marker?: ProvisionalStatus;
}

const expectedText: Record<PeriodForm, string> = {
  'cbs-code': 'a CBS period code such as 2023JJ00, 2023KW02, 2023MM05 or 2023HJ01',
  'dutch-label': 'a Dutch period label such as "2023", "2023 2e kwartaal", "2023 mei" or "2023 1e halfjaar"',
  'year-month': 'a month as YYYY-MM',
  'quarter-start': 'the first day of a quarter as YYYY-01-01, YYYY-04-01, YYYY-07-01 or YYYY-10-01',
  'july-year': 'a Financieringsmonitor year YYYY (July YYYY-1 to July YYYY)',
};

export function describePeriodForms(forms: readonly PeriodForm[]): string {
  return forms.map((f) => expectedText[f]).join(', or ');
}

/** Returns the canonical code, or undefined when the text matches none of the given forms. */
export function parsePeriod(raw: string, forms: readonly PeriodForm[]): ParsedPeriod | undefined {
  const text = raw.trim();
  for (const form of forms) {
    const parsed = parsers[form](text);
    if (parsed) return parsed;
  }
  return undefined;
}

const parsers: Record<PeriodForm, (text: string) => ParsedPeriod | undefined> = {
  'cbs-code': (text) => (parsePeriodCode(text) && !text.includes('JL') ? { code: text } : undefined),
  'dutch-label': parseDutchLabel,
  'year-month': (text) => {
    const m = /^(\d{4})-(\d{2})$/.exec(text);
    if (!m) return undefined;
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { code: periodCode('month', Number(m[1]), month) } : undefined;
  },
  'quarter-start': (text) => {
    const m = /^(\d{4})-(01|04|07|10)-01$/.exec(text);
    return m ? { code: periodCode('quarter', Number(m[1]), (Number(m[2]) + 2) / 3) } : undefined;
  },
  'july-year': (text) => (/^\d{4}$/.test(text) ? { code: periodCode('july-year', Number(text)) } : undefined),
};

function parseDutchLabel(text: string): ParsedPeriod | undefined {
  const m = /^(\d{4})(?:\s+(.+?))?\s*(\*{1,2})?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const rest = m[2]?.toLowerCase();
  const marker = markerStatus(m[3]);
  const withMarker = (code: string): ParsedPeriod => (marker ? { code, marker } : { code });
  if (rest === undefined) return withMarker(periodCode('year', year));
  const quarter = /^([1-4])e kwartaal$/.exec(rest);
  if (quarter) return withMarker(periodCode('quarter', year, Number(quarter[1])));
  const half = /^([12])e halfjaar$/.exec(rest);
  if (half) return withMarker(periodCode('half', year, Number(half[1])));
  const month = monthNames.indexOf(rest as (typeof monthNames)[number]);
  if (month >= 0) return withMarker(periodCode('month', year, month + 1));
  return undefined;
}
