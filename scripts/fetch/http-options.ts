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

/** A command-line number of seconds (`--timeout 30`, `--retry-delay 0.5`) as milliseconds. */
export function secondsOption(flag: string, text: string | undefined): number {
  const seconds = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`${flag} needs a number of seconds, got ${JSON.stringify(text ?? '')}`);
  }
  return Math.round(seconds * 1000);
}
