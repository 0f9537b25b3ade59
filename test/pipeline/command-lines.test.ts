// Every command of scripts/ parses its command line the same way (scripts/lib/command-line.ts): --help prints the
// usage and the options and exits 0; an unknown option or a missing value is refused by name, exit 1, no stack.
import { afterAll, describe, expect, it } from 'vitest';
import { runBarometerCli } from '../../scripts/barometer.ts';
import { type RunResult, removeTemps, runInProcess, type Script, spawnCli } from './helpers.ts';

afterAll(removeTemps);

/** Each command with its options (the ones its --help must list) and one option that takes a value. */
const commands: { script: Script | 'barometer'; usage: string; options: string[]; valued: string }[] = [
  { script: 'import', usage: 'npm run import', options: ['--drop <value>', '--allow-shrink <value>', '--data <value>'], valued: '--drop' },
  { script: 'build-data', usage: 'npm run data', options: ['--data <value>', '--out <value>', '--drop <value>'], valued: '--out' },
  {
    script: 'fetch',
    usage: 'npm run fetch',
    options: ['--base <value>', '--out <value>', '--timeout <value>', '--retry-delay <value>'],
    valued: '--timeout',
  },
  {
    script: 'update',
    usage: 'npm run update',
    options: ['--base', '--data', '--drop', '--allow-shrink', '--skip-build ', '--timeout', '--retry-delay'],
    valued: '--allow-shrink',
  },
  { script: 'diff', usage: 'npm run diff', options: ['--data <value>', '--json <value>'], valued: '--json' },
  { script: 'review', usage: 'npm run review', options: ['--data <value>', '--out <value>'], valued: '--data' },
  { script: 'pdf', usage: 'npm run pdf', options: ['--out <value>', '--dist <value>'], valued: '--out' },
  { script: 'lighthouse', usage: 'npm run lighthouse', options: ['--dist <value>'], valued: '--dist' },
  {
    script: 'barometer',
    usage: 'npm run barometer',
    options: ['--input <value>', '--lambda <value>', '--filter <value>'],
    valued: '--lambda',
  },
];

async function run(script: Script | 'barometer', args: string[]): Promise<RunResult> {
  if (script !== 'barometer') return runInProcess(script, args);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runBarometerCli(args, { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe.each(commands)('$usage', ({ script, usage, options, valued }) => {
  it('--help prints the usage and every option to stdout, exit 0', async () => {
    const result = await run(script, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^usage: ${usage} `));
    for (const option of options) expect(result.stdout).toContain(`\n  ${option}`);
    expect(result.stdout).toContain('\n  --help ');
  });

  it('an unknown option: named, with the usage, exit 1', async () => {
    const result = await run(script, ['--nope', 'x']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^error: unknown option --nope\\nusage: ${usage} `));
  });

  it('an option without its value: one line naming the option, exit 1', async () => {
    const result = await run(script, [valued]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: command line, column ${valued}: the option has no value; expected [^\\n]+\\n$`));
  });
});

describe('as a process', () => {
  it('exits 1 with the refusal and no stack trace', () => {
    const result = spawnCli('update', ['--timeout', 'soon']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: command line, column --timeout: not a number of seconds: "soon"; expected a number ≥ 0, such as 30 or 0.5\n',
    );
  });

  it('exits 0 for --help', () => {
    const result = spawnCli('diff', ['-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run diff -- <old-drop> <new-drop>/);
  });
});
