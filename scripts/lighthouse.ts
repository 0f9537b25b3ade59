// Usage: npm run lighthouse -- [<path> ...] [--dist <dir>]   (default: the home page; exits 1 when a category is below 100)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homeUrl } from '../src/lib/pages/site.ts';
import { readOutDir } from '../src/lib/site-config.ts';
import { startServer } from '../test/helpers/dist.ts';
import { parseCommandLine, UsageError } from './lib/command-line.ts';
import { lighthouseInstalled, runLighthouse } from './lib/lighthouse.ts';
import { runCommand } from './lib/run-command.ts';

const usage = 'usage: npm run lighthouse -- [<path> ...] [--dist <dir>]   (paths as the site serves them, default the home page)';

// Optional, not part of the build or the tests (scores vary with the machine's load): Lighthouse's mobile run on
// pages of the built site, served on 127.0.0.1 as a static host serves it (gzip). Build first (npm run build).
await runCommand(usage, async (args) => {
  const { values, positionals } = parseCommandLine(args, {
    dist: { type: 'string', expects: 'the built site', default: readOutDir(process.env) },
  });
  const bad = positionals.find((path) => !path.startsWith('/'));
  if (bad !== undefined) throw new UsageError(`a path starts with "/", not ${JSON.stringify(bad)}`);
  const paths = positionals;
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html does not exist: run npm run build first`);
  if (!lighthouseInstalled()) throw new Error('lighthouse is not installed: npm ci installs it (devDependency)');
  const server = await startServer(dist);
  let short = false;
  try {
    for (const path of paths.length > 0 ? paths : [homeUrl]) {
      const run = await runLighthouse(server.origin + path);
      const scores = Object.entries(run.scores).map(([name, value]) => `${name} ${value}`);
      console.log(`${path}: ${scores.join(', ')}`);
      const m = run.metrics;
      console.log(`  FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}, speed index ${m.speedIndexMs} ms`);
      for (const line of run.below) console.log(`  below 1: ${line}`);
      if (Object.values(run.scores).some((value) => value < 100)) short = true;
    }
  } finally {
    await server.stop();
  }
  if (short) process.exitCode = 1;
});
