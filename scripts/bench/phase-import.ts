import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cbsCsvAdapter } from '../import/cbs-csv.ts';
import type { Where } from '../lib/input-error.ts';
import type { SourceRow } from '../import/source-table.ts';
import { BufferedWriter } from './buffered-writer.ts';
import { report, startRssSampler } from './phase-common.ts';

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

const needsQuotes = /[",\n\r]/;
const cell = (text: string) => (needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const sampler = startRssSampler();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const table = await cbsCsvAdapter.open(path);
const opened = performance.now();
const dimensions = Object.keys(table.dimensions);
// Measures and codes come from the metadata's lists (the adapter refuses any other code), so whether a
// column needs CSV quoting is known up front; the period and status never do.
const quoteMeasure = Object.keys(table.measures).some((m) => needsQuotes.test(m));
const quoteDims = dimensions.map((d) => Object.keys(table.dimensions[d]!.codes).some((c) => needsQuotes.test(c)));
const writer = new BufferedWriter(out);
writer.write(`measure,${dimensions.map(cell).join(',')},period,value,symbol,status\n`);
let inputRows = 0;
let outputRows = 0;
let lastWhere: Where | undefined;
// cbs-csv gives every topic of a record the same codes and period (and one `where` per record), so
// `,codes…,period,` is built once per record; `,symbol,status\n` once per change.
let lastPeriod = '';
let middle = '';
let lastSymbol: string | undefined;
let lastStatus = '';
let tail = '';
let kept: SourceRow | undefined;
await table.rows(
  write
    ? (row, where) => {
        if (where !== lastWhere || row.period !== lastPeriod) {
          if (where !== lastWhere) inputRows++; // one `where` per data record
          lastWhere = where;
          lastPeriod = row.period;
          middle = ',';
          for (let d = 0; d < dimensions.length; d++) {
            const code = row.dims[dimensions[d]!]!;
            middle += `${quoteDims[d] ? cell(code) : code},`;
          }
          middle += `${row.period},`;
        }
        outputRows++;
        if (row.symbol !== lastSymbol || row.status !== lastStatus) {
          lastSymbol = row.symbol;
          lastStatus = row.status;
          tail = `,${row.symbol ?? ''},${row.status}\n`;
        }
        const value = row.value === null ? '' : String(row.value);
        writer.write(`${quoteMeasure ? cell(row.measure) : row.measure}${middle}${value}${tail}`);
      }
    : (row, where) => {
        kept = row; // keeps the row alive, so the optimiser cannot skip building it
        if (where !== lastWhere) {
          lastWhere = where;
          inputRows++;
        }
        outputRows++;
      },
);
writer.close();
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { peak, source } = sampler.stop();
const bytesWritten = writer.bytes;
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
  extra: { lastMeasure: kept?.measure, outputRows, topics: Object.keys(table.measures).length, openMs: opened - started, rowsMs: ms - (opened - started), tidyBytes: bytesWritten, notes: table.provenance.notes },
});
