import { open } from 'node:fs/promises';
import { InputError } from '../lib/input-error.ts';

/**
 * Refuses a file whose last line has no line break after it, for formats whose writers always end with one
 * (pandas, spreadsheets, StatLine's export): there, a missing one means the file was cut short, perhaps
 * inside the last cell ("-19.3" → "-19"), which no other check can see.
 */
export async function requireFinalLineBreak(file: string, lastLine: number): Promise<void> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    if (size === 0 || last[0] === 0x0a) return;
  } finally {
    await handle.close();
  }
  throw new InputError(
    { file, line: lastLine },
    'the file ends in the middle of a line (no line break after its last line): cut short?',
    undefined,
    'a complete file, its last line ending with a line break (if the file is complete, add one)',
  );
}
