import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLineOrExit } from '../lib/command-line.ts';
import { generateCbsCsv, type SyntheticTable } from './generate-cbs-csv.ts';
import { type PhaseResult, RESULT_MARKER } from './phase-common.ts';

/**
 * npm run bench:import [-- --runs N] [--keep] [--profile]
 *
 * Generates a synthetic CBS "onbewerkte dataset" download of 2,000,000 rows (and one of 500,000) in the
 * temp folder, then measures, each phase in its own child process so that peak RSS is per phase:
 *   papaparse  bare papaparse streaming the data file, counting records;
 *   adapter    the cbs-csv adapter (open + rows): the reading path, rows made but not written;
 *   import     the same, writing tidy long CSV with the drops' CSV writer (csvText, papaparse's unparse)
 *              through a buffered sync writer, to tell the writer's cost from the reader's.
 * The phases take turns, `--runs` rounds (default 3); rows/s is each phase's best run (the one least
 * disturbed by other work on the machine), the median is reported too.
 * Targets: adapter rows/s ≥ 0.5 × papaparse rows/s; import peak RSS < 300 MB; the 2M run's peak not
 * much above the 500k run's (flat memory). The import's rows/s has no target: papaparse's unparse, the
 * one CSV writer of drops and downloads, costs about twice as much CPU per row as papaparse's parse. Writes bench-results/import.json; exits 1 when one is missed.
 * --profile writes a CPU profile per phase run to bench-results/profiles/.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const usage = 'usage: npm run bench:import [-- --runs N] [--keep] [--profile]';
const { values: args } = commandLineOrExit(
  process.argv.slice(2),
  {
    runs: { type: 'string', expects: 'a whole number of rounds ≥ 1', default: '3' },
    keep: { type: 'boolean', does: 'keeps the generated files in the temp folder' },
    profile: { type: 'boolean', does: 'writes a CPU profile per phase run to bench-results/profiles/' },
  },
  usage,
  { positionals: false },
);
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`error: --runs must be a whole number ≥ 1, got ${JSON.stringify(args.runs)}\n${usage}`);
  process.exit(1);
}
const keep = args.keep ?? false;
const profile = args.profile ?? false;

const TARGET_RATIO = 0.5;
const TARGET_PEAK_MB = 300;
// Flat: with 4× the rows, memory kept per row would make the 2M run grow (peak − start RSS) about 4× as
// much as the 500k run. Allowed: 1.5× the 500k run's growth plus 16 MB, for GC timing (V8 lets the heap
// fill up to a varying size before a full collection; the live heap itself stays a few MB).
const FLAT_FACTOR = 1.5;
const FLAT_SLACK_MB = 16;
const MB = 1e6;

type Phase = 'papaparse' | 'import' | 'adapter';

function runPhase(phase: Phase, target: string): PhaseResult {
  const script = join(root, 'scripts/bench', phase === 'papaparse' ? 'phase-papaparse.ts' : 'phase-import.ts');
  const nodeArgs = ['--import', 'tsx'];
  if (profile)
    nodeArgs.push(
      '--cpu-prof',
      `--cpu-prof-dir=${join(root, 'bench-results/profiles')}`,
      `--cpu-prof-name=${phase}-${Date.now()}.cpuprofile`,
    );
  const scriptArgs = phase === 'adapter' ? [target, '--no-write'] : [target];
  const child = spawnSync(process.execPath, [...nodeArgs, script, ...scriptArgs], { cwd: root, encoding: 'utf8', maxBuffer: 16 * MB });
  const line = child.stdout?.split('\n').findLast((l) => l.startsWith(RESULT_MARKER));
  if (child.status !== 0 || !line) {
    throw new Error(`phase ${phase} on ${target} failed (exit ${child.status}, signal ${child.signal}):\n${child.stderr}\n${child.stdout}`);
  }
  return JSON.parse(line.slice(RESULT_MARKER.length)) as PhaseResult;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Summary {
  rows: number;
  /** Best run, wall clock. */
  rowsPerSecond: number;
  medianRowsPerSecond: number;
  /** Best run by CPU time (user + system) of the child: less sensitive to a busy machine. */
  cpuRowsPerSecond: number;
  runsRowsPerSecond: number[];
  seconds: number;
  peakRssMB: number;
  startRssMB: number;
  extra?: Record<string, unknown>;
}

function summarise(results: PhaseResult[]): Summary {
  const rates = results.map((r) => r.rowsPerSecond);
  const best = results.reduce((a, b) => (b.rowsPerSecond > a.rowsPerSecond ? b : a));
  return {
    rows: best.rows,
    rowsPerSecond: best.rowsPerSecond,
    medianRowsPerSecond: median(rates),
    cpuRowsPerSecond: Math.max(...results.map((r) => r.rows / (r.cpuMs / 1000))),
    runsRowsPerSecond: rates.map(Math.round),
    seconds: best.ms / 1000,
    peakRssMB: Math.max(...results.map((r) => r.peakRssBytes)) / MB,
    startRssMB: Math.max(...results.map((r) => r.startRssBytes)) / MB,
    extra: best.extra,
  };
}

