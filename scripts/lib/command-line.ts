import { parseArgs } from 'node:util';
import { InputError } from './input-error.ts';

/**
 * A command's option: a flag (and what it does), or one that takes a value (what the value is, for the
 * refusal and the help, and its default).
 */
export type CommandOption = { type: 'boolean'; does: string } | { type: 'string'; expects: string; default?: string };

/** A command line the command cannot run with; runCommand prints the message and the usage, and exits 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--help` or `-h`: runCommand prints the usage and `options` (one line per option) to stdout and exits 0. */
export class HelpRequest extends Error {
  override name = 'HelpRequest';
  constructor(readonly options: string) {
    super('help');
  }
}

/**
 * Parses a command line with node:util parseArgs (`--name value`, `--name=value`, `--` before paths that start
 * with a dash); a command without arguments of its own says `positionals: false`. `--help` or `-h` before `--`
 * asks for the help (HelpRequest). Refused: an unknown option, a flag given a value, an option given twice and
 * an argument where none belongs (UsageError), and an option whose value is missing, empty or the next option
 * (`--drop --data x`: InputError naming the option), so that a forgotten value never silently becomes a default.
 */
export function parseCommandLine<const O extends Record<string, CommandOption>>(
  args: readonly string[],
  options: O,
  { positionals = true }: { positionals?: boolean } = {},
) {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional' && !positionals) throw new UsageError(`unexpected argument ${JSON.stringify(token.value)}`);
    if (token.kind !== 'option') continue;
    if (token.name === 'help' || token.name === 'h') throw new HelpRequest(optionLines(options));
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    if (given.has(token.name)) throw new UsageError(`--${token.name} is given twice`);
    given.add(token.name);
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value, got ${JSON.stringify(token.value)}`);
    } else if (token.value === undefined || token.value.trim() === '') {
      throw new InputError({ file: 'command line', column: token.rawName }, 'the option has no value', token.value, option.expects);
    } else if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
      throw new InputError(
        { file: 'command line', column: token.rawName },
        'the option has no value; the next argument is an option:',
        token.value,
        `${option.expects} (a value that starts with a dash as ${token.rawName}=<value>)`,
      );
    }
  }
  // Every token passed the checks above, so the strict parse (which types the values) accepts them too.
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

/** The options for the help: `  --data <value>   a data folder (default: data)`. */
function optionLines(options: Record<string, CommandOption>): string {
  const names = Object.entries(options).map(
    ([name, option]) => [option.type === 'string' ? `--${name} <value>` : `--${name}`, option] as const,
  );
  const width = Math.max(...names.map(([name]) => name.length), '--help'.length);
  const line = (name: string, text: string) => `  ${name.padEnd(width)}   ${text}`;
  return [
    'options:',
    ...names.map(([name, option]) =>
      line(
        name,
        option.type === 'string' ? `${option.expects}${option.default === undefined ? '' : ` (default: ${option.default})`}` : option.does,
      ),
    ),
    line('--help', 'prints this help'),
  ].join('\n');
}

/**
 * What a command prints for its command line's help or refusal (text without the final newline), and its exit
 * code: the help on stdout (exit 0); a refusal as one `error:` line on stderr, followed by the usage for a usage
 * error (exit 1). Undefined for any other error.
 */
export function commandLineOutcome(error: unknown, usage: string): { stdout?: string; stderr?: string; code: 0 | 1 } | undefined {
  if (error instanceof HelpRequest) return { stdout: `${usage}\n${error.options}`, code: 0 };
  if (error instanceof UsageError) return { stderr: `error: ${error.message}\n${usage}`, code: 1 };
  if (error instanceof InputError) return { stderr: `error: ${error.message}`, code: 1 };
  return undefined;
}

/**
 * parseCommandLine for scripts that do not run under runCommand (the benchmarks): the help and refusals are
 * printed as runCommand prints them, and the process exits.
 */
export function commandLineOrExit<const O extends Record<string, CommandOption>>(
  args: readonly string[],
  options: O,
  usage: string,
  config: { positionals?: boolean } = {},
) {
  try {
    return parseCommandLine(args, options, config);
  } catch (error) {
    const outcome = commandLineOutcome(error, usage);
    if (!outcome) throw error;
    if (outcome.stdout !== undefined) console.log(outcome.stdout);
    if (outcome.stderr !== undefined) console.error(outcome.stderr);
    process.exit(outcome.code);
  }
}
