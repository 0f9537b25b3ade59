import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(root, 'test', 'fixtures', 'maintainer');
export const tableFixture = (id: string) => join(fixtures, 'cbs', id);
/** The real captures, beside the project (absent on machines without ../shared). */
export const sharedOdata = resolve(process.cwd(), '../shared/sources/cbs-odata-v4');

/** Retries that finish in milliseconds. */
export const quick = { timeoutMs: 2_000, attempts: 4, backoffMs: 5 };

const temps: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `maintainer-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Names in a folder, hidden ones included; [] when it does not exist. */
export function entries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run <script>` as a real process (node --import tsx scripts/<script>.ts). Asynchronous, so a
 * stand-in server in this test process keeps answering meanwhile.
 */
export function runScript(script: 'fetch' | 'diff' | 'update' | 'review', args: string[]): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env };
    delete env['DEBUG'];
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', `${script}.ts`), ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}
