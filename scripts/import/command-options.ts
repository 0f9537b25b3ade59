import { InputError } from '../lib/input-error.ts';

/**
 * The value after an option, refused when it is missing or is the next option (`--drop --data x`), so
 * that a forgotten value never silently becomes a default.
 */
export function optionValue(args: readonly string[], at: number, what: string): string {
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--') || value.trim() === '')
    throw new InputError({ file: 'command line', column: args[at] }, 'the option has no value', value, what);
  return value;
}
