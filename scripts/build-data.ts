import { join } from 'node:path';
import { isDropId } from '../src/lib/drop-id.ts';
import { outdatedDescriptions } from '../src/lib/provenance/notices.ts';
import { artefactText } from '../src/schemas/artefact.ts';
import { changesArtefact } from '../src/schemas/changes-file.ts';
import { dropsArtefact } from '../src/schemas/drops-file.ts';
import { generateChanges } from './build-data/changes.ts';
import { dropFiles } from './build-data/drop-files.ts';
import { removeStaleTemps, writeFileAtomic } from './lib/atomic-write.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { listDrops, readDrop } from './lib/drop.ts';
import { InputError } from './lib/input-error.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run data -- [--data <dir>] [--out <dir>] [--drop <id>]';

// Validates the latest committed drop and writes src/generated/*.json: only what pages need, plus a
// meta file per dataset. Everything is computed before the first write, so a bad drop changes nothing.
await runCommand(usage, async (args) => {
  const { values } = parseCommandLine(
    args,
    {
      data: { type: 'string', expects: 'a data folder', default: 'data' },
      out: { type: 'string', expects: 'a folder for the generated files', default: 'src/generated' },
      drop: { type: 'string', expects: 'a drop id in the data folder (default: the latest)' },
    },
    { positionals: false },
  );
  const { data: dataDir, out: outDir, drop: dropId } = values;
  const started = performance.now();
  const drops = await listDrops(dataDir);
  if (dropId !== undefined && !isDropId(dropId))
    throw new InputError(
      { file: 'command line', column: '--drop' },
      'not a drop id:',
      dropId,
      `one of ${drops.join(', ') || 'the drops in data/'}`,
    );
  const id = dropId ?? drops.at(-1);
  if (!id)
    throw new InputError({ file: dataDir }, 'there is no drop', undefined, 'a folder data/<YYYY-MM-DD>/ written by `npm run import`');
  const drop = await readDrop(dataDir, id);
  // On stdout with the summary: a successful run keeps stderr for refusals.
  for (const note of outdatedDescriptions(Object.values(drop.sources))) console.log(`note: ${note}`);
  const files = dropFiles(drop, dataDir);
  files.set('changes.json', artefactText(changesArtefact, await generateChanges({ dataDir, drops, current: drop }), 'changes.json'));
  files.set('drops.json', artefactText(dropsArtefact, { current: id, drops }, 'drops.json', { indent: true }));
  let changed = 0;
  await removeStaleTemps(outDir); // what a killed earlier run left
  for (const [name, content] of files) if (await writeFileAtomic(join(outDir, name), content)) changed++;
  console.log(
    `drop ${id}: ${files.size} files in ${outDir}/ (${changed} changed) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
});
