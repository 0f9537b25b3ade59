import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DnbFileConfig } from '../config/sources.ts';
import { dnbCsvAdapter } from '../import/dnb-csv.ts';
import { InputError } from '../lib/input-error.ts';
import { type Base, describeLocation, type Location, locate, readLocation } from './base.ts';
import type { RetryPolicy } from './http-options.ts';

export interface DnbRequest {
  config: DnbFileConfig;
  /** A mirror; without it the configured URL (refused while that is a placeholder). */
  base: Base | undefined;
  dir: string;
  policy: RetryPolicy;
  log: (line: string) => void;
}

/**
 * Downloads DNB's CSV export into `dir` as `<stem>_<YYYY-MM-DD>.csv` (the name tells the importer the
 * retrieval date) and opens it with the importer's DNB adapter, which refuses a cut-off file.
 */
export async function fetchDnb(request: DnbRequest): Promise<{ id: string; file: string; bytes: number; observations: number }> {
  const { config } = request;
  const location = await dnbLocation(request);
  const bytes = await readLocation(location, { policy: request.policy, what: config.id, log: request.log });
  request.log(`${config.id}: fetched ${bytes.length} bytes from ${describeLocation(location)}`);
  const name = `${config.fileName.replace(/\.csv$/i, '')}_${new Date().toISOString().slice(0, 10)}.csv`;
  const file = join(request.dir, name);
  await writeFile(file, bytes);
  let observations = 0;
  try {
    if (!(await dnbCsvAdapter.detect(file))) {
      throw new InputError({ file }, 'the header is not that of a DNB export', undefined, 'Instrument,InstrumentSub,Sector,Periode,waarde');
    }
    await (await dnbCsvAdapter.open(file)).rows(() => void observations++);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      { ...error.where, file: `${config.id} (${describeLocation(location)})` },
      `(as downloaded) ${error.problem}`,
      error.value,
      error.expected,
    );
  }
  return { id: config.id, file: name, bytes: bytes.length, observations };
}

async function dnbLocation(request: DnbRequest): Promise<Location> {
  const { config, base } = request;
  if (!base) {
    if (config.urlIsPlaceholder) {
      throw new InputError(
        { file: 'scripts/config/sources.ts' },
        'the DNB download URL is a placeholder',
        config.url,
        `the real URL in dnbFile.url, or --base <mirror> holding ${config.fileName}`,
      );
    }
    return { kind: 'url', url: config.url };
  }
  const exact = locate(base, config.fileName);
  if (base.kind === 'http') return exact;
  // A folder of earlier downloads holds dated names (…_2025-08-18.csv): take the latest.
  const stem = config.fileName.replace(/\.csv$/i, '');
  const names = await readdir(base.dir);
  if (names.includes(config.fileName)) return exact;
  const dated = names.filter((n) => n.startsWith(`${stem}_`) && n.toLowerCase().endsWith('.csv')).sort();
  return dated.length ? { kind: 'file', path: join(base.dir, dated.at(-1)!) } : exact;
}
