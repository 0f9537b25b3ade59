import { commandLineOutcome, HelpRequest } from './command-line.ts';

/**
 * Runs a command-line entry point: `--help` prints the usage and the options to stdout; refusals print one
 * line to stderr (a usage error adds the usage) and exit 1, never a stack trace (set DEBUG=1 to see one).
 */
export async function runCommand(usage: string, main: (args: string[]) => Promise<void>): Promise<void> {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    if (process.env['DEBUG'] && !(error instanceof HelpRequest)) console.error(error);
    const outcome = commandLineOutcome(error, usage) ?? {
      stderr: `error: ${error instanceof Error ? error.message : String(error)}`,
      code: 1,
    };
    if (outcome.stdout !== undefined) console.log(outcome.stdout);
    if (outcome.stderr !== undefined) console.error(outcome.stderr);
    process.exitCode = outcome.code;
  }
}
