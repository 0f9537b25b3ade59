// Usage: npx tsx scripts/bench/site.ts [--skip-build] [--no-lighthouse]   (builds the site, measures it, writes bench-results/site.json)
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The bench serves, reads and weighs dist/ exactly as the tests do, so it shares their helpers.
import { figureUrlsInListingOrder, listPages, projectRoot, startServer } from '../../test/helpers/dist.ts';
import { weigh } from '../../test/helpers/page-weight.ts';
import { commandLineOrExit } from '../lib/command-line.ts';
import { lighthouseInstalled, runLighthouse } from '../lib/lighthouse.ts';

const { values: args } = commandLineOrExit(
  process.argv.slice(2),
  {
    'skip-build': { type: 'boolean', does: 'measures the dist/ there is instead of building it' },
    'no-lighthouse': { type: 'boolean', does: 'leaves out the Lighthouse run' },
  },
  'usage: npx tsx scripts/bench/site.ts [--skip-build] [--no-lighthouse]',
  { positionals: false },
);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Kilobytes of VmRSS / VmHWM of every process below `root` (itself included), read from /proc. */
function treeMemory(root: number): { rss: number; hwm: number } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of stat is the parent pid; the command name (field 2) may contain spaces, so split after ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let rss = 0;
  let hwm = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // gone
    }
  }
  return { rss, hwm };
}

/** Runs `npm run build`, sampling the process tree's memory every 50 ms. */
async function build(): Promise<{ seconds: number; peakProcessMb: number; peakTreeMb: number }> {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakTree = 0;
  let peakProcess = 0;
  const timer = setInterval(() => {
    const { rss, hwm } = treeMemory(child.pid!);
    peakTree = Math.max(peakTree, rss);
    peakProcess = Math.max(peakProcess, hwm);
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    throw new Error(`npm run build exited with ${code}`);
  }
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakProcessMb: mb(peakProcess * 1024),
    peakTreeMb: mb(peakTree * 1024),
  };
}

/** Lighthouse's mobile run (its default) on one URL, or why it could not run. */
async function lighthouse(url: string): Promise<Record<string, number | string>> {
  try {
    const { scores, metrics } = await runLighthouse(url);
    return {
      performance: scores.performance,
      accessibility: scores.accessibility,
      bestPractices: scores['best-practices'],
      seo: scores.seo,
      ...metrics,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const buildResult = args['skip-build'] ? undefined : await build();
const pages = listPages();
const weights = pages.map((page) => weigh(page.url, page.file)).sort((a, b) => b.totalGz - a.totalGz);
const largest = weights[0];
const jsSizes = weights.map((weight) => weight.jsGz).sort((a, b) => a - b);
const figure = figureUrlsInListingOrder()[0];

let lighthouseResult: Record<string, unknown>;
if (args['no-lighthouse']) lighthouseResult = { skipped: '--no-lighthouse' };
else if (!lighthouseInstalled()) {
  lighthouseResult = { installed: false, add: 'npm install --save-dev lighthouse' };
} else {
  const server = await startServer();
  lighthouseResult = {};
  try {
    for (const url of ['/', figure].filter((u): u is string => u !== undefined))
      lighthouseResult[url] = await lighthouse(server.origin + url);
  } finally {
    await server.stop();
  }
}

const result = {
  build: buildResult ?? 'skipped (--skip-build)',
  pages: pages.length,
  figurePages: figureUrlsInListingOrder().length,
  largestPage: largest,
  jsPerPageGz: {
    max: jsSizes.at(-1) ?? 0,
    median: jsSizes[Math.floor(jsSizes.length / 2)] ?? 0,
    pagesWithJs: jsSizes.filter((size) => size > 0).length,
  },
  heaviestPages: weights.slice(0, 5),
  lighthouse: lighthouseResult,
};

const rows: [string, string][] = [
  ['build wall time', buildResult ? `${buildResult.seconds} s` : 'skipped'],
  ['build peak RSS, largest process', buildResult ? `${buildResult.peakProcessMb} MB` : 'skipped'],
  ['build peak RSS, process tree (sampled)', buildResult ? `${buildResult.peakTreeMb} MB` : 'skipped'],
  ['pages', `${result.pages} (${result.figurePages} figure pages)`],
  [
    'largest page (HTML + CSS + JS, gzip)',
    largest
      ? `${largest.url} ${kb(largest.totalGz)} KB (html ${kb(largest.htmlGz)} of which inline css ${kb(largest.inlineCssGz)}, css files ${kb(largest.cssGz)}, js incl. inline ${kb(largest.jsGz)})`
      : '-',
  ],
  [
    'JS per page, gzip (median / max)',
    `${kb(result.jsPerPageGz.median)} / ${kb(result.jsPerPageGz.max)} KB on ${result.jsPerPageGz.pagesWithJs} pages`,
  ],
];
if ('installed' in lighthouseResult) rows.push(['lighthouse', `not installed: ${lighthouseResult['add']}`]);
else if ('skipped' in lighthouseResult) rows.push(['lighthouse', 'skipped']);
else for (const [url, scores] of Object.entries(lighthouseResult)) rows.push([`lighthouse mobile ${url}`, JSON.stringify(scores)]);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);

mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(join(projectRoot, 'bench-results/site.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nwrote bench-results/site.json');
