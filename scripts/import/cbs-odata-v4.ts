import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Provenance } from '../../src/schemas/source-record.ts';
import { InputError } from '../lib/input-error.ts';
import { fingerprint } from '../lib/sha256.ts';
import { statLineUrl } from '../lib/statline-url.ts';
import { observationRow } from './cbs-odata-v4/observation-row.ts';
import { type ODataFolder, readODataFolder } from './cbs-odata-v4/read-odata-folder.ts';
import type { Adapter, SourceTable } from './source-table.ts';

/**
 * A folder of CBS OData v4 responses (one JSON file per entity set, as datasets.cbs.nl serves them).
 * The files are read whole at open(), so malformed JSON and broken code lists stop the run before any
 * row is emitted; rows() joins every observation with the code lists and refuses what does not join.
 */
export const cbsOdataV4Adapter: Adapter = {
  format: 'cbs-odata-v4',

  async detect(path) {
    if (!(await isDirectory(path))) return false;
    return (await isFile(join(path, 'Observations.json'))) && (await isFile(join(path, 'Properties.json')));
  },

  async open(path) {
    const folder = await readODataFolder(path);
    const table: SourceTable = {
      format: 'cbs-odata-v4',
      provenance: await provenanceOf(folder),
      measures: folder.measures,
      dimensions: folder.codeLists,
      async rows(onRow) {
        const seen = new Map<string, number>();
        folder.observations.forEach((item, index) => {
          const row = observationRow(item, index, folder);
          const key = [row.measure, ...folder.dimensions.map((d) => row.dims[d.id]), row.period].join('\u0000');
          const first = seen.get(key);
          if (first !== undefined) {
            throw new InputError(
              { file: folder.observationsFile, path: `$.value[${index}]` },
              `the same measure, dimensions and period as $.value[${first}]:`,
              [row.measure, ...Object.values(row.dims), row.period].join(' / '),
              'one observation per measure, dimension codes and period',
            );
          }
          seen.set(key, index);
          onRow(row, { file: folder.observationsFile, path: `$.value[${index}]` });
        });
      },
    };
    return table;
  },
};

// Properties.License is a URL; the project names licences by their short name.
const licences: Record<string, string> = {
  'https://creativecommons.org/licenses/by/4.0/': 'CC BY 4.0',
  'https://creativecommons.org/licenses/by/4.0': 'CC BY 4.0',
};

async function provenanceOf(folder: ODataFolder): Promise<Provenance> {
  const notes: string[] = [];
  if (folder.capture?.source) notes.push(`opgehaald van ${folder.capture.source}`);
  if (folder.capture?.filter) notes.push(`alleen de observaties met $filter=${folder.capture.filter}`);
  const files = [];
  for (const file of folder.jsonFiles) files.push(await fingerprint(file));
  return {
    publisher: 'CBS',
    tableId: folder.tableId,
    title: folder.title,
    modified: folder.modified,
    licence: Object.hasOwn(licences, folder.license) ? (licences[folder.license] ?? folder.license) : folder.license,
    retrieved: folder.capture?.retrieved ?? null,
    format: 'cbs-odata-v4',
    url: statLineUrl(folder.tableId),
    files,
    notes,
  };
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
