import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input-error.ts';

/**
 * Writes a file so that readers see either the old or the new content, never half of it, and leaves the
 * file untouched (same bytes, same mtime) when the content has not changed.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  try {
    if (Buffer.compare(await readFile(path), bytes) === 0) return false;
  } catch {
    // no previous file: write it
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = tempName(path);
  await writeFile(temp, bytes);
  await rename(temp, path);
  return true;
}

/**
 * Creates a directory in one step: `fill` writes into a fresh temp directory beside `target`, which is
 * renamed to `target` only when it resolves. `target` is never replaced: when it exists, nothing is
 * written. On any error, or a kill, `target` does not exist; a kill leaves only the hidden temp directory,
 * which removeStaleTemps() deletes on a later run.
 */
export async function createDirAtomic(target: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const exists = () =>
    new InputError({ file: target }, 'the folder exists already, and is never written again', undefined, 'a new folder name');
  if (existsSync(target)) throw exists();
  const temp = tempName(target);
  await removeStaleTemps(dirname(target));
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    await fill(temp);
    if (existsSync(target)) throw exists(); // made meanwhile by another run
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** `.tmp-<name>-<pid>` beside `path`: hidden, and never a drop id (see listDrops). */
function tempName(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}-${process.pid}`);
}

const tempEntry = /^\.(?:tmp|old)-.+-(\d+)$/;

/**
 * Deletes what interrupted writes left in `dir`: `.tmp-*-<pid>` (and the `.old-*-<pid>` of earlier versions)
 * whose process no longer runs. Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(tempEntry.exec(name)?.[1] ?? Number.NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
  });
  for (const name of stale) await rm(join(dir, name), { recursive: true, force: true });
  return stale;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process
  }
}
