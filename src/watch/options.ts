/**
 * The source watch's command line and environment, read into one options object. Pure: takes the
 * arguments, the environment and the clock's now, and returns options or a message saying what
 * is wrong.
 */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run check:sources -- [options]

Checks the catalog against OpenAI's model list and its first-party pages (docs/source-watch.md).

Options:
  --markdown <path>     also write the Markdown report to <path>
  --json <path>         also write the JSON report to <path>
  --content <dir>       the content folder to check (default: content/)
  --timeout <ms>        per request (default 20000)
  --retries <n>         retries after a network error, 5xx or 429 (default 2)
  --retry-delay <ms>    first backoff, doubled on each retry (default 1000)
  --concurrency <n>     pages fetched at once (default 4)
  -h, --help            show this text

Environment:
  OPENAI_API_KEY        enables the check against GET /v1/models; without it that part is skipped
  OPENAI_BASE_URL       the API's address (default https://api.openai.com/v1)
  SOURCE_WATCH_ORIGINS  "https://a.example=http://127.0.0.1:8080 …": fetch pages of an origin from
                        another (a proxy, or a test's mock server)
  SOURCE_DATE_EPOCH     seconds since 1970: the day shutdown dates are compared on (default: today)

Exit codes: 0 no drift, 1 drift found, 2 could not check.`;

export interface WatchOptions {
  help: boolean;
  markdownPath: string | undefined;
  jsonPath: string | undefined;
  contentDir: string;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  concurrency: number;
  apiKey: string | undefined;
  /** The models list's address: `<base>/models`. */
  modelsUrl: string;
  /** Origin → origin it is fetched from instead. */
  origins: Map<string, string>;
  /** YYYY-MM-DD, UTC. */
  today: string;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** A whole number within bounds, or a message naming the option. */
function whole(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) {
    throw new Error(`--${name} takes a whole number of at least ${min}, not "${text}"`);
  }
  return value;
}

/** The origin of an http(s) URL with no path, or a message naming the variable. */
function origin(text: string, name: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}: "${text}" is not a URL`);
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search
  ) {
    throw new Error(`${name}: "${text}" must be an http(s) origin, such as https://example.com`);
  }
  return url.origin;
}

/** Reads `SOURCE_WATCH_ORIGINS`: pairs `from=to`, separated by spaces or commas. */
export function parseOrigins(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [from, to, ...rest] = pair.split('=');
    if (from === undefined || to === undefined || rest.length > 0) {
      throw new Error(`SOURCE_WATCH_ORIGINS: "${pair}" is not origin=origin`);
    }
    map.set(origin(from, 'SOURCE_WATCH_ORIGINS'), origin(to, 'SOURCE_WATCH_ORIGINS'));
  }
  return map;
}

/** `url` fetched from the origin `origins` maps its origin to, if any. */
export function rewriteUrl(url: string, origins: ReadonlyMap<string, string>): string {
  const parsed = new URL(url);
  const target = origins.get(parsed.origin);
  if (target === undefined) return url;
  return `${target}${parsed.pathname}${parsed.search}`;
}

/** The comparison day: SOURCE_DATE_EPOCH's day when set (Reproducible Builds), else now's. */
function todayOf(epoch: string | undefined, now: Date): string {
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, not "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

/** Reads arguments and environment; throws an Error whose message says what is wrong. */
export function readOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaults: { contentDir: string; now: Date },
): WatchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      markdown: { type: 'string' },
      json: { type: 'string' },
      content: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'retry-delay': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const base = (env['OPENAI_BASE_URL'] || DEFAULT_BASE_URL).replace(/\/+$/, '');
  try {
    new URL(base);
  } catch {
    throw new Error(`OPENAI_BASE_URL: "${base}" is not a URL`);
  }
  return {
    help: values.help === true,
    markdownPath: values.markdown,
    jsonPath: values.json,
    contentDir: values.content ?? defaults.contentDir,
    timeoutMs: whole('timeout', values.timeout, 20_000, 1),
    retries: whole('retries', values.retries, 2, 0),
    retryDelayMs: whole('retry-delay', values['retry-delay'], 1_000, 0),
    concurrency: whole('concurrency', values.concurrency, 4, 1),
    apiKey: env['OPENAI_API_KEY'] || undefined,
    modelsUrl: `${base}/models`,
    origins: parseOrigins(env['SOURCE_WATCH_ORIGINS']),
    today: todayOf(env['SOURCE_DATE_EPOCH'], defaults.now),
  };
}
