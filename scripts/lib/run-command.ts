import { InputError } from './input-error.ts';

/**
 * Runs a command-line entry point: refusals and usage errors print one line to stderr and exit 1,
 * never a stack trace (set DEBUG=1 to see one).
 */
export async function runCommand(usage: string, main: (args: string[]) => Promise<void>): Promise<void> {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    if (process.env['DEBUG']) console.error(error);
    const message = error instanceof InputError || error instanceof Error ? error.message : String(error);
    console.error(`error: ${message}`);
    if (!(error instanceof InputError) && !message.includes('usage:')) console.error(usage);
    process.exitCode = 1;
  }
}
