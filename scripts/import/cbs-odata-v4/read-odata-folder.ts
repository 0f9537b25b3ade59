import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { InputError } from '../../lib/input-error.ts';
import { isIsoDateTime } from '../../lib/iso-date-time.ts';
import {
  arrayField,
  fieldAt,
  type JsonAt,
  jsonObject,
  nullableNumberField,
  nullableStringField,
  stringField,
} from '../../lib/json-fields.ts';
import { readJson } from '../../lib/read-json.ts';
import type { SourceTable } from '../source-table.ts';
import { type Capture, readCapture } from './read-capture.ts';
import { readCodeList, readPeriodCodes } from './read-code-list.ts';

export interface ODataDimension {
  id: string;
  title: string;
  codes: Set<string>;
}

/** Everything in one OData v4 table folder, checked except for the observations themselves. */
export interface ODataFolder {
  tableId: string;
  title: string;
  modified: string | null;
  license: string;
  /** Non-time dimensions in Dimensions.json order. */
  dimensions: ODataDimension[];
  codeLists: SourceTable['dimensions'];
  time: { id: string; statuses: Map<string, PeriodStatus> };
  measures: SourceTable['measures'];
  observationsFile: string;
  observations: unknown[];
  capture: Capture | null;
  /** Every JSON file in the folder, sorted by name, for the provenance fingerprints. */
  jsonFiles: string[];
}

// A dimension id becomes part of a file name (`<id>Codes.json`), so it may not hold path characters.
const dimensionId = /^[A-Za-z][A-Za-z0-9_]*$/;

export async function readODataFolder(dir: string): Promise<ODataFolder> {
  const properties = await readRoot(join(dir, 'Properties.json'), 'Properties');
  const propertiesAt = { file: join(dir, 'Properties.json'), path: '$' };
  const datasetType = nullableStringField(properties, 'DatasetType', propertiesAt);
  if (datasetType !== null && datasetType !== 'Numeric') {
    throw new InputError(fieldAt(propertiesAt, 'DatasetType'), 'this adapter reads numeric tables only; found', datasetType, '"Numeric"');
  }

  const dimensionsFile = join(dir, 'Dimensions.json');
  const dimensionsRoot = await readRoot(dimensionsFile, 'Dimensions');
  const dimensions: ODataDimension[] = [];
  const codeLists: SourceTable['dimensions'] = {};
  let time: ODataFolder['time'] | undefined;
  const dimensionItems = arrayField(dimensionsRoot, 'value', { file: dimensionsFile, path: '$' });
  for (const [i, item] of dimensionItems.entries()) {
    const at = { file: dimensionsFile, path: `$.value[${i}]` };
    const object = jsonObject(item, at);
    const id = stringField(object, 'Identifier', at);
    if (!dimensionId.test(id)) throw new InputError(fieldAt(at, 'Identifier'), 'not a dimension identifier:', id, 'letters, digits and _');
    const title = stringField(object, 'Title', at);
    const codesFile = join(dir, `${id}Codes.json`);
    if (stringField(object, 'Kind', at) === 'TimeDimension') {
      if (time) throw new InputError(fieldAt(at, 'Kind'), `a second time dimension (the first is ${time.id}):`, id, 'one TimeDimension');
      time = { id, statuses: await readPeriodCodes(codesFile, `${id}Codes`) };
      continue;
    }
    const entries = await readCodeList(codesFile, `${id}Codes`);
    dimensions.push({ id, title, codes: new Set(entries.map((e) => e.code)) });
    codeLists[id] = {
      label: title,
      codes: Object.fromEntries(
        entries.map((e) => [e.code, e.description ? { label: e.label, description: e.description } : { label: e.label }]),
      ),
    };
  }
  if (!time)
    throw new InputError(
      { file: dimensionsFile, path: '$.value' },
      'no dimension has Kind "TimeDimension"',
      undefined,
      'one time dimension (Perioden)',
    );

  const observationsFile = join(dir, 'Observations.json');
  const observationsRoot = await readRoot(observationsFile, 'Observations');
  if (observationsRoot['@odata.nextLink'] !== undefined) {
    // A capture must hold every page; a leftover next link means pages are missing.
    throw new InputError(
      fieldAt({ file: observationsFile, path: '$' }, '@odata.nextLink'),
      'the capture stops before the last page:',
      String(observationsRoot['@odata.nextLink']),
      'all pages joined into one value array',
    );
  }
  const observations = arrayField(observationsRoot, 'value', { file: observationsFile, path: '$' });
  if (observations.length === 0)
    throw new InputError(
      { file: observationsFile, path: '$.value' },
      'the capture holds no observations',
      '[]',
      'at least one observation (fetch the table again)',
    );
  const tableId = stringField(properties, 'Identifier', propertiesAt);
  const capture = existsSync(join(dir, '_capture.json'))
    ? await readCapture(join(dir, '_capture.json'), { tableId, observations: observations.length })
    : null;

  const modified = nullableStringField(properties, 'Modified', propertiesAt);
  if (modified !== null && !isIsoDateTime(modified))
    throw new InputError(fieldAt(propertiesAt, 'Modified'), 'not an ISO date-time:', modified, 'a time such as 2026-06-12T06:30:00+02:00');
  return {
    tableId,
    title: stringField(properties, 'Title', propertiesAt),
    modified,
    license: stringField(properties, 'License', propertiesAt),
    dimensions,
    codeLists,
    time,
    measures: await readMeasures(join(dir, 'MeasureCodes.json')),
    observationsFile,
    observations,
    capture,
    jsonFiles: (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name)),
  };
}

async function readRoot(file: string, entitySet: string) {
  return jsonObject(await readJson(file, `the OData entity set ${entitySet} saved as this file`), { file, path: '$' });
}

async function readMeasures(file: string): Promise<SourceTable['measures']> {
  const measures: SourceTable['measures'] = {};
  for (const entry of await readCodeList(file, 'MeasureCodes')) {
    const at: JsonAt = entry.at;
    // Titles come with doubled spaces ("Uitgesproken  faillissementen").
    const label = entry.label.trim().replace(/\s+/g, ' ');
    const unit = nullableStringField(entry.raw, 'Unit', at) ?? '';
    const decimals = nullableNumberField(entry.raw, 'Decimals', at);
    if (decimals !== null && !(Number.isInteger(decimals) && decimals >= 0)) {
      throw new InputError(fieldAt(at, 'Decimals'), 'not a number of decimals:', String(decimals), 'a whole number ≥ 0');
    }
    measures[entry.code] = decimals === null ? { label, unit } : { label, unit, decimals };
  }
  return measures;
}
