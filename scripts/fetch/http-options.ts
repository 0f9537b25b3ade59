import { InputError } from '../lib/input-error.ts';

/** How patiently a download waits and retries; the defaults suit the live CBS API. */
export interface RetryPolicy {
  /** Per request, headers and body together. */
  timeoutMs: number;
  /** Tries per request, the first included; only 5xx answers, network errors and timeouts are retried. */
  attempts: number;
  /** Wait before the second try; it doubles for every further try (1 s, 2 s, 4 s). */
  backoffMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { timeoutMs: 30_000, attempts: 4, backoffMs: 1_000 };

/** The command-line options of `npm run fetch` and `npm run update` that set the policy (scripts/lib/command-line.ts). */
export const retryOptions = {
  timeout: { type: 'string', expects: 'a number of seconds, such as 30' },
  'retry-delay': { type: 'string', expects: 'a number of seconds, such as 0.5' },
} as const;

/** The policy the options ask for: `--timeout 30`, `--retry-delay 0.5` in seconds, as milliseconds. */
export function retryPolicy(values: { timeout?: string | undefined; 'retry-delay'?: string | undefined }): Partial<RetryPolicy> {
  const policy: Partial<RetryPolicy> = {};
  if (values.timeout !== undefined) policy.timeoutMs = secondsOption('--timeout', values.timeout);
  if (values['retry-delay'] !== undefined) policy.backoffMs = secondsOption('--retry-delay', values['retry-delay']);
  return policy;
}

function secondsOption(flag: string, text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new InputError({ file: 'command line', column: flag }, 'not a number of seconds:', text, 'a number ≥ 0, such as 30 or 0.5');
  return Math.round(seconds * 1000);
}
