import { isCalendarDate } from './calendar-date.ts';

/**
 * A drop's id: the date of its delivery, with a letter when a day has more than one drop (`2026-07-17`,
 * `2026-11-22b`). Ids sort as text in the order the drops were made, so the latest drop is the last id.
 * The one definition: `npm run import`, `npm run update`, `npm run data` and the site all check ids with it.
 */
export const dropIdPattern = /^(\d{4})-(\d{2})-(\d{2})[a-z]?$/;

/** True for a drop id whose date exists in the calendar (`2026-02-30` does not). */
export function isDropId(text: string): boolean {
  const m = dropIdPattern.exec(text);
  if (!m) return false;
  return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
