import { InputError } from './input-error.ts';

/** A place in a parsed JSON file: the file and the JSON path of the value (`$.value[3]`). */
export interface JsonAt {
  file: string;
  path: string;
}

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or an InputError naming its path. */
export function jsonObject(value: unknown, at: JsonAt): JsonObject {
  if (isJsonObject(value)) return value;
  throw new InputError(at, `not a JSON object (${jsonType(value)}):`, shown(value), 'a JSON object');
}

/** `object.key` as an array. */
export function arrayField(object: JsonObject, key: string, at: JsonAt): unknown[] {
  const value = object[key];
  if (Array.isArray(value)) return value;
  throw fieldError(object, key, at, 'an array');
}

/** `object.key` as a string. */
export function stringField(object: JsonObject, key: string, at: JsonAt): string {
  const value = object[key];
  if (typeof value === 'string') return value;
  throw fieldError(object, key, at, 'a string');
}

// CBS writes every property of an entity set, null where it has no value: a missing one is a damaged file
// (a lost line), never a null. Reading it as null would turn a lost unit into "no unit".

/** `object.key` as a string or null; the key itself must be there. */
export function nullableStringField(object: JsonObject, key: string, at: JsonAt): string | null {
  const value = object[key];
  if (value === null) return null;
  if (typeof value === 'string') return value;
  throw fieldError(object, key, at, 'a string or null');
}

/** `object.key` as a finite number or null; the key itself must be there. */
export function nullableNumberField(object: JsonObject, key: string, at: JsonAt): number | null {
  const value = object[key];
  if (value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw fieldError(object, key, at, 'a number or null');
}

/** The place of `object.key`, for refusals about that property. */
export function fieldAt(at: JsonAt, key: string): { file: string; path: string; column: string } {
  return { file: at.file, path: `${at.path}.${key}`, column: key };
}

function fieldError(object: JsonObject, key: string, at: JsonAt, expected: string): InputError {
  if (!(key in object)) return new InputError(fieldAt(at, key), 'the property is missing', undefined, expected);
  const value = object[key];
  return new InputError(fieldAt(at, key), `wrong JSON type (${jsonType(value)}):`, shown(value), expected);
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : String(JSON.stringify(value));
}
