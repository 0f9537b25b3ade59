import type { Adapter, SourceRow, SourceTable } from '../../../scripts/import/source-table.ts';
import type { Where } from '../../../scripts/lib/input-error.ts';

/** Opens a source with an adapter and collects every row with its place. */
export async function readTable(adapter: Adapter, path: string): Promise<{ table: SourceTable; rows: SourceRow[]; wheres: Where[] }> {
  const table = await adapter.open(path);
  const rows: SourceRow[] = [];
  const wheres: Where[] = [];
  await table.rows((row, where) => {
    rows.push(row);
    wheres.push(where);
  });
  return { table, rows, wheres };
}