const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const problems: string[] = [];
try {
  const t0 = performance.now();
  // 100 size classes × 200 regions × 100 periods (20 years × JJ00 + 4 quarters) = 2,000,000 rows.
  const big = generateCbsCsv(join(work, '2m'), { sizeClasses: 100, regions: 200, years: 20 });
  const small = generateCbsCsv(join(work, '500k'), { sizeClasses: 100, regions: 50, years: 20 });
  const generateSeconds = (performance.now() - t0) / 1000;
  const loadBefore = loadavg()[0]!;
  console.log(
    `generated ${fmt(big.rows)} rows (${(big.bytes / MB).toFixed(0)} MB) and ${fmt(small.rows)} rows (${(small.bytes / MB).toFixed(0)} MB) in ${work} in ${generateSeconds.toFixed(1)} s`,
  );
  console.log(
    `${runs} round(s), each phase in its own child process (node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)})`,
  );

  const papa: PhaseResult[] = [];
  const imp: PhaseResult[] = [];
  const adapter: PhaseResult[] = [];
  const imp500: PhaseResult[] = [];
  for (let i = 0; i < runs; i++) {
    papa.push(runPhase('papaparse', big.dataFile));
    imp.push(runPhase('import', big.dir));
    adapter.push(runPhase('adapter', big.dir));
    imp500.push(runPhase('import', small.dir));
    console.log(
      `  round ${i + 1}: papaparse ${fmt(papa.at(-1)!.rowsPerSecond)} rows/s, import ${fmt(imp.at(-1)!.rowsPerSecond)} rows/s, adapter alone ${fmt(adapter.at(-1)!.rowsPerSecond)} rows/s, import 500k ${fmt(imp500.at(-1)!.rowsPerSecond)} rows/s`,
    );
  }
  const loadAfter = loadavg()[0]!;

  checkCounts('papaparse 2M', papa, big);
  checkCounts('import 2M', imp, big);
  checkCounts('adapter 2M', adapter, big);
  checkCounts('import 500k', imp500, small);

  const p = summarise(papa);
  const m = summarise(imp);
  const a = summarise(adapter);
  const s = summarise(imp500);
  const ratio = m.rowsPerSecond / p.rowsPerSecond;
  const ratioMedian = m.medianRowsPerSecond / p.medianRowsPerSecond;
  const ratioCpu = m.cpuRowsPerSecond / p.cpuRowsPerSecond;
  const ratioAdapter = a.rowsPerSecond / p.rowsPerSecond;
  const ratioAdapterMedian = a.medianRowsPerSecond / p.medianRowsPerSecond;
  const ratioAdapterCpu = a.cpuRowsPerSecond / p.cpuRowsPerSecond;
  const growth = (r: Summary) => r.peakRssMB - r.startRssMB;
  const flatLimit = m.startRssMB + growth(s) * FLAT_FACTOR + FLAT_SLACK_MB;
  const flat = m.peakRssMB <= flatLimit;

  if (ratioAdapter < TARGET_RATIO) problems.push(`ratio adapter/papaparse ${ratioAdapter.toFixed(2)} < ${TARGET_RATIO}`);
  if (m.peakRssMB >= TARGET_PEAK_MB) problems.push(`import 2M peak RSS ${m.peakRssMB.toFixed(0)} MB ≥ ${TARGET_PEAK_MB} MB`);
  if (s.peakRssMB >= TARGET_PEAK_MB) problems.push(`import 500k peak RSS ${s.peakRssMB.toFixed(0)} MB ≥ ${TARGET_PEAK_MB} MB`);
  if (!flat)
    problems.push(
      `memory not flat: import 2M peak ${m.peakRssMB.toFixed(0)} MB > ${flatLimit.toFixed(0)} MB (500k peak ${s.peakRssMB.toFixed(0)} MB; growth ${growth(m).toFixed(0)} vs ${growth(s).toFixed(0)} MB)`,
    );

  console.log('');
  console.log('Measured: bare papaparse against the import streaming path = cbs-csv adapter (open: metadata,');
  console.log("header, sha256 fingerprints; rows) → tidy long CSV by the drops' writer (csvText). Not the");
  console.log('full `npm run import`: its dataset layer only selects rows of the tables it knows, so a synthetic');
  console.log('table would give it nothing to do. rows/s count input data rows (3 tidy rows each); best of the');
  console.log("rounds, median beside it; CPU rows/s use the child's user + system time. Peak RSS: max VmHWM.");
  console.log('');
  printTable([
    ['phase', 'rows', 'rows/s', 'median', 'CPU rows/s', 'seconds', 'peak RSS', 'start RSS'],
    row('papaparse (2M)', p),
    row('import (2M)', m),
    row('import (500k)', s),
    row('adapter alone (2M)', a),
  ]);
  console.log('');
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  console.log(
    `${mark(ratioAdapter >= TARGET_RATIO)} ratio adapter/papaparse ${ratioAdapter.toFixed(2)}  (target ≥ ${TARGET_RATIO}; median ${ratioAdapterMedian.toFixed(2)}, by CPU time ${ratioAdapterCpu.toFixed(2)})`,
  );
  console.log(
    `     ratio import/papaparse  ${ratio.toFixed(2)}  (no target; median ${ratioMedian.toFixed(2)}, by CPU time ${ratioCpu.toFixed(2)}: reading and writing)`,
  );
  console.log(
    `${mark(m.peakRssMB < TARGET_PEAK_MB && s.peakRssMB < TARGET_PEAK_MB)} import peak RSS         ${m.peakRssMB.toFixed(0)} MB at 2M, ${s.peakRssMB.toFixed(0)} MB at 500k  (target < ${TARGET_PEAK_MB} MB)`,
  );
  console.log(
    `${mark(flat)} memory flat            2M peak ${m.peakRssMB.toFixed(0)} MB vs 500k peak ${s.peakRssMB.toFixed(0)} MB; above start RSS ${growth(m).toFixed(0)} vs ${growth(s).toFixed(0)} MB  (limit ${flatLimit.toFixed(0)} MB)`,
  );
  if (loadBefore > cpus().length || loadAfter > cpus().length) {
    console.log(
      `note: the machine was busy (load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus().length} CPUs); rows/s are lower than on an idle machine.`,
    );
  }

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadAfter },
    runs,
    measured: {
      papaparse: 'Papa.parse(createReadStream(file), { delimiter: ";", step }) counting records',
      import:
        "cbsCsvAdapter.open(folder) + table.rows() → tidy long CSV (measure,<dims>,period,value,symbol,status) by the drops' CSV writer (csvText in the drop format, 128 rows a call) through a buffered synchronous writer; not the full npm run import (its dataset layer only selects known tables)",
      adapter: 'the same without writing (rows kept alive, not written): the reading path, which has the target',
      rowsPerSecond: 'input data rows (2,000,000 / 500,000; 3 tidy rows each), best of the rounds',
      peakRss: 'VmHWM of each phase child process, max over the rounds',
    },
    input: {
      '2M': { rows: big.rows, bytes: big.bytes, topics: big.topics.length, shape: '100 Bedrijfsgrootte × 200 RegioS × 100 Perioden' },
      '500k': {
        rows: small.rows,
        bytes: small.bytes,
        topics: small.topics.length,
        shape: '100 Bedrijfsgrootte × 50 RegioS × 100 Perioden',
      },
      generateSeconds,
    },
    papaparse: p,
    import: m,
    import500k: s,
    adapter: a,
    ratio,
    ratioMedian,
    ratioCpu,
    ratioAdapter,
    ratioAdapterMedian,
    ratioAdapterCpu,
    flat: {
      flat,
      limitMB: flatLimit,
      growth2mMB: growth(m),
      growth500kMB: growth(s),
      rule: `2M peak ≤ 2M start + ${FLAT_FACTOR} × (500k peak − 500k start) + ${FLAT_SLACK_MB} MB`,
    },
    targets: { ratioAdapter: TARGET_RATIO, peakRssMB: TARGET_PEAK_MB },
    pass: problems.length === 0,
    problems,
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nwrote bench-results/import.json');
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  if (keep) console.log(`kept the generated files in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\nbench:import: ${problems.length} target(s) missed:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}

function checkCounts(label: string, results: PhaseResult[], table: SyntheticTable): void {
  for (const r of results) {
    if (r.rows !== table.rows) problems.push(`${label}: counted ${r.rows} data rows, generated ${table.rows}`);
    const out = r.extra?.['outputRows'];
    if (out !== undefined && out !== table.rows * table.topics.length)
      problems.push(`${label}: ${String(out)} tidy rows, expected ${table.rows * table.topics.length}`);
  }
}

function row(label: string, s: Summary): string[] {
  return [
    label,
    fmt(s.rows),
    fmt(s.rowsPerSecond),
    fmt(s.medianRowsPerSecond),
    fmt(s.cpuRowsPerSecond),
    s.seconds.toFixed(2),
    `${s.peakRssMB.toFixed(0)} MB`,
    `${s.startRssMB.toFixed(0)} MB`,
  ];
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  rows.forEach((r, i) => {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}
