import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareDrops } from './diff/compare-drops.ts';
import { formatDiff } from './diff/format-diff.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { readDrop } from './lib/drop.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run diff -- <old-drop> <new-drop> [--data <dir>] [--json <file>]   (a drop is an id in --data, or a drop folder)';

// Compares two drops: new periods, revised values, status changes and removed rows per dataset and series.
await runCommand(usage, async (args) => {
  const drops: string[] = [];
  let dataDir = 'data';
  let jsonFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data') dataDir = args[++i] ?? dataDir;
    else if (arg === '--json') jsonFile = args[++i];
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else drops.push(arg);
  }
  if (drops.length !== 2) throw new Error(usage);
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
