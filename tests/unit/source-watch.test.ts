/**
 * `npm run check:sources` end to end, offline: the real script (as a subprocess, for each exit
 * code) and the run behind it, against a mock server on 127.0.0.1 serving recorded responses and a
 * small made-up catalog (tests/fixtures/source-watch/content). Every source address is under the
 * reserved `.test` domain and mapped to the mock server, so nothing here can reach the internet.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readOptions } from '../../src/watch/options.ts';
import type { Report } from '../../src/watch/report.ts';
import { runWatch } from '../../src/watch/run.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';
import { startMockServer, type MockRoute, type MockServer } from '../support/mock-http.ts';

const CONTENT = join(PROJECT_ROOT, 'tests/fixtures/source-watch/content');
const SCRIPT = join(PROJECT_ROOT, 'scripts/check-sources.ts');
/** 2026-12-01T00:00:00Z: after older-mini's shutdown, before fixture-mini's. */
const EPOCH = '1796083200';
/**
 * Short enough to keep the slow page's test quick, long enough that a page the mock server
 * answers at once never times out on a busy machine.
 */
const TIMEOUT_MS = 3000;

let server: MockServer;
let out: string;
beforeAll(async () => {
  server = await startMockServer();
  out = mkdtempSync(join(tmpdir(), 'source-watch-'));
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});
afterEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

/** Pages that agree with the fixture catalog, and a model list that does too. */
const AGREEING: Record<string, MockRoute> = {
  '/v1/models': { file: 'models-agreeing.json' },
  '/models/fixture-mini': { file: 'fixture-docs.html' },
  '/launch': { file: 'blog.html' },
  '/deprecations': { file: 'deprecations.html' },
  '/models/older-mini': { file: 'older-docs.html' },
};

function serve(routes: Record<string, MockRoute>): void {
  for (const [path, route] of Object.entries(routes)) server.routes.set(path, { ...route });
}

/** The environment a run gets: the mock server for the API and for every source origin. */
function environment(key: string | null = 'sk-test'): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    OPENAI_BASE_URL: `${server.origin}/v1`,
    SOURCE_WATCH_ORIGINS: [
      `https://docs.example.test=${server.origin}`,
      `https://blog.example.test=${server.origin}`,
    ].join(' '),
    SOURCE_DATE_EPOCH: EPOCH,
    ...(key === null ? {} : { OPENAI_API_KEY: key }),
  };
}

const FLAGS = [
  '--content',
  CONTENT,
  '--timeout',
  String(TIMEOUT_MS),
  '--retries',
  '1',
  '--retry-delay',
  '10',
];

/** Runs the real script; resolves with its exit code and output (never rejects on exit 1 or 2). */
function runScript(
  name: string,
): Promise<{ code: number; stdout: string; stderr: string; markdown: string; json: Report }> {
  const markdownPath = join(out, `${name}.md`);
  const jsonPath = join(out, `${name}.json`);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SCRIPT, ...FLAGS, '--markdown', markdownPath, '--json', jsonPath],
      { cwd: PROJECT_ROOT, env: environment() },
      (error, stdout, stderr) => {
        const code = error ? error.code : 0;
        if (typeof code !== 'number') {
          reject(error ?? new Error('no exit code'));
          return;
        }
        resolve({
          code,
          stdout,
          stderr,
          markdown: readFileSync(markdownPath, 'utf8'),
          json: JSON.parse(readFileSync(jsonPath, 'utf8')) as Report,
        });
      },
    );
  });
}

/** Runs the watch in this process, for the cases that need no subprocess. */
function runInProcess(env: Record<string, string>): Promise<Report> {
  return runWatch(readOptions(FLAGS, env, { contentDir: CONTENT, now: new Date() }), {
    now: new Date('2026-12-01T06:00:00Z'),
  });
}

