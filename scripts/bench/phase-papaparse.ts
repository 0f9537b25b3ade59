import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { report, startRssSampler } from './phase-common.ts';

/** Bare papaparse: stream the data file, count records. Usage: phase-papaparse.ts <data file> */
const file = process.argv[2];
if (!file) throw new Error('usage: phase-papaparse.ts <data file>');

const sampler = startRssSampler();
const started = performance.now();
const cpuStarted = process.cpuUsage();
let records = 0;
await new Promise<void>((resolve, reject) => {
  Papa.parse(createReadStream(file) as unknown as File, {
    delimiter: ';',
    step() {
      records++;
    },
    complete: () => resolve(),
    error: (error: Error) => reject(error),
  });
});
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { peak, source } = sampler.stop();
const rows = records - 1; // the header
report({
  phase: 'papaparse',
  file,
  rows,
  ms,
  cpuMs,
  rowsPerSecond: rows / (ms / 1000),
  peakRssBytes: peak,
  peakRssSource: source,
  startRssBytes: sampler.startRss,
});
