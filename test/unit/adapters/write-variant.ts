import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRow, SourceTable } from '../../../scripts/import/source-table.ts';
import type { Where } from '../../../scripts/lib/input-error.ts';

/** Writes `content` as `name` in a fresh temporary folder (adapters read ids from file names). */
export function writeVariant(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'adapter-test-')), name);
  writeFileSync(path, content);
  return path;
}

/** Every row a table streams, with where it came from. */
export async function collectRows(table: SourceTable): Promise<{ row: SourceRow; where: Where }[]> {
  const rows: { row: SourceRow; where: Where }[] = [];
  await table.rows((row, where) => rows.push({ row, where }));
  return rows;
}
