import type { AdapterFormat, Provenance } from '../../src/schemas/source-record.ts';
import type { Where } from '../lib/input-error.ts';
import { fingerprint } from '../lib/sha256.ts';
import type { SourceRow, SourceTable } from './source-table.ts';

export type Emit = (row: SourceRow, where: Where) => void;

/** What one pass over a file learns besides its rows. */
export interface TableScan {
  measures: SourceTable['measures'];
  dimensions: SourceTable['dimensions'];
  notes: string[];
}

export interface ScanOptions {
  format: AdapterFormat;
  path: string;
  provenance: Omit<Provenance, 'format' | 'files' | 'notes'> & { notes?: string[] };
  /** Reads the whole file, validating every cell, and calls `emit` for each row in file order. */
  scan: (emit: Emit) => Promise<TableScan>;
}

/**
 * Builds a SourceTable from a streaming scan. `open()` runs the scan once without emitting, so every
 * refusal happens before a consumer sees a row and the code lists and notes are complete; `rows()` runs
 * it again. Two streaming passes keep memory flat where one buffered pass would not.
 */
export async function tableFromScan(options: ScanOptions): Promise<SourceTable> {
  const [scan, file] = await Promise.all([options.scan(() => {}), fingerprint(options.path)]);
  return {
    format: options.format,
    provenance: {
      ...options.provenance,
      format: options.format,
      files: [file],
      notes: [...(options.provenance.notes ?? []), ...scan.notes],
    },
    measures: scan.measures,
    dimensions: scan.dimensions,
    async rows(onRow) {
      await options.scan(onRow);
    },
  };
}
