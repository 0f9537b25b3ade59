import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { vi } from 'vitest';

/** The project root (the tests run the CLIs with this as cwd). */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const committedDropId = '2026-07-17';
export const committedDrop = join(root, 'data', committedDropId);
export const fixtures = join(root, 'test', 'fixtures');

/** A command in scripts/ run by runCommand. */
export type Script = 'import' | 'build-data' | 'fetch' | 'update' | 'diff' | 'review' | 'pdf' | 'lighthouse';
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const temps: string[] = [];

/** A fresh temp folder, removed by `removeTemps()`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pipeline-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A data folder holding a copy of the committed drop, as `npm run import` and `npm run data` would find it. */
export function dataDirWithCommittedDrop(parent: string): string {
  const data = join(parent, 'data');
  cpSync(committedDrop, join(data, committedDropId), { recursive: true });
  return data;
}

/**
 * Every entry under `dir` (hidden ones included): files map to the sha256 of their bytes, folders to
 * "dir". Two equal results mean the same names and the same bytes.
 */
export function hashTree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      const key = relative(dir, path);
      if (entry.isDirectory()) {
        result[`${key}/`] = 'dir';
        walk(path);
      } else {
        result[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    }
  };
  walk(dir);
  return result;
}

/** Leftovers of an interrupted atomic write (`.tmp-*`, `.old-*`) anywhere under `dir` (or in its hashTree). */
export function leftovers(dir: string | Record<string, string>): string[] {
  const tree = typeof dir === 'string' ? hashTree(dir) : dir;
  return Object.keys(tree).filter((key) => key.split('/').some((part) => part.startsWith('.tmp-') || part.startsWith('.old-')));
}

/** A drop CSV as records (header row as keys), cells as the text in the file. */
export function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

function scriptFile(script: Script): string {
  return join(root, 'scripts', `${script}.ts`);
}

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['DEBUG']; // DEBUG=1 makes the commands print stack traces on purpose
  return env;
}

/** Runs `npm run import` / `npm run data` as a real process (node --import tsx …), waiting for it. */
export function spawnCli(script: Script, args: string[]): RunResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', scriptFile(script), ...args], {
    cwd: root,
    env: childEnv(),
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Like spawnCli, without blocking the test process (so an in-process run can go on meanwhile). */
export function spawnCliAsync(script: Script, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', scriptFile(script), ...args], { cwd: root, env: childEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface RunningCli {
  child: ChildProcess;
  /** Output so far (grows while the command runs). */
  output: { stdout: string; stderr: string };
  /** The exit: `code` null and `signal` set when the process was killed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `npm run import` / `npm run data` as a real process and hands it back, to be killed. */
export function startCli(script: Script, args: string[]): RunningCli {
  const child = spawn(process.execPath, ['--import', 'tsx', scriptFile(script), ...args], { cwd: root, env: childEnv() });
  const output = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...output }));
  });
  return { child, output, done };
}

let runs = 0;

/**
 * Runs the real command module (scripts/import.ts or scripts/build-data.ts) inside this process: a fresh
 * instance of the entry module each time (its imports stay cached), with process.argv set to `args` and
 * console output captured, so argument parsing, runCommand's one-line refusal and its exit code are the
 * command's own. Much faster than spawning a process per case.
 */
export async function runInProcess(script: Script, args: string[]): Promise<RunResult> {
  const argv = process.argv;
  const exitCode = process.exitCode;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const format = (parts: unknown[]) =>
    parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? (p.stack ?? String(p)) : JSON.stringify(p))).join(' ');
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void stdout.push(format(parts)));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void stderr.push(format(parts)));
  process.argv = [argv[0]!, scriptFile(script), ...args];
  process.exitCode = undefined;
  try {
    const url = `${pathToFileURL(scriptFile(script)).href}?run=${++runs}`;
    await import(/* @vite-ignore */ url);
    return {
      code: Number(process.exitCode ?? 0),
      stdout: stdout.map((l) => `${l}\n`).join(''),
      stderr: stderr.map((l) => `${l}\n`).join(''),
    };
  } finally {
    process.argv = argv;
    process.exitCode = exitCode;
    log.mockRestore();
    error.mockRestore();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
