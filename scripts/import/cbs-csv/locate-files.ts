import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../lib/input-error.ts';

export interface CbsCsvFiles {
  dataFile: string;
  metadataFile: string;
  /** The table id as the file names write it (80472NED). */
  tableId: string;
  /** ISO date from the data file name (`_20112023_` → 2023-11-20), or null. */
  retrieved: string | null;
}

/** `<ID>_UntypedDataSet_<DDMMYYYY>_<HHMMSS>.csv`, as the StatLine download names it. */
export const dataFileName = /^([0-9A-Za-z]+)_UntypedDataSet_(?:(\d{2})(\d{2})(\d{4})_)?.*\.csv$/;

/** Finds the data and metadata files from a folder or from the data file's own path. */
export async function locateCbsCsvFiles(path: string): Promise<CbsCsvFiles> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new InputError(
      { file: path },
      'no such file or folder',
      undefined,
      'a CBS CSV download folder or its <ID>_UntypedDataSet_*.csv file',
    );
  let dataFile = path;
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((name) => dataFileName.test(name)).sort();
    if (names.length !== 1) {
      const problem = names.length === 0 ? 'the folder has no data file' : 'the folder has more than one data file:';
      throw new InputError({ file: path }, problem, names.length ? names.join(', ') : undefined, 'exactly one <ID>_UntypedDataSet_*.csv');
    }
    dataFile = join(path, names[0]!);
  }
  const match = dataFileName.exec(basename(dataFile));
  if (!match?.[1])
    throw new InputError(
      { file: dataFile },
      'not a CBS data file name:',
      basename(dataFile),
      '<ID>_UntypedDataSet_<DDMMYYYY>_<HHMMSS>.csv',
    );
  const tableId = match[1].toUpperCase();
  const metadataFile = join(dirname(dataFile), `${match[1]}_metadata.csv`);
  if (
    !(await stat(metadataFile).then(
      (s) => s.isFile(),
      () => false,
    ))
  ) {
    throw new InputError(
      { file: metadataFile },
      'the metadata file beside the data file is missing',
      undefined,
      `${match[1]}_metadata.csv from the same download`,
    );
  }
  return { dataFile, metadataFile, tableId, retrieved: dateFromName(match[2], match[3], match[4]) };
}

function dateFromName(day?: string, month?: string, year?: string): string | null {
  if (!day || !month || !year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // "31022023" is not a date: refuse to invent one.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  return `${year}-${month}-${day}`;
}