describe('the script, as a workflow runs it', () => {
  it('exits 0 when every source agrees, and writes the same report to both files', async () => {
    serve(AGREEING);
    const { code, stdout, stderr, markdown, json } = await runScript('agree');
    expect(code).toBe(0);
    expect(stdout).toBe(markdown);
    expect(stdout).toMatch(
      /^\*\*No drift: every checked value agrees with its source\.\*\* 0 drifted · \d+ agree · 0 unchecked/,
    );
    expect(json).toMatchObject({
      exitCode: 0,
      findings: [],
      unchecked: [],
      today: '2026-12-01',
      api: { status: 'checked', listed: 4 },
    });
    expect(json.pages.map((page) => [page.url, page.status, page.notFound])).toEqual([
      ['https://docs.example.test/models/fixture-mini', 'checked', 0],
      ['https://blog.example.test/launch', 'checked', 0],
      ['https://docs.example.test/deprecations', 'checked', 0],
      ['https://docs.example.test/models/older-mini', 'checked', 0],
    ]);
    // No TTY: no progress lines.
    expect(stderr).toBe('');
    // Each request named the project; only the API call carried the key.
    expect(
      server.requests.every(({ headers }) =>
        headers['user-agent']?.startsWith('gpt-mini-catalog-source-watch/'),
      ),
    ).toBe(true);
    expect(
      server.requests
        .filter(({ headers }) => headers.authorization === 'Bearer sk-test')
        .map(({ path }) => path),
    ).toEqual(['/v1/models']);
  });

  it('exits 1 on drift: a moved date, a new mini id, a changed price', async () => {
    serve({
      ...AGREEING,
      '/v1/models': { file: 'models-moved-and-new.json' },
      '/models/fixture-mini': { file: 'fixture-docs-price-changed.html' },
      '/launch': { file: 'blog.html', delayMs: TIMEOUT_MS * 4 },
      '/models/older-mini': { status: 404, body: '<h1>Not found</h1>' },
    });
    const { code, markdown, json } = await runScript('drift');
    expect(code).toBe(1);
    expect(
      json.findings.map(({ kind, file, field, catalog, now }) => ({
        kind,
        file,
        field,
        catalog,
        now,
      })),
    ).toEqual([
      {
        kind: 'shutdown-moved',
        file: 'content/models/fixture-mini.yaml',
        field: 'lifecycle.0.date',
        catalog: '`fixture-mini` shuts down Dec 11, 2026 (2026-12-11)',
        now: '`shutdown_date` Jan 14, 2027 (2027-01-14)',
      },
      {
        kind: 'value-not-found',
        file: 'content/models/fixture-mini.yaml',
        field: 'pricing.input.value',
        catalog: '$0.25',
        now: 'Not found on the page. Prices on the page: $0.30, $0.025, $2.00, $0.125, $1.00.',
      },
      {
        kind: 'id-new',
        file: 'content/models/fixture-nano.yaml',
        field: '',
        catalog: 'Not in the catalog',
        now: '`fixture-nano` is listed',
      },
    ]);
    // The 404 and the page slower than the timeout are unchecked, never changed.
    expect(json.unchecked.map(({ url, reason }) => [url, reason])).toEqual([
      ['https://blog.example.test/launch', `timed out after ${TIMEOUT_MS} ms`],
      ['https://docs.example.test/models/older-mini', 'HTTP 404'],
    ]);
    expect(markdown).toContain('### `fixture-mini`');
    expect(markdown).toContain('### Ids OpenAI lists that the catalog lacks');
    expect(markdown).toContain(
      '| `content/models/fixture-nano.yaml` (a new file for a new version, or list the id in ' +
        'content/uncatalogued-ids.yaml) | Not in the catalog | `fixture-nano` is listed |',
    );
    expect(markdown).toContain(
      '| `content/models/fixture-mini.yaml`: `pricing.input.value` | \\$0.25 |',
    );
    // A 404 is not asked again; a timeout is, once (--retries 1).
    const hits = (path: string) =>
      server.requests.filter((request) => request.path === path).length;
    expect([hits('/models/older-mini'), hits('/launch')]).toEqual([1, 2]);
  });

  it('exits 2 when it cannot check: HTML for JSON, every page failing', async () => {
    serve({ '/v1/models': { file: 'sign-in-portal.html', contentType: 'text/html' } });
    const { code, markdown, json } = await runScript('broken');
    expect(code).toBe(2);
    expect(json.findings).toEqual([]);
    expect(json.api).toMatchObject({
      status: 'failed',
      reason: 'the API answered with an HTML page where JSON was expected',
    });
    expect(
      json.pages.every((page) => page.status === 'unchecked' && page.reason === 'HTTP 404'),
    ).toBe(true);
    expect(markdown).toMatch(
      /^\*\*Could not check: OpenAI's API failed \(the API answered with an HTML page where JSON was expected\)\.\*\*/,
    );
  });
});

describe('the run', () => {
  it('reports malformed JSON from the API as could-not-check, whatever the pages say', async () => {
    serve({ ...AGREEING, '/v1/models': { file: 'models-malformed.json' } });
    const report = await runInProcess(environment());
    expect(report.exitCode).toBe(2);
    expect(report.api.reason).toMatch(/^the API answered with malformed JSON/);
    expect(report.findings).toEqual([]);
  });

  it('skips the API without a key, says so, and still checks the pages', async () => {
    serve(AGREEING);
    const report = await runInProcess(environment(null));
    expect(report).toMatchObject({
      exitCode: 0,
      api: { status: 'skipped', reason: expect.stringContaining('OPENAI_API_KEY is not set') },
    });
    expect(server.requests.map(({ path }) => path)).not.toContain('/v1/models');
    expect(report.pages.every((page) => page.status === 'checked')).toBe(true);
  });

  it('says one progress line per source, for a person at a terminal', async () => {
    serve({ ...AGREEING, '/models/older-mini': { status: 404 } });
    const lines: string[] = [];
    const options = readOptions(FLAGS, environment(), { contentDir: CONTENT, now: new Date() });
    await runWatch(options, { now: new Date(), progress: (line) => lines.push(line) });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`OpenAI API ${server.origin}/v1/models: HTTP 200`);
    // One line per page as it finishes, numbered in the order they finish.
    const pages = lines.slice(1);
    expect(pages.map((line) => line.slice(0, 6)).toSorted()).toEqual([
      '[1/4] ',
      '[2/4] ',
      '[3/4] ',
      '[4/4] ',
    ]);
    expect(pages.map((line) => line.slice(6)).toSorted()).toEqual([
      'https://blog.example.test/launch: 3 values, 0 not found',
      'https://docs.example.test/deprecations: 9 values, 0 not found',
      'https://docs.example.test/models/fixture-mini: 10 values, 0 not found',
      'https://docs.example.test/models/older-mini: unchecked, HTTP 404',
    ]);
  });

  it('retries a page that answers 503, then checks it', async () => {
    serve({ ...AGREEING, '/deprecations': { file: 'deprecations.html', before: [503] } });
    const report = await runInProcess(environment());
    expect(report.exitCode).toBe(0);
    expect(server.requests.filter(({ path }) => path === '/deprecations')).toHaveLength(2);
  });

  it('stops with a clear message when the content itself is invalid', async () => {
    const options = readOptions(FLAGS, environment(), { contentDir: CONTENT, now: new Date() });
    await expect(
      runWatch({ ...options, contentDir: join(CONTENT, 'models') }, { now: new Date() }),
    ).rejects.toThrow(/The content has \d+ problem\(s\); fix them first \(npm run validate\)/);
  });
});
