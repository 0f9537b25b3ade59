import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { cbsPeriodStatus, cbsPeriodStatusNames } from '../../lib/cbs-period-status.ts';
import { InputError } from '../../lib/input-error.ts';
import { arrayField, fieldAt, jsonObject, nullableStringField, stringField } from '../../lib/json-fields.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';
import { readJson } from '../../lib/read-json.ts';

export interface CodeEntry {
  code: string;
  label: string;
  description?: string;
  /** The code's JSON object, for callers that read more properties (Status, Unit, …). */
  raw: { [key: string]: unknown };
  at: { file: string; path: string };
}

/**
 * Reads an entity set of codes (`<Dimension>Codes.json`, `MeasureCodes.json`): `$.value[]` objects with
 * `Identifier`, `Title` and an optional `Description`. A code listed twice is refused.
 */
export async function readCodeList(file: string, entitySet: string): Promise<CodeEntry[]> {
  const root = jsonObject(await readJson(file, `the OData entity set ${entitySet} saved as this file`), { file, path: '$' });
  const entries: CodeEntry[] = [];
  const seen = new Map<string, string>();
  arrayField(root, 'value', { file, path: '$' }).forEach((item, i) => {
    const at = { file, path: `$.value[${i}]` };
    const raw = jsonObject(item, at);
    const code = stringField(raw, 'Identifier', at);
    const first = seen.get(code);
    if (first !== undefined) {
      throw new InputError(fieldAt(at, 'Identifier'), `code listed twice (first at ${first}):`, code, 'each code once');
    }
    seen.set(code, at.path);
    const label = stringField(raw, 'Title', at);
    const description = nullableStringField(raw, 'Description', at)?.trim();
    entries.push(description ? { code, label, description, raw, at } : { code, label, raw, at });
  });
  return entries;
}

/** Reads `PeriodenCodes.json` (or the time dimension's codes): canonical period code → status. */
export async function readPeriodCodes(file: string, entitySet: string): Promise<Map<string, PeriodStatus>> {
  const statuses = new Map<string, PeriodStatus>();
  for (const entry of await readCodeList(file, entitySet)) {
    if (parsePeriod(entry.code, ['cbs-code'])?.code !== entry.code) {
      throw new InputError(
        fieldAt(entry.at, 'Identifier'),
        'not a period code this project reads:',
        entry.code,
        describePeriodForms(['cbs-code']),
      );
    }
    const text = stringField(entry.raw, 'Status', entry.at);
    const status = cbsPeriodStatus(text);
    if (!status) throw new InputError(fieldAt(entry.at, 'Status'), 'unknown period status', text, cbsPeriodStatusNames);
    statuses.set(entry.code, status);
  }
  return statuses;
}
