import type { MissingSymbol } from '../../../src/schemas/observation.ts';
import { InputError } from '../../lib/input-error.ts';
import { fieldAt, type JsonAt, jsonObject, stringField } from '../../lib/json-fields.ts';
import type { SourceRow } from '../source-table.ts';
import type { ODataFolder } from './read-odata-folder.ts';

/**
 * What a `ValueAttribute` other than "None" means. Only "None" and "Impossible" occur in the captured
 * tables; the others are CBS's names for the "." (unknown) and "x" (confidential) symbols. Anything
 * else is refused rather than read as a number or a blank.
 */
const symbols: Record<string, MissingSymbol> = {
  Impossible: 'vervalt',
  Missing: 'ontbreekt',
  Unknown: 'ontbreekt',
  Confidential: 'geheim',
};
const attributeNames = ['None', ...Object.keys(symbols)].map((a) => `"${a}"`).join(', ');

// Properties an observation may carry besides its dimensions; `Id` and `StringValue` are not used.
const fixedKeys = new Set(['Id', 'Measure', 'ValueAttribute', 'Value', 'StringValue']);

/** Checks one element of `Observations.json` against the code lists and turns it into a SourceRow. */
export function observationRow(item: unknown, index: number, folder: ODataFolder): SourceRow {
  const at: JsonAt = { file: folder.observationsFile, path: `$.value[${index}]` };
  const object = jsonObject(item, at);
  for (const key of Object.keys(object)) {
    if (!fixedKeys.has(key) && !key.startsWith('@odata.') && key !== folder.time.id && !folder.codeLists[key]) {
      throw new InputError(
        fieldAt(at, key),
        'a property that is neither a dimension nor a known field:',
        key,
        `one of ${[...fixedKeys, folder.time.id, ...Object.keys(folder.codeLists)].join(', ')}`,
      );
    }
  }

  const measure = stringField(object, 'Measure', at);
  if (!Object.hasOwn(folder.measures, measure)) {
    throw new InputError(fieldAt(at, 'Measure'), 'measure code not in MeasureCodes.json:', measure, 'a code listed in MeasureCodes.json');
  }
  const dims: Record<string, string> = {};
  for (const dimension of folder.dimensions) {
    const code = stringField(object, dimension.id, at);
    if (!dimension.codes.has(code)) {
      throw new InputError(
        fieldAt(at, dimension.id),
        `code not in ${dimension.id}Codes.json:`,
        code,
        `a code listed in ${dimension.id}Codes.json`,
      );
    }
    dims[dimension.id] = code;
  }
  const period = stringField(object, folder.time.id, at);
  const status = folder.time.statuses.get(period);
  if (!status) {
    throw new InputError(
      fieldAt(at, folder.time.id),
      `period code not in ${folder.time.id}Codes.json:`,
      period,
      `a code listed in ${folder.time.id}Codes.json`,
    );
  }

  const attribute = stringField(object, 'ValueAttribute', at);
  const value = object.Value;
  if (attribute === 'None') {
    if (typeof value === 'number' && Number.isFinite(value)) return { measure, dims, period, value, status };
    throw new InputError(
      fieldAt(at, 'Value'),
      'ValueAttribute is "None" but Value is not a number:',
      String(JSON.stringify(value ?? null)),
      'a number (a missing value must say why in ValueAttribute)',
    );
  }
  const symbol = Object.hasOwn(symbols, attribute) ? symbols[attribute] : undefined;
  if (!symbol) throw new InputError(fieldAt(at, 'ValueAttribute'), 'unknown ValueAttribute', attribute, attributeNames);
  if (value !== null && value !== undefined) {
    throw new InputError(
      fieldAt(at, 'Value'),
      `ValueAttribute "${attribute}" says there is no value, yet Value is`,
      String(JSON.stringify(value)),
      'null',
    );
  }
  return { measure, dims, period, value: null, symbol, status };
}
