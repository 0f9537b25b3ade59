import type { CsvRecord } from '../lib/csv-stream.ts';
import { InputError, type Where } from '../lib/input-error.ts';

// C0 controls but tab and line breaks, DEL, and U+FFFD (text decoded wrongly before it was saved): no CBS or
// DNB file has them, so one in a label is a damaged file (a NUL from a disk error, 0x1A from DOS), not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const damaged = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** Refuses a text cell with a character no raw file has in its text (see above). */
export function refuseControlCharacters(where: Where, text: string): void {
  const at = text.search(damaged);
  if (at < 0) return;
  const code = text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
  throw new InputError(
    where,
    `a character no text in these files has (U+${code}, at position ${at + 1}): a damaged file?`,
    text,
    'text without control characters (download or copy the file again)',
  );
}

/** The same for every field of a CSV record (files read whole: metadata, exports). */
export function refuseControlCharactersInRecord(file: string, record: CsvRecord): void {
  record.fields.forEach((field, i) => {
    refuseControlCharacters({ file, line: record.line, column: String(i + 1) }, field);
  });
}
