import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** SHA-256 and size of a raw file, streamed, for the drop's provenance record. */
export async function fingerprint(path: string): Promise<{ name: string; bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { name: basename(path), bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}
