import { InputError } from '../lib/input-error.ts';
import type { RetryPolicy } from './http-options.ts';

export interface GetOptions {
  policy: RetryPolicy;
  /** What is being fetched, for messages: `83693NED/Observations page 2`. */
  what: string;
  log: (line: string) => void;
}

type Attempt = { ok: true; bytes: Buffer } | { ok: false; retry: boolean; problem: string };

/**
 * GETs a URL with Node's fetch and returns the body's bytes. A 5xx answer, a network error or a timeout
 * is retried with exponential backoff; any other failure, or the last retry's, is refused as an
 * InputError naming what was fetched and from where.
 */
export async function getWithRetry(url: string, options: GetOptions): Promise<Buffer> {
  const { policy, what } = options;
  let problem = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) {
      const wait = policy.backoffMs * 2 ** (attempt - 2);
      options.log(`${what}: ${problem}; try ${attempt} of ${policy.attempts} in ${wait / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const result = await getOnce(url, policy.timeoutMs);
    if (result.ok) return result.bytes;
    problem = result.problem;
    if (!result.retry)
      throw new InputError(
        { file: `${what} (${url})` },
        problem,
        undefined,
        'a 2xx answer (is the table id right? does --base point at the API?)',
      );
  }
  const tries = policy.attempts === 1 ? '1 try' : `${policy.attempts} tries`;
  throw new InputError(
    { file: `${what} (${url})` },
    `${problem}; gave up after ${tries}`,
    undefined,
    'an answer from the server (try again later, or raise --timeout)',
  );
}

async function getOnce(url: string, timeoutMs: number): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const problem = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { ok: false, retry: response.status >= 500, problem };
    }
    return { ok: true, bytes: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, retry: true, problem: `no complete answer within ${timeoutMs / 1000} s` };
    return { ok: false, retry: true, problem: `network error (${describe(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

// undici wraps the reason (ECONNREFUSED, "other side closed") in `cause`.
function describe(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return 'code' in cause && cause.code ? `${String(cause.code)}: ${cause.message}` : cause.message;
  return error instanceof Error ? error.message : String(error);
}
