import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readODataFolder } from '../import/cbs-odata-v4/read-odata-folder.ts';
import { InputError } from '../lib/input-error.ts';
import { arrayField, jsonObject, stringField } from '../lib/json-fields.ts';
import { type Base, describeLocation, locate } from './base.ts';
import { fetchEntitySet } from './fetch-entity-set.ts';
import type { RetryPolicy } from './http-options.ts';

export interface CbsTableRequest {
  base: Base;
  table: string;
  filter: string | null;
  /** An empty folder to write into (the caller renames it into place). */
  dir: string;
  policy: RetryPolicy;
  log: (line: string) => void;
}

export interface FetchedTable {
  id: string;
  entitySets: string[];
  observations: number;
}

// Dimension ids become file names (`<id>Codes.json`), so they may not hold path characters.
const dimensionId = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Downloads the entity sets the importer reads (Properties, Dimensions, MeasureCodes, one `<Dimension>Codes`
 * per dimension, Observations) into `dir`, with a `_capture.json`, then reads the folder back with the
 * importer's own reader so a folder that would not import is refused here.
 */
export async function fetchCbsTable(request: CbsTableRequest): Promise<FetchedTable> {
  const { table, dir } = request;
  const capturedAt = new Date().toISOString();
  const entitySets: string[] = [];
  const save = async (entitySet: string, filter: string | null = null) => {
    const { body, rows } = await fetchEntitySet({ ...request, entitySet, filter });
    await writeFile(join(dir, `${entitySet}.json`), `${JSON.stringify(body, null, 1)}\n`);
    entitySets.push(entitySet);
    return { body, rows };
  };

  const { body: properties } = await save('Properties');
  const propertiesAt = { file: `${table}/Properties`, path: '$' };
  const identifier = stringField(properties, 'Identifier', propertiesAt);
  if (identifier !== table)
    throw new InputError({ ...propertiesAt, path: '$.Identifier' }, 'the answer describes another table:', identifier, table);

  const { body: dimensions } = await save('Dimensions');
  const dimensionIds = arrayField(dimensions, 'value', { file: `${table}/Dimensions`, path: '$' }).map((item, i) => {
    const at = { file: `${table}/Dimensions`, path: `$.value[${i}]` };
    const id = stringField(jsonObject(item, at), 'Identifier', at);
    if (!dimensionId.test(id))
      throw new InputError({ ...at, path: `${at.path}.Identifier` }, 'not a dimension identifier:', id, 'letters, digits and _');
    return id;
  });
  await save('MeasureCodes');
  for (const id of dimensionIds) await save(`${id}Codes`);
  const applied = request.base.kind === 'http' ? request.filter : null;
  const { rows: observations } = await save('Observations', applied);

  const capture = {
    table,
    capturedAt,
    source: describeLocation(locate(request.base, table)),
    // A mirror folder is taken to hold the configured slice, as the shared captures do.
    filter: request.filter,
    observationRows: observations,
  };
  await writeFile(join(dir, '_capture.json'), JSON.stringify(capture, null, 1));

  try {
    await readODataFolder(dir);
  } catch (error) {
    // Name the table, not the temp folder that is about to be removed.
    if (!(error instanceof InputError)) throw error;
    const file = error.where.file.startsWith(dir) ? `${table}${error.where.file.slice(dir.length)}` : error.where.file;
    throw new InputError({ ...error.where, file }, `(as downloaded) ${error.problem}`, error.value, error.expected);
  }
  return { id: table, entitySets, observations };
}
