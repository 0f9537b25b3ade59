import type { PeriodStatus } from '../../src/lib/provisional.ts';
import type { MissingSymbol } from '../../src/schemas/observation.ts';
import type { AdapterFormat, Provenance } from '../../src/schemas/source-record.ts';
import type { Where } from '../lib/input-error.ts';

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
