/**
 * What is known about a source table that its raw files do not say, recorded once: that CBS stopped a
 * table (a cbsodata CSV has no metadata), and what a table's description claims about period status
 * (the drop keeps the statuses, not the description). `npm run data` turns these into the notices of the
 * source records (src/lib/provenance/notices.ts), checked against the drop's rows; the pages say them.
 */

export interface DiscontinuedTable {
  tableId: string;
  /** Base year of its prices and indices. */
  baseYear: number;
  /** The tables CBS publishes instead. */
  successors: readonly string[];
}

/** CBS tables the committed sources include although CBS no longer updates them (PROVENANCE.md). */
export const discontinuedTables: readonly DiscontinuedTable[] = [
  { tableId: '84105NED', baseYear: 2015, successors: ['85879NED', '85880NED'] },
];

/**
 * A table's description on period status, for the version (its `modified` date) whose description says
 * so. Another version makes the claim not apply: `npm run data` warns, and someone reads the new text.
 */
export interface StatusDescription {
  tableId: string;
  modified: string;
  /** The description: "De cijfers tot en met december 2023 zijn definitief", the rest provisional. */
  definitiveThrough: string;
  quote: string;
}

export const statusDescriptions: readonly StatusDescription[] = [
  {
    tableId: '83693NED',
    modified: '2026-06-22T06:30:00+02:00',
    definitiveThrough: '2023MM12',
    quote: 'De cijfers tot en met december 2023 zijn definitief. […] De cijfers van een jaar eerder blijven voorlopig.',
  },
];
