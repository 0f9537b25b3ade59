import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cbsCsvAdapter } from '../import/cbs-csv.ts';
import type { SourceRow } from '../import/source-table.ts';
import type { Where } from '../lib/input-error.ts';
import { report, startRssSampler } from './phase-common.ts';
import { createTidyWriter } from './tidy-writer.ts';

/**
 * The import's streaming path: the cbs-csv adapter opens the download (metadata, header checks, file
 * fingerprints) and streams its rows, each written as one line of tidy long CSV through a buffered
 * synchronous writer. Not `npm run import`: its dataset layer only selects rows of tables it knows.
 * Usage: phase-import.ts <download folder>
 */
const path = process.argv[2];
if (!path) throw new Error('usage: phase-import.ts <download folder> [--no-write] [--out tidy.csv]');
// --no-write: the adapter alone (rows counted, nothing written), to tell its cost from the tidy writer's.
const write = !process.argv.includes('--no-write');
// --out: keep the tidy CSV there (to check it); by default it goes to a temp file, deleted at the end.
const outAt = process.argv.indexOf('--out');
const keepOut = outAt > 0 ? process.argv[outAt + 1] : undefined;
const out = keepOut ?? join(tmpdir(), `bench-import-tidy-${process.pid}.csv`);

const sampler = startRssSampler();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const table = await cbsCsvAdapter.open(path);
const opened = performance.now();
const writer = write ? createTidyWriter(out, table) : undefined;
let inputRows = 0;
let outputRows = 0;
let lastWhere: Where | undefined;
let kept: SourceRow | undefined;
await table.rows(
  writer
    ? writer.onRow
    : (row, where) => {
        kept = row; // keeps the row alive, so the optimiser cannot skip building it
        if (where !== lastWhere) {
          lastWhere = where;
          inputRows++;
        }
        outputRows++;
      },
);
if (writer) {
  writer.close();
  inputRows = writer.inputRows;
  outputRows = writer.outputRows;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { peak, source } = sampler.stop();
const bytesWritten = writer?.bytes ?? 0;
if (!keepOut) rmSync(out, { force: true });
report({
  phase: write ? 'import' : 'adapter',
  file: path,
  rows: inputRows,
  ms,
  cpuMs,
  rowsPerSecond: inputRows / (ms / 1000),
  peakRssBytes: peak,
  peakRssSource: source,
  startRssBytes: sampler.startRss,
  extra: {
    lastMeasure: kept?.measure,
    outputRows,
    topics: Object.keys(table.measures).length,
    openMs: opened - started,
    rowsMs: ms - (opened - started),
    tidyBytes: bytesWritten,
    notes: table.provenance.notes,
  },
});
