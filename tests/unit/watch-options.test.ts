/**
 * The source watch's options and its network rules: flags and environment read strictly (a typo
 * is an error, never a silent default), origins mapped for proxies and tests, and retries only
 * where asking again can help.
 */
import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  fetchText,
  isRetryableStatus,
  mapConcurrent,
  USER_AGENT,
} from '../../src/watch/http.ts';
import { parseOrigins, readOptions, rewriteUrl } from '../../src/watch/options.ts';

const DEFAULTS = { contentDir: '/project/content', now: new Date('2026-12-01T23:30:00Z') };

describe('options', () => {
  it('has defaults that need no flag and no variable', () => {
    expect(readOptions([], {}, DEFAULTS)).toEqual({
      help: false,
      markdownPath: undefined,
      jsonPath: undefined,
      contentDir: '/project/content',
      timeoutMs: 20_000,
      retries: 2,
      retryDelayMs: 1_000,
      concurrency: 4,
      apiKey: undefined,
      modelsUrl: 'https://api.openai.com/v1/models',
      origins: new Map(),
      today: '2026-12-01',
    });
  });

  it('reads every flag and variable', () => {
    const options = readOptions(
      [
        '--markdown',
        'out/r.md',
        '--json',
        'out/r.json',
        '--content',
        'fx',
        '--timeout',
        '500',
        '--retries',
        '0',
        '--retry-delay',
        '5',
        '--concurrency',
        '2',
      ],
      {
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1/',
        SOURCE_WATCH_ORIGINS: 'https://docs.example.test=http://127.0.0.1:8080',
        SOURCE_DATE_EPOCH: '1796947200',
      },
      DEFAULTS,
    );
    expect(options).toMatchObject({
      markdownPath: 'out/r.md',
      jsonPath: 'out/r.json',
      contentDir: 'fx',
      timeoutMs: 500,
      retries: 0,
      retryDelayMs: 5,
      concurrency: 2,
      apiKey: 'sk-test',
      modelsUrl: 'http://127.0.0.1:8080/v1/models',
      today: '2026-12-11',
    });
    expect([...options.origins]).toEqual([['https://docs.example.test', 'http://127.0.0.1:8080']]);
  });

  it('treats an empty key as no key', () => {
    expect(readOptions([], { OPENAI_API_KEY: '' }, DEFAULTS).apiKey).toBeUndefined();
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [['--timeout', 'soon'], {}, /--timeout takes a whole number of at least 1, not "soon"/],
    [['--concurrency', '0'], {}, /--concurrency takes a whole number of at least 1/],
    [['--markdwn', 'x'], {}, /Unknown option '--markdwn'/],
    [['stray'], {}, /Unexpected argument 'stray'/],
    [[], { SOURCE_DATE_EPOCH: '2026-12-11' }, /SOURCE_DATE_EPOCH must be whole seconds/],
    [[], { OPENAI_BASE_URL: 'api.openai.com' }, /OPENAI_BASE_URL: "api.openai.com" is not a URL/],
    [[], { SOURCE_WATCH_ORIGINS: 'https://a.test' }, /is not origin=origin/],
    [
      [],
      { SOURCE_WATCH_ORIGINS: 'https://a.test/docs=http://127.0.0.1:1' },
      /must be an http\(s\) origin/,
    ],
  ])('refuses %j %j', (args, env, message) => {
    expect(() => readOptions(args, env, DEFAULTS)).toThrow(message);
  });

  it('maps only the origins it is given, keeping path and query', () => {
    const origins = parseOrigins(
      'https://docs.example.test=http://127.0.0.1:1, https://blog.example.test=http://127.0.0.1:2',
    );
    expect(rewriteUrl('https://docs.example.test/models/a?x=1', origins)).toBe(
      'http://127.0.0.1:1/models/a?x=1',
    );
    expect(rewriteUrl('https://blog.example.test/', origins)).toBe('http://127.0.0.1:2/');
    expect(rewriteUrl('https://other.example.test/a', origins)).toBe(
      'https://other.example.test/a',
    );
  });
});

describe('retries', () => {
  it.each([
    [200, false],
    [404, false],
    [401, false],
    [429, true],
    [500, true],
    [503, true],
  ])('HTTP %i is retried: %s', (status, retried) => {
    expect(isRetryableStatus(status)).toBe(retried);
  });

  it.each<[number, number, string | null, number]>([
    [1, 1000, null, 1000],
    [2, 1000, null, 2000],
    [3, 1000, null, 4000],
    [1, 1000, '3', 3000],
    [1, 1000, '600', 30_000],
    [2, 10, 'Wed, 21 Oct 2026 07:28:00 GMT', 20],
  ])('retry %i with a %i ms base and Retry-After %s waits %i ms', (retry, base, after, wait) => {
    expect(backoffMs(retry, base, after)).toBe(wait);
  });

  /** A fetch that answers from a script of statuses (or throws for `'down'`), recording calls. */
  function scripted(answers: (number | 'down')[]) {
    const calls: { url: string; headers: Headers }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, headers: new Headers(init.headers) });
      const answer = answers[calls.length - 1] ?? 200;
      if (answer === 'down')
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      return new Response(`status ${answer}`, {
        status: answer,
        headers: { 'content-type': 'text/plain' },
      });
    }) as typeof fetch;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    return { calls, waits, fetchImpl, sleep };
  }
  const options = { timeoutMs: 1000, retries: 2, retryDelayMs: 100 };

  it.each<[string, (number | 'down')[], number, number[], unknown]>([
    ['answers at once', [200], 1, [], { ok: true, status: 200 }],
    ['is not asked again after a 404', [404], 1, [], { ok: true, status: 404 }],
    [
      'recovers from a 503 and a network error',
      [503, 'down', 200],
      3,
      [100, 200],
      { ok: true, status: 200 },
    ],
    [
      'gives the last answer after every retry',
      [500, 502, 503],
      3,
      [100, 200],
      { ok: true, status: 503 },
    ],
    [
      'says why when the network never answers',
      ['down', 'down', 'down'],
      3,
      [100, 200],
      { ok: false, reason: 'network error: ECONNREFUSED' },
    ],
  ])('%s', async (_, answers, attempts, waits, outcome) => {
    const script = scripted(answers);
    const result = await fetchText('http://127.0.0.1:9/x', options, script.fetchImpl, script.sleep);
    expect(result).toMatchObject({ ...(outcome as object), attempts });
    expect(script.waits).toEqual(waits);
  });

  it('names the project in its User-Agent and passes the caller’s headers', async () => {
    const script = scripted([200]);
    await fetchText(
      'http://127.0.0.1:9/x',
      { ...options, headers: { authorization: 'Bearer k' } },
      script.fetchImpl,
      script.sleep,
    );
    expect(script.calls[0]?.headers.get('user-agent')).toBe(USER_AGENT);
    expect(script.calls[0]?.headers.get('authorization')).toBe('Bearer k');
  });
});

describe('the worker pool', () => {
  it('keeps order and never runs more than its limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([5, 1, 4, 2, 3, 0], 2, async (ms) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return ms * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });
});
