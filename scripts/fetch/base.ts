import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../lib/input-error.ts';
import { type GetOptions, getWithRetry } from './get-with-retry.ts';

/** Where downloads come from: the live API (or an HTTP mirror of it), or a folder laid out the same way. */
export type Base = { kind: 'http'; url: string } | { kind: 'folder'; dir: string };

/** `--base` as a Base: an http(s) URL, a file: URL or a folder; without it, `fallback` (a URL). */
export function resolveBase(text: string | undefined, fallback: string): Base {
  const given = text ?? fallback;
  if (/^https?:\/\//i.test(given)) return { kind: 'http', url: given.replace(/\/+$/, '') };
  const dir = resolve(given.startsWith('file:') ? fileURLToPath(given) : given);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(
      { file: given },
      '--base is neither an http(s) URL nor a folder',
      given,
      'https://… or a folder laid out like <base>/<table>/<EntitySet>.json',
    );
  }
  return { kind: 'folder', dir };
}

/** A resource under a base: a URL (with its query) or a file. */
export type Location = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** `<base>/<path>`: for a folder, `<dir>/<path><fileSuffix>` (`.json` for entity sets). */
export function locate(base: Base, path: string, options: { query?: Record<string, string>; fileSuffix?: string } = {}): Location {
  if (base.kind === 'folder') return { kind: 'file', path: join(base.dir, `${path}${options.fileSuffix ?? ''}`) };
  const url = new URL(`${base.url}/${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  return { kind: 'url', url: url.href };
}

export function describeLocation(location: Location): string {
  return location.kind === 'url' ? location.url : location.path;
}

/** The bytes at a location: downloaded with timeout and retries, or read from the mirror folder. */
export async function readLocation(location: Location, options: GetOptions): Promise<Buffer> {
  if (location.kind === 'url') return getWithRetry(location.url, options);
  try {
    return await readFile(location.path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    const problem = code === 'ENOENT' ? 'the mirror folder has no such file' : `cannot read the mirror's file (${code})`;
    throw new InputError(
      { file: `${options.what} (${location.path})` },
      problem,
      undefined,
      'a folder laid out like the CBS API: <base>/<table>/<EntitySet>.json',
    );
  }
}
