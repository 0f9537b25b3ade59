import { resolve } from 'node:path';
import { buildDrop } from './import/run-import.ts';
import { parseCommandLine, UsageError } from './lib/command-line.ts';
import { sameRows, writeDrop } from './lib/drop.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run import -- <raw file or folder> … [--drop YYYY-MM-DD[a-z]] [--allow-shrink "<reason>"] [--data <dir>]';

// Reads raw CBS/DNB files and writes a validated new drop under data/<drop-id>/ (see scripts/README.md).
await runCommand(usage, async (args) => {
  const { values, positionals: paths } = parseCommandLine(args, {
    drop: { type: 'string', expects: 'a drop id such as 2026-08-12' },
    'allow-shrink': { type: 'string', expects: 'the reason the datasets may lose rows, in quotes' },
    data: { type: 'string', expects: 'a data folder', default: 'data' },
  });
  const { drop: dropId, 'allow-shrink': allowShrink, data: dataDir } = values;
  if (paths.length === 0) throw new UsageError('no raw file or folder given');
  const started = performance.now();
  const drop = await buildDrop({ paths: paths.map((p) => resolve(p)), dataDir, dropId, allowShrink, log: (line) => console.log(line) });
  // As `npm run update` does: the same rows as the latest drop make no new drop, unless --drop asks for one.
  if (drop.previous && dropId === undefined && sameRows(drop.previous, drop)) {
    console.log(`no new drop: the sources hold exactly the rows of drop ${drop.previous.manifest.id} (--drop <id> makes one anyway)`);
    return;
  }
  await writeDrop(dataDir, drop);
  for (const [name, info] of Object.entries(drop.manifest.datasets))
    console.log(`  ${name}: ${info.rows} rows from ${info.sources.join(', ') || 'no source'}`);
  for (const shrunk of Object.values(drop.manifest.shrink?.datasets ?? {}))
    console.log(`  allowed to shrink (--allow-shrink, recorded in drop.json): ${shrunk.lost}`);
  console.log(
    `wrote drop ${drop.manifest.id} to ${dataDir}/${drop.manifest.id}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});
