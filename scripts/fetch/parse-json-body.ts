import { InputError } from '../lib/input-error.ts';
import { jsonErrorOffset } from '../lib/json-error-offset.ts';

/**
 * A response body as JSON. Refuses, naming what was fetched: bytes that are not UTF-8, an empty body, a
 * body that stops before its JSON ends (a truncated transfer) and malformed JSON (an HTML error page).
 */
export function parseJsonBody(bytes: Buffer, where: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ file: where }, 'the response is not UTF-8 text', undefined, 'a JSON response');
  }
  if (text.trim() === '') throw new InputError({ file: where }, 'the response is empty', undefined, 'a JSON response');
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    if (offset < 0 || offset >= text.length) {
      throw new InputError(
        { file: where },
        `the response ends too early, after ${bytes.length} bytes (truncated)`,
        text.slice(-40),
        'a complete JSON response (fetch again)',
      );
    }
    throw new InputError(
      { file: where },
      `the response is not valid JSON at character ${offset + 1}:`,
      text.slice(offset, offset + 40),
      'a JSON response',
    );
  }
}
