import { open, stat } from 'node:fs/promises';
import Papa from 'papaparse';

const headBytes = 65536; // a cbsodata header with 200 topic columns is about 5 kB

/**
 * The header fields of a CSV file, from its first bytes only, for `detect()`: undefined when `path` is
 * not a readable `.csv` file. Validation proper happens in `open()`.
 */
export async function readHeaderFields(path: string, delimiter: ',' | ';'): Promise<string[] | undefined> {
  if (!path.toLowerCase().endsWith('.csv')) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(headBytes, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead)); // strips a BOM
    const line = (text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
    const parsed = Papa.parse<string[]>(line, { delimiter });
    return parsed.data[0];
  } finally {
    await handle.close();
  }
}
