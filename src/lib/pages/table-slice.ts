import type { DataTable } from '../../figures/figure-spec.ts';

/**
 * A figure page shows at most this many rows of its table (its newest: the tables list the newest period
 * first); a longer table has a page of its own, one link away (src/lib/pages/views.ts, tableUrl). The whole
 * table of a monthly series since 1981 would be most of the page's weight.
 */
export const inlineTableRows = 24;

export function hasTablePage(table: DataTable): boolean {
  return table.rows.length > inlineTableRows;
}

/** The rows a figure page shows inline. */
export function inlineTable(table: DataTable): DataTable {
  return hasTablePage(table) ? { ...table, rows: table.rows.slice(0, inlineTableRows) } : table;
}
