import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareDrops } from './diff/compare-drops.ts';
import { formatDiff } from './diff/format-diff.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { parseCommandLine, UsageError } from './lib/command-line.ts';
import { readDrop } from './lib/drop.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run diff -- <old-drop> <new-drop> [--data <dir>] [--json <file>]   (a drop is an id in --data, or a drop folder)';

// Compares two drops: new periods, revised values, status changes and removed rows per dataset and series.
await runCommand(usage, async (args) => {
  const { values, positionals: drops } = parseCommandLine(args, {
    data: { type: 'string', expects: 'a data folder', default: 'data' },
    json: { type: 'string', expects: 'a file for the JSON report' },
  });
  const { data: dataDir, json: jsonFile } = values;
  if (drops.length !== 2) throw new UsageError(`give two drops, not ${drops.length}`);
  const [oldDrop, newDrop] = await Promise.all(drops.map((drop) => readNamedDrop(drop, dataDir)));
  const diff = compareDrops(oldDrop!, newDrop!);
  for (const line of formatDiff(diff)) console.log(line);
  if (jsonFile) {
    await writeFileAtomic(jsonFile, `${JSON.stringify(diff, null, 2)}\n`);
    console.log(`wrote the report to ${jsonFile}`);
  }
});

/** A drop id in the data folder, or the path of a drop folder (anything holding a drop.json). */
function readNamedDrop(drop: string, dataDir: string) {
  const asFolder = drop.replace(/\/+$/, '');
  if (existsSync(join(asFolder, 'drop.json')) && !existsSync(join(dataDir, drop, 'drop.json')))
    return readDrop(dirname(asFolder), basename(asFolder));
  return readDrop(dataDir, drop);
}
