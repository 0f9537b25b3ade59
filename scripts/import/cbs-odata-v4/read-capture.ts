import { InputError } from '../../lib/input-error.ts';
import { fieldAt, jsonObject, nullableNumberField, nullableStringField, stringField } from '../../lib/json-fields.ts';
import { readJson } from '../../lib/read-json.ts';

/** `_capture.json`: when, from where and with which $filter a folder was captured. */
export interface Capture {
  /** ISO date (UTC) of the capture. */
  retrieved: string;
  source: string | null;
  filter: string | null;
}

/**
 * Reads the capture record and checks it against the folder: it must name the same table and, when it
 * counts the observations, the count must match (a shorter Observations.json is a broken capture).
 */
export async function readCapture(file: string, folder: { tableId: string; observations: number }): Promise<Capture> {
  const at = { file, path: '$' };
  const root = jsonObject(await readJson(file, 'the capture record'), at);
  const capturedAt = stringField(root, 'capturedAt', at);
  const date = /^(\d{4}-\d{2}-\d{2})T/.exec(capturedAt);
  if (!date?.[1])
    throw new InputError(fieldAt(at, 'capturedAt'), 'not an ISO date-time:', capturedAt, 'a time such as 2026-07-02T12:11:26.490Z');
  const table = nullableStringField(root, 'table', at);
  if (table !== null && table !== folder.tableId) {
    throw new InputError(
      fieldAt(at, 'table'),
      `the capture is of another table than Properties.json (${folder.tableId}):`,
      table,
      folder.tableId,
    );
  }
  const rows = nullableNumberField(root, 'observationRows', at);
  if (rows !== null && rows !== folder.observations) {
    throw new InputError(
      fieldAt(at, 'observationRows'),
      `Observations.json holds ${folder.observations} observations, the capture counted`,
      String(rows),
      'the same count (a truncated capture?)',
    );
  }
  return { retrieved: date[1], source: nullableStringField(root, 'source', at), filter: nullableStringField(root, 'filter', at) };
}
