import { datasetNames } from '../../src/schemas/datasets.ts';
import type { Drop } from '../lib/drop.ts';
import { barometerText } from './barometer.ts';
import { datasetFiles } from './generated.ts';
import { economieLinks } from './links.ts';

/**
 * What `npm run data` writes for one drop, by file name: every dataset's JSON and meta file and the
 * MKBarometer (changes.json and drops.json, which need every drop, are added by scripts/build-data.ts).
 * Each is checked against its schema before anything is written. `npm run review` writes the same files
 * for two drops into temp folders and draws both. `dataDir` names the drop's files in refusals.
 */
export function dropFiles(drop: Drop, dataDir?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of datasetNames) {
    const links = name === 'economie' ? economieLinks : [];
    for (const [file, text] of datasetFiles(name, drop, { links, ...(dataDir === undefined ? {} : { dataDir }) })) files.set(file, text);
  }
  files.set('barometer.json', barometerText(drop));
  return files;
}
