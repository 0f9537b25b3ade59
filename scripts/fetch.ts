import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { configuredSources } from './config/sources.ts';
import { fetchSources } from './fetch/fetch-sources.ts';
import { retryOptions, retryPolicy } from './fetch/http-options.ts';
import { parseCommandLine, UsageError } from './lib/command-line.ts';
import { runCommand } from './lib/run-command.ts';

const defaultOut = join(tmpdir(), 'mkb-raw');
const usage = [
  'usage: npm run fetch -- <table…|dnb> [--base <url or folder>] [--out <dir>] [--timeout <s>] [--retry-delay <s>]',
  `  configured: ${configuredSources.join(' ')}; default --out ${defaultOut}`,
].join('\n');

// Downloads CBS tables (OData v4) and DNB's export as raw folders `npm run import` reads (see data/README.md).
await runCommand(usage, async (args) => {
  const { values, positionals: sources } = parseCommandLine(args, {
    base: { type: 'string', expects: 'the URL or folder of a CBS API mirror' },
    out: { type: 'string', expects: 'a folder for the raw files', default: defaultOut },
    ...retryOptions,
  });
  const { base, out } = values;
  const policy = retryPolicy(values);
  if (sources.length === 0) throw new UsageError('no table or source given');
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
