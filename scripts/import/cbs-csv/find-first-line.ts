import { streamCsv } from '../../lib/csv-stream.ts';

/** The first line (after the header) whose trimmed `columns` equal `values`; reads the file again. */
export async function findFirstLine(file: string, columns: number[], values: string[]): Promise<number | undefined> {
  let found: number | undefined;
  let header = true;
  const stop = new Error('found');
  try {
    await streamCsv(file, {
      delimiter: ';',
      onRecord({ fields, line }) {
        if (header) {
          header = false;
          return;
        }
        if (columns.every((c, i) => fields[c]?.trim() === values[i])) {
          found = line;
          throw stop;
        }
      },
    });
  } catch (error) {
    if (error !== stop) throw error;
  }
  return found;
}
