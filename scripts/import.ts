import { resolve } from 'node:path';
import { optionValue } from './import/command-options.ts';
import { buildDrop } from './import/run-import.ts';
import { sameRows, writeDrop } from './lib/drop.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run import -- <raw file or folder> … [--drop YYYY-MM-DD[a-z]] [--allow-shrink "<reason>"] [--data <dir>]';

// Reads raw CBS/DNB files and writes a validated new drop under data/<drop-id>/ (see scripts/README.md).
await runCommand(usage, async (args) => {
  const paths: string[] = [];
  let dropId: string | undefined;
  let allowShrink: string | undefined;
  let dataDir = 'data';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--drop') dropId = optionValue(args, i++, 'a drop id such as 2026-08-12');
    else if (arg === '--allow-shrink') allowShrink = optionValue(args, i++, 'the reason the datasets may lose rows, in quotes');
    else if (arg === '--data') dataDir = optionValue(args, i++, 'a data folder');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(usage);
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
