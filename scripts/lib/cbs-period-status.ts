import type { PeriodStatus } from '../../src/lib/provisional.ts';

// OData v4 joins the words ("NaderVoorlopig"); the spaced spelling of the Dutch text is accepted as well.
const statuses: Record<string, PeriodStatus> = {
  Definitief: 'definitief',
  Voorlopig: 'voorlopig',
  NaderVoorlopig: 'nader voorlopig',
  'Nader voorlopig': 'nader voorlopig',
};

/** A CBS period `Status` as the project's PeriodStatus; undefined for anything else (the caller refuses). */
export function cbsPeriodStatus(text: string): PeriodStatus | undefined {
  return Object.hasOwn(statuses, text) ? statuses[text] : undefined;
}

export const cbsPeriodStatusNames = Object.keys(statuses)
  .map((s) => `"${s}"`)
  .join(', ');
