import { resolve } from 'node:path';
import { buildDrop } from './import/run-import.ts';
import { writeDrop } from './lib/drop.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run import -- <raw file or folder> … [--drop YYYY-MM-DD] [--data <dir>]';

// Reads raw CBS/DNB files and writes a validated drop under data/<drop-id>/ (see scripts/README.md).
await runCommand(usage, async (args) => {
  const paths: string[] = [];
  let dropId: string | undefined;
  let dataDir = 'data';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--drop') dropId = args[++i];
    else if (arg === '--data') dataDir = args[++i] ?? dataDir;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(usage);
  const started = performance.now();
  const drop = await buildDrop({ paths: paths.map((p) => resolve(p)), dataDir, dropId, log: (line) => console.log(line) });
  await writeDrop(dataDir, drop);
  for (const [name, info] of Object.entries(drop.manifest.datasets))
    console.log(`  ${name}: ${info.rows} rows from ${info.sources.join(', ') || 'no source'}`);
  console.log(
    `wrote drop ${drop.manifest.id} to ${dataDir}/${drop.manifest.id}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});
