import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { configuredSources } from './config/sources.ts';
import { fetchSources } from './fetch/fetch-sources.ts';
import { type RetryPolicy, secondsOption } from './fetch/http-options.ts';
import { runCommand } from './lib/run-command.ts';

const defaultOut = join(tmpdir(), 'mkb-raw');
const usage = [
  'usage: npm run fetch -- <table…|dnb> [--base <url or folder>] [--out <dir>] [--timeout <s>] [--retry-delay <s>]',
  `  configured: ${configuredSources.join(' ')}; default --out ${defaultOut}`,
].join('\n');

// Downloads CBS tables (OData v4) and DNB's export as raw folders `npm run import` reads (see data/README.md).
await runCommand(usage, async (args) => {
  const sources: string[] = [];
  let base: string | undefined;
  let out = defaultOut;
  const policy: Partial<RetryPolicy> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--base') base = args[++i];
    else if (arg === '--out') out = args[++i] ?? out;
    else if (arg === '--timeout') policy.timeoutMs = secondsOption(arg, args[++i]);
    else if (arg === '--retry-delay') policy.backoffMs = secondsOption(arg, args[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else sources.push(arg);
  }
  if (sources.length === 0) throw new Error(usage);
  const started = performance.now();
  const fetched = await fetchSources({ sources, base, out, policy, log: (line) => console.error(line) });
  for (const source of fetched) {
    const what =
      source.kind === 'cbs'
        ? `${source.entitySets.length} entity sets, ${source.observations} observations`
        : `${source.file}, ${source.observations} observations`;
    console.log(`  ${source.id}: ${what} → ${shown(source.dir)}/`);
  }
  console.log(
    `fetched ${fetched.length} source${fetched.length === 1 ? '' : 's'} into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

function shown(dir: string): string {
  const path = relative(process.cwd(), dir);
  return path.startsWith('..') ? dir : path;
}
