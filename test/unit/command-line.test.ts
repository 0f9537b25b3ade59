// The one command-line parser of scripts/ (node:util parseArgs with the project's refusals).
import { describe, expect, it } from 'vitest';
import { commandLineOutcome, HelpRequest, parseCommandLine, UsageError } from '../../scripts/lib/command-line.ts';
import { InputError } from '../../src/lib/input-error.ts';

const options = {
  data: { type: 'string', expects: 'a data folder', default: 'data' },
  drop: { type: 'string', expects: 'a drop id such as 2026-08-12' },
  'skip-build': { type: 'boolean', does: 'builds nothing' },
} as const;

/** The error a command line is refused with. */
function refusal(args: string[], config: { positionals?: boolean } = {}): Error {
  try {
    parseCommandLine(args, options, config);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error(`not refused: ${args.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads values in both spellings, flags, defaults and positionals (a dash path after --)', () => {
    const { values, positionals } = parseCommandLine(['a', '--drop', '2026-08-12', '--skip-build', 'b', '--', '-c'], options);
    expect(values).toEqual({ data: 'data', drop: '2026-08-12', 'skip-build': true });
    expect(positionals).toEqual(['a', 'b', '-c']);
    expect(parseCommandLine(['--data=x', '--drop=-1'], options).values).toEqual({ data: 'x', drop: '-1' });
  });

  it.each([
    [['--dorp', 'x'], 'unknown option --dorp'],
    [['-x'], 'unknown option -x'],
    [['--skip-build=yes'], '--skip-build takes no value, got "yes"'],
    [['--data', 'a', '--data', 'b'], '--data is given twice'],
  ])('%j: a usage error', (args, message) => {
    const error = refusal(args);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(message);
  });

  it('refuses an argument where the command takes none', () => {
    expect(refusal(['extra'], { positionals: false }).message).toBe('unexpected argument "extra"');
  });

  it.each([
    [['--drop'], 'command line, column --drop: the option has no value; expected a drop id such as 2026-08-12'],
    [['--drop='], 'command line, column --drop: the option has no value ""; expected a drop id such as 2026-08-12'],
    [
      ['--drop', '--data', 'x'],
      'command line, column --drop: the option has no value; the next argument is an option: "--data"; expected a drop id such as 2026-08-12 (a value that starts with a dash as --drop=<value>)',
    ],
  ])('%j: a value that is not there, named with the option', (args, message) => {
    const error = refusal(args);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(message);
  });

  it('--help and -h ask for the help, which lists every option with what it takes and its default', () => {
    for (const args of [['--help'], ['x', '-h', '--dorp']]) expect(refusal(args)).toBeInstanceOf(HelpRequest);
    expect(parseCommandLine(['--', '--help'], options).positionals).toEqual(['--help']);
    const outcome = commandLineOutcome(refusal(['--help']), 'usage: npm run x');
    expect(outcome).toEqual({
      code: 0,
      stdout: [
        'usage: npm run x',
        'options:',
        '  --data <value>   a data folder (default: data)',
        '  --drop <value>   a drop id such as 2026-08-12',
        '  --skip-build     builds nothing',
        '  --help           prints this help',
      ].join('\n'),
    });
  });

  it('prints a usage error with the usage, a refusal alone, and leaves other errors to the command', () => {
    expect(commandLineOutcome(refusal(['--dorp']), 'usage: x')).toEqual({ code: 1, stderr: 'error: unknown option --dorp\nusage: x' });
    expect(commandLineOutcome(refusal(['--drop']), 'usage: x')?.stderr).toMatch(/^error: command line, column --drop: [^\n]+$/);
    expect(commandLineOutcome(new Error('disk full'), 'usage: x')).toBeUndefined();
  });
});
