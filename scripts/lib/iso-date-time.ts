import { isCalendarDate } from '../../src/lib/calendar-date.ts';

const form = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/** True for an ISO 8601 date or date-time as publishers write them (2023-08-16, 2026-06-12T06:30:00+02:00). */
export function isIsoDateTime(text: string): boolean {
  const m = form.exec(text);
  if (!m) return false;
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
