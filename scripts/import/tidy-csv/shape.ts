import type { Provenance } from '../../../src/schemas/source-record.ts';
import type { Emit, TableScan } from '../table-from-scan.ts';

/** One of the tidy CSV layouts in the raw drops; tidy-csv.ts picks the shape by the header. */
export interface TidyShape {
  /** The header as a reader should write it, for error messages. */
  header: string;
  /** 1 when `header` is this shape exactly; between 0 and 1 when it looks like a damaged version of it. */
  fit(header: readonly string[]): number;
  /** What the file's own name and shape say about where it came from; throws for files we cannot cite. */
  provenance(file: string): Pick<Provenance, 'publisher' | 'title' | 'url'> & { notes: string[] };
  /** One validating pass over the file (see table-from-scan.ts). */
  scan(file: string, emit: Emit): Promise<TableScan>;
}

/** Share of `expected` columns found at their place in `header`: how a misspelled header is recognised. */
export function columnFit(header: readonly string[], expected: readonly string[]): number {
  const same = expected.filter((name, i) => header[i] === name).length;
  return same === expected.length && header.length === expected.length ? 1 : (same / expected.length) * 0.99;
}
