import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const temp = join(dirname(path), `.tmp-${basename(path)}-${process.pid}`);
  await writeFile(temp, bytes);
  await rename(temp, path);
  return true;
}

/**
 * Replaces a whole directory in one step: `fill` writes into a fresh temp directory beside `target`;
 * only when it resolves is the old directory swapped out. On any error the old directory stays as it was.
 */
export async function replaceDirAtomic(target: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const parent = dirname(target);
  const temp = join(parent, `.tmp-${basename(target)}-${process.pid}`);
  const old = join(parent, `.old-${basename(target)}-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    await fill(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  let hadOld = true;
  try {
    await rename(target, old);
  } catch {
    hadOld = false;
  }
  await rename(temp, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
