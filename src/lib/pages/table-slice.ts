import type { DataTable } from '../../figures/figure-spec.ts';

/**
 * A figure page shows at most this many rows of its table (its newest: the tables list the newest period
 * first), and fewer for a wide table, so that it shows at most about `inlineTableCells` cells; a longer table
 * has a page of its own, one link away (src/lib/pages/views.ts, tableUrl). The whole table of a monthly series
 * since 1981 would be most of the page's weight.
 */
export const inlineTableRows = 24;
export const inlineTableCells = 192;

/** How many rows of `table` a figure page shows. */
export function inlineRowCount(table: DataTable): number {
  const perRow = Math.max(1, table.columns.length - 1);
  return Math.min(inlineTableRows, Math.max(8, Math.floor(inlineTableCells / perRow)));
}

export function hasTablePage(table: DataTable): boolean {
  return table.rows.length > inlineRowCount(table);
}

/** The rows a figure page shows inline. */
export function inlineTable(table: DataTable): DataTable {
  return hasTablePage(table) ? { ...table, rows: table.rows.slice(0, inlineRowCount(table)) } : table;
}
