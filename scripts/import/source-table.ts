import type { MissingSymbol } from '../lib/cbs-number.ts';
import type { Where } from '../lib/input-error.ts';

/** What a drop records about each raw source: enough to cite it and to check the bytes it came from. */
export interface Provenance {
  publisher: string; // "CBS", "DNB", or the named third party
  tableId: string; // "82242NED", "dnb-kernindicatoren-monetaire-statistieken-maand", …
  title: string;
  /** The table's own modified date (ISO 8601) as the publisher states it; null when the file does not say. */
  modified: string | null;
  licence: string; // "CC BY 4.0"
  /** When the raw file was retrieved (ISO date), from the capture record or the file name; null if unknown. */
  retrieved: string | null;
  format: AdapterFormat;
  url: string | null;
  files: { name: string; bytes: number; sha256: string }[];
  notes: string[];
}

export type AdapterFormat =
  | 'cbs-odata-v4'
  | 'cbs-csv' // "onbewerkte dataset" CSV + metadata CSV
  | 'cbs-statline-export' // a StatLine "CSV" download: labels, header first
  | 'cbsodata-csv'
  | 'dnb-csv'
  | 'tidy-csv';

/** Period status as CBS states it; `onbekend` when the source does not say. */
export type PeriodStatus = 'definitief' | 'voorlopig' | 'nader voorlopig' | 'onbekend';

/** One observation in long form, as every adapter emits it. */
export interface SourceRow {
  /** Measure (topic) code: `M001327`, `OpenstaandeVacatures_1`, a cbsodata column key, a DNB series key, … */
  measure: string;
  /** Dimension id → category code. Label-only formats use the trimmed label as the code. */
  dims: Record<string, string>;
  /** Canonical period code (src/lib/period.ts). */
  period: string;
  /** The number; null exactly when `symbol` says why it is missing (nihil carries 0). */
  value: number | null;
  symbol?: MissingSymbol;
  status: PeriodStatus;
  /** Extra columns of tidy sources (margins, unit, source_url, note, raw period text), kept as text. */
  extra?: Record<string, string>;
}

export interface CodeList {
  label: string;
  codes: Record<string, { label: string; description?: string }>;
}

export interface SourceTable {
  format: AdapterFormat;
  provenance: Provenance;
  /** Measure code → label and unit ("Aantal", "x 1 000", "%", "mln euro", …). */
  measures: Record<string, { label: string; unit: string; decimals?: number }>;
  /** Dimension id → its code list (Perioden excluded: statuses are already on the rows). */
  dimensions: Record<string, CodeList>;
  /** Streams every observation in file order; `where` points at the row for error messages. */
  rows(onRow: (row: SourceRow, where: Where) => void): Promise<void>;
}

export interface Adapter {
  format: AdapterFormat;
  /** True when this adapter reads `path` (a file or a folder); looks at names and the first bytes only. */
  detect(path: string): Promise<boolean>;
  /** Reads metadata, validates headers and code lists; throws InputError on bad input. */
  open(path: string): Promise<SourceTable>;
}
