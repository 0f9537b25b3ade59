import { datasets } from '../datasets/index.ts';
import type { Drop } from '../lib/drop.ts';
import { generateBarometer } from './barometer.ts';
import { generateDataset } from './generated.ts';
import { economieLinks } from './links.ts';

/**
 * What `npm run data` writes for one drop, by file name: every dataset's JSON and meta file and the
 * MKBarometer (changes.json and drops.json, which need every drop, are added by scripts/build-data.ts).
 * `npm run review` writes the same files for two drops into temp folders and draws both. `dataDir` names
 * the drop's files in refusals.
 */
export function dropFiles(drop: Drop, dataDir?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dataset of datasets) {
    const links = dataset.name === 'economie' ? economieLinks : [];
    const { data, meta } = generateDataset(dataset, drop, { links, ...(dataDir === undefined ? {} : { dataDir }) });
    files.set(`${dataset.name}.json`, `${JSON.stringify(data)}\n`);
    files.set(`${dataset.name}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
  }
  files.set('barometer.json', `${JSON.stringify(generateBarometer(drop))}\n`);
  return files;
}
