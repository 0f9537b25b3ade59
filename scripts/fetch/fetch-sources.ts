import { existsSync } from 'node:fs';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { cbsOdataBase, cbsTableConfig, dnbFile } from '../config/sources.ts';
import { InputError } from '../lib/input-error.ts';
import { type Base, resolveBase } from './base.ts';
import { fetchCbsTable } from './fetch-cbs-table.ts';
import { fetchDnb } from './fetch-dnb.ts';
import { defaultRetryPolicy, type RetryPolicy } from './http-options.ts';

export interface FetchOptions {
  /** CBS table ids (`83693NED`) and/or `dnb`. */
  sources: readonly string[];
  /** `--base`: an http(s) URL or a mirror folder; default the live CBS API (and DNB's configured URL). */
  base?: string;
  out: string;
  policy?: Partial<RetryPolicy>;
  /** Progress lines (the CLIs send them to stderr). */
  log?: (line: string) => void;
}

export type FetchedSource =
  | { kind: 'cbs'; id: string; dir: string; entitySets: string[]; observations: number; filter: string | null }
  | { kind: 'dnb'; id: string; dir: string; file: string; bytes: number; observations: number };

const tableId = /^[0-9]{5}[A-Z]{3}$/;

/**
 * Fetches every source into a temp folder inside `out` and, only when all of them are complete and read
 * back cleanly, renames each into `out/<id>/` (replacing an earlier fetch). On any failure the temp folder
 * is removed and `out` is left as it was.
 */
export async function fetchSources(options: FetchOptions): Promise<FetchedSource[]> {
  const ids = [...new Set(options.sources)];
  for (const id of ids) {
    if (id !== dnbFile.id && !tableId.test(id)) {
      throw new InputError({ file: 'command line' }, 'not a CBS table id or "dnb":', id, 'an id such as 83693NED, or dnb');
    }
  }
  const log = options.log ?? (() => {});
  const policy = { ...defaultRetryPolicy, ...options.policy };
  const cbsBase = resolveBase(options.base, cbsOdataBase);
  const dnbBase: Base | undefined = options.base === undefined ? undefined : cbsBase;
  const out = resolve(options.out);
  const outExisted = existsSync(out);
  const staging = join(out, `.tmp-fetch-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  const fetched: FetchedSource[] = [];
  try {
    for (const id of ids) {
      const dir = join(staging, id);
      await mkdir(dir);
      if (id === dnbFile.id) {
        fetched.push({ kind: 'dnb', dir: join(out, id), ...(await fetchDnb({ config: dnbFile, base: dnbBase, dir, policy, log })) });
        continue;
      }
      const config = cbsTableConfig(id);
      if (!config) log(`${id}: not in scripts/config/sources.ts; fetching the whole table`);
      const filter = config?.filter ?? null;
      const table = await fetchCbsTable({ base: cbsBase, table: id, filter, dir, policy, log });
      fetched.push({ kind: 'cbs', dir: join(out, id), ...table, filter });
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!outExisted) await rmdir(out).catch(() => {});
    throw error;
  }

  for (const id of ids) await swapIn(join(staging, id), join(out, id));
  await rm(staging, { recursive: true, force: true });
  return fetched;
}

/** Moves a complete folder into place; an earlier fetch of the same source is removed only after. */
async function swapIn(from: string, target: string): Promise<void> {
  const old = join(dirname(target), `.old-${basename(target)}-${process.pid}`);
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, old);
  await rename(from, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
