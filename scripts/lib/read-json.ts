import { readFile } from 'node:fs/promises';
import { InputError } from './input-error.ts';
import { jsonErrorOffset } from './json-error-offset.ts';

/**
 * Reads a whole JSON file (for files small enough to hold in memory). Refuses, with file, line and
 * column: a missing file, bytes that are not UTF-8, an empty file, and malformed or truncated JSON.
 * `expected` says what the file should be, for the "missing file" message.
 */
export async function readJson(file: string, expected = 'a JSON file'): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    const problem = code === 'ENOENT' ? 'the required file is missing' : `cannot read the file (${code})`;
    throw new InputError({ file }, problem, undefined, expected);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also drops a leading BOM
  } catch {
    const bad = firstInvalidByte(bytes);
    const line = 1 + bytes.subarray(0, bad).filter((b) => b === 10).length;
    const value = bad < bytes.length ? `byte 0x${bytes[bad]!.toString(16).toUpperCase()}` : undefined;
    throw new InputError({ file, line }, 'the file is not valid UTF-8 (a Latin-1 or Windows-1252 file?): found', value, 'UTF-8 JSON text');
  }
  if (text.trim() === '') throw new InputError({ file, line: 1 }, 'the file is empty', undefined, expected);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw syntaxError(file, text, error instanceof Error ? error.message : String(error));
  }
}

function syntaxError(file: string, text: string, message: string): InputError {
  // V8 quotes the JSON around the error, newlines and all, and gives the position we give as line and column.
  const reason = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/\s+/g, ' ');
  const found = jsonErrorOffset(text);
  const offset = found < 0 ? text.length : found;
  const { line, column } = lineAndColumn(text, offset);
  const value = offset >= text.length ? undefined : text.slice(offset, offset + 20);
  const problem = offset >= text.length ? `the JSON ends too early (${reason}); the file looks truncated` : `invalid JSON (${reason}) at`;
  return new InputError({ file, line, column: String(column) }, problem, value, 'complete, valid JSON (download the file again)');
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence (only called when there is one). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
