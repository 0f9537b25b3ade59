import { basename } from 'node:path';
import { exportProvenance } from './cbs-statline-export/export-provenance.ts';
import { scanExport } from './cbs-statline-export/scan-export.ts';
import { readHeaderFields } from './read-header-fields.ts';
import type { Adapter } from './source-table.ts';
import { tableFromScan } from './table-from-scan.ts';

/**
 * A StatLine "CSV" download, read as a real one looks (../shared/sources/cbs-statline-export/81589NED/):
 * UTF-8 with a BOM, `;`-separated, every field quoted; the header first (no title or footer lines), with
 * the dimension columns, "Perioden", then one column per topic headed `Group/Topic (unit)`; labels, not
 * codes; a `*` (voorlopig) or `**` (nader voorlopig) after a period label; numbers right-aligned with
 * spaces. Labels are the codes (the file has no others); a topic's code is its header without the unit.
 */
export const cbsStatlineExportAdapter: Adapter = {
  format: 'cbs-statline-export',

  async detect(path) {
    if (basename(path).endsWith('_metadata.csv')) return false;
    // A comma-separated save is claimed too, so open() can say that the delimiter is wrong.
    let header = await readHeaderFields(path, ';');
    if (header?.length === 1) header = await readHeaderFields(path, ',');
    return header?.includes('Perioden') === true && header[0] !== '';
  },

  async open(path) {
    return tableFromScan({
      format: 'cbs-statline-export',
      path,
      provenance: exportProvenance(path),
      scan: (emit) => scanExport(path, emit),
    });
  },
};
