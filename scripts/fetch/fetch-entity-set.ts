import { InputError } from '../lib/input-error.ts';
import { arrayField, type JsonObject, jsonObject } from '../lib/json-fields.ts';
import { type Base, describeLocation, type Location, locate, readLocation } from './base.ts';
import type { RetryPolicy } from './http-options.ts';
import { parseJsonBody } from './parse-json-body.ts';

export interface EntitySetRequest {
  base: Base;
  table: string;
  /** `Properties`, `Dimensions`, `MeasureCodes`, `PeriodenCodes`, …, `Observations`. */
  entitySet: string;
  /** OData `$filter`, sent to an HTTP base only (a mirror folder already holds the slice). */
  filter?: string | null;
  policy: RetryPolicy;
  log: (line: string) => void;
}

// Properties is one object; every other entity set is a collection with a `value` array.
const singletons = new Set(['Properties']);

/**
 * One OData v4 entity set, every page: follows `@odata.nextLink` and joins the pages' `value` arrays into
 * the first page's object, so the result looks like the files in ../shared/sources/cbs-odata-v4.
 */
export async function fetchEntitySet(request: EntitySetRequest): Promise<{ body: JsonObject; rows: number }> {
  const { table, entitySet, log } = request;
  const name = `${table}/${entitySet}`;
  const query: Record<string, string> = request.filter ? { $filter: request.filter } : {};
  let location: Location = locate(request.base, name, { query, fileSuffix: '.json' });
  const seen = new Set<string>();
  let first: JsonObject | undefined;
  const rows: unknown[] = [];
  for (let page = 1; ; page++) {
    const what = page === 1 ? name : `${name} page ${page}`;
    const where = `${what} (${describeLocation(location)})`;
    seen.add(describeLocation(location));
    const body = jsonObject(parseJsonBody(await readLocation(location, { policy: request.policy, what, log }), where), {
      file: where,
      path: '$',
    });
    first ??= body;
    if (singletons.has(entitySet)) {
      log(`${name}: fetched`);
      return { body, rows: 0 };
    }
    rows.push(...arrayField(body, 'value', { file: where, path: '$' }));
    log(`${name}: page ${page}, ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} so far`);
    const next = body['@odata.nextLink'];
    if (next === undefined || next === null) break;
    location = nextLocation(next, location, where, seen);
  }
  const joined: JsonObject = {};
  for (const [key, value] of Object.entries(first ?? {})) if (key !== '@odata.nextLink') joined[key] = key === 'value' ? rows : value;
  return { body: joined, rows: rows.length };
}

function nextLocation(next: unknown, current: Location, where: string, seen: Set<string>): Location {
  const at = { file: where, path: '$.@odata.nextLink', column: '@odata.nextLink' };
  if (current.kind === 'file') {
    throw new InputError(
      at,
      'the mirror file stops at a page boundary:',
      String(next),
      'all pages joined into one value array in a mirror folder',
    );
  }
  let url: URL;
  try {
    url = new URL(String(next), current.url);
  } catch {
    throw new InputError(at, 'the next link is not a URL:', String(next), 'an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(at, 'the next link is not http(s):', url.href, 'an http(s) URL');
  if (seen.has(url.href))
    throw new InputError(at, 'the next link points back at a page already fetched:', url.href, 'a link to a new page');
  return { kind: 'url', url: url.href };
}
