import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Provenance } from '../../src/schemas/source-record.ts';
import { InputError } from '../lib/input-error.ts';
import { fingerprint } from '../lib/sha256.ts';
import { statLineUrl } from '../lib/statline-url.ts';
import { dataFileName, locateCbsCsvFiles } from './cbs-csv/locate-files.ts';
import { PeriodIndex } from './cbs-csv/period-index.ts';
import { readDataRows } from './cbs-csv/read-data-rows.ts';
import { readCbsMetadata } from './cbs-csv/read-metadata.ts';
import type { Adapter } from './source-table.ts';

/**
 * The CBS "onbewerkte dataset" download: `<ID>_UntypedDataSet_*.csv` (codes and machine numbers) with
 * `<ID>_metadata.csv` beside it (labels, units, period statuses). open() reads the metadata whole;
 * rows() streams the data file, so a 2-million-row download stays within flat memory.
 *
 * Periods the metadata does not list yet (see PeriodIndex) add a note to `provenance.notes` while rows()
 * runs: read the provenance after rows() has finished.
 */
export const cbsCsvAdapter: Adapter = {
  format: 'cbs-csv',

  async detect(path) {
    const info = await stat(path).catch(() => undefined);
    if (!info) return false;
    if (info.isFile()) return dataFileName.test(basename(path));
    const names = await readdir(path);
    return names.some((n) => dataFileName.test(n)) && names.some((n) => n.endsWith('_metadata.csv'));
  },

  async open(path) {
    const files = await locateCbsCsvFiles(path);
    const metadata = await readCbsMetadata(files.metadataFile);
    // TableInfos writes the id in lower case ("80472ned"); CBS writes it upper case everywhere else.
    const tableId = metadata.identifier.toUpperCase();
    if (tableId !== files.tableId) {
      throw new InputError(
        { file: files.metadataFile, column: 'Identifier' },
        `the metadata is of another table than the data file (${files.tableId}):`,
        metadata.identifier,
        files.tableId,
      );
    }
    const provenance: Provenance = {
      publisher: 'CBS',
      tableId,
      title: metadata.title,
      modified: metadata.modified,
      // The metadata says reproduction is allowed with CBS as the source; CBS publishes under CC BY 4.0.
      licence: 'CC BY 4.0',
      retrieved: files.retrieved,
      format: 'cbs-csv',
      url: statLineUrl(tableId),
      files: [await fingerprint(files.dataFile), await fingerprint(files.metadataFile)].sort((a, b) => (a.name < b.name ? -1 : 1)),
      notes: [],
    };
    return {
      format: 'cbs-csv',
      provenance,
      measures: metadata.measures,
      dimensions: metadata.codeLists,
      async rows(onRow) {
        const periods = new PeriodIndex(metadata.periods, basename(files.metadataFile), (code) => {
          const note = `periode ${code} staat niet in de metadata; status onbekend`;
          if (!provenance.notes.includes(note)) provenance.notes.push(note);
        });
        await readDataRows({ file: files.dataFile, metadata, periods, onRow });
      },
    };
  },
};
