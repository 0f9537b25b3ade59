import { basename, dirname } from 'node:path';
import type { Provenance } from '../../../src/schemas/source-record.ts';
import { InputError } from '../../lib/input-error.ts';
import { cbsTableIdPattern, statLineUrl } from '../../lib/statline-url.ts';

// StatLine names a download after the table title and the moment it was made:
// "Bedrijven__bedrijfstak_23032020_155149.csv" is "Bedrijven; bedrijfstak", 23-03-2020 15:51:49.
const downloadName = /^(.+?)_(\d{2})(\d{2})(\d{4})_\d{6}\.csv$/i;
const idPrefix = /^(\d{5}[A-Z]{3})(?=[_\-. ])/;

/**
 * What an export's path says about it: the table id from its folder (`cbs-statline-export/81589NED/`) or
 * a file name starting with it; the title and retrieval date from the name StatLine gives a download.
 * The file itself names neither the table nor a modified date.
 */
export function exportProvenance(file: string): Omit<Provenance, 'format' | 'files'> {
  const name = basename(file);
  const folder = basename(dirname(file));
  const tableId = idPrefix.exec(name)?.[1] ?? (cbsTableIdPattern.test(folder) ? folder : undefined);
  if (!tableId) {
    throw new InputError(
      { file },
      'the export does not say which table it is, and neither do its name or folder:',
      name,
      'the export in a folder named after its table id (cbs-statline-export/81589NED/) or a file name starting with it',
    );
  }
  const download = downloadName.exec(name);
  const retrieved = download ? dateOf(download[4]!, download[3]!, download[2]!) : null;
  return {
    publisher: 'CBS',
    tableId,
    title: download ? download[1]!.replaceAll('__', '; ').replaceAll('_', ' ') : tableId,
    modified: null,
    licence: 'CC BY 4.0',
    retrieved,
    url: statLineUrl(tableId),
    notes: [`StatLine-download ${name}: labels in plaats van codes; een * achter de periode betekent voorlopig`],
  };
}

function dateOf(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? `${year}-${month}-${day}` : null;
}
