import { readFileSync } from 'node:fs';

/**
 * Shared by the bench phases, each run in its own child process so that peak RSS is per phase:
 * VmHWM from /proc/self/status at the end (Linux), else the highest rss sampled every 50 ms.
 */
export interface PhaseResult {
  phase: string;
  file: string;
  /** Input data rows (the header not counted). */
  rows: number;
  /** Wall time of the work, and CPU time (user + system) of this process during it. */
  ms: number;
  cpuMs: number;
  rowsPerSecond: number;
  peakRssBytes: number;
  peakRssSource: 'VmHWM' | 'sampled';
  /** RSS after the modules were loaded, before the work started. */
  startRssBytes: number;
  extra?: Record<string, unknown>;
}

export function startRssSampler(): { stop: () => { peak: number; source: PhaseResult['peakRssSource'] }; startRss: number } {
  let sampled = process.memoryUsage().rss;
  const startRss = sampled;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 50);
  timer.unref();
  return {
    startRss,
    stop() {
      clearInterval(timer);
      sampled = Math.max(sampled, process.memoryUsage().rss);
      const hwm = vmHwm();
      return hwm === undefined ? { peak: sampled, source: 'sampled' } : { peak: Math.max(hwm, sampled), source: 'VmHWM' };
    },
  };
}

function vmHwm(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The parent reads the last stdout line that starts with this marker. */
export const RESULT_MARKER = 'BENCH-RESULT ';

export function report(result: PhaseResult): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}
