/**
 * The watch's only network code: a GET with a User-Agent, a timeout, and retries with exponential
 * backoff on network errors, 5xx and 429 (never on another 4xx), plus a small worker pool. The
 * decisions (retry or not, how long to wait) are pure functions; `fetchText` takes its `fetch`
 * and `sleep` as arguments so tests can drive it without a network or a clock.
 */

/** Names the project to the sites it reads. */
export const USER_AGENT = 'gpt-mini-catalog-source-watch/1 (npm run check:sources)';

export interface FetchOptions {
  headers?: Record<string, string>;
  /** Per attempt, milliseconds. */
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
  /** The first backoff; each retry waits twice as long as the one before. */
  retryDelayMs: number;
}

/** A response, whatever its status, or the reason there was none. */
export type FetchResult =
  | { ok: true; status: number; contentType: string; body: string; attempts: number }
  | { ok: false; reason: string; attempts: number };

/** True for the statuses worth asking again: the server's trouble or a rate limit. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Longest wait a `Retry-After` header may impose. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * How long to wait before retry number `retry` (1, 2, …): `retryDelayMs` doubled each time, or
 * the server's `Retry-After` in seconds when it gives one (capped at 30 s).
 */
export function backoffMs(retry: number, retryDelayMs: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return retryDelayMs * 2 ** (retry - 1);
}

/** A network failure in words: the timeout, or the cause Node gives (ECONNREFUSED, ENOTFOUND). */
function describeError(error: unknown, timeoutMs: number): string {
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `timed out after ${timeoutMs} ms`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `network error: ${cause ?? err.message ?? String(error)}`;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** GETs `url` as text, retrying as the module says. */
export async function fetchText(
  url: string,
  options: FetchOptions,
  fetchImpl: typeof fetch = fetch,
  sleep: (ms: number) => Promise<void> = realSleep,
): Promise<FetchResult> {
  let last: FetchResult = { ok: false, reason: 'not tried', attempts: 0 };
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    let retryAfter: string | null = null;
    try {
      const response = await fetchImpl(url, {
        headers: { 'user-agent': USER_AGENT, ...options.headers },
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // The body is read under the same timeout: a page that stalls mid-way fails like one that
      // never answers.
      const body = await response.text();
      last = {
        ok: true,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body,
        attempts: attempt,
      };
      if (!isRetryableStatus(response.status)) return last;
      retryAfter = response.headers.get('retry-after');
    } catch (error) {
      last = { ok: false, reason: describeError(error, options.timeoutMs), attempts: attempt };
    }
    if (attempt <= options.retries)
      await sleep(backoffMs(attempt, options.retryDelayMs, retryAfter));
  }
  return last;
}

/** Runs `work` over `items`, at most `limit` at a time; results keep the items' order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
