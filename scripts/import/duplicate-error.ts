import { InputError, type Where } from '../lib/input-error.ts';

/** The refusal for a key that occurs twice: names both lines so the reader can compare them. */
export function duplicateError(where: Where, what: string, key: string, firstLine: number): InputError {
  return new InputError(where, `this ${what} already occurs on line ${firstLine}:`, key, `each ${what} once`);
}
