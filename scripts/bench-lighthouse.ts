/**
 * `npm run bench:lighthouse [-- --no-build]`: Lighthouse 13.5 (mobile, its default) against
 * `astro preview`, one page of each type, found in dist/: home, a model page, a compare pair,
 * /compare/, /calculator/, /benchmarks/, /about/ and the 404 page. Prints the four category
 * scores, LCP, TBT, CLS and the bytes transferred per page; the full reports go to
 * reports/lighthouse/.
 *
 * A measurement, not a test. Lighthouse needs Node >= 22: npm scripts run on the project's Node 24
 * (the `node` devDependency). It runs through npx at a pinned version rather than as a
 * devDependency, so `npm ci` for the tests does not install it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../tests/support/chromium.ts';
import { PROJECT_ROOT } from '../tests/support/project-copy.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  // Background networking dials hosts this network refuses, and would be counted as page work.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const dist = join(PROJECT_ROOT, 'dist');
const reports = join(PROJECT_ROOT, 'reports', 'lighthouse');

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('astro', ['build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The first page of a folder's sub-pages that is not a redirect (a reversed comparison). */
function firstPageIn(folder: string, pattern: RegExp): string {
  const page = readdirSync(join(dist, folder))
    .filter((name) => pattern.test(name) && existsSync(join(dist, folder, name, 'index.html')))
    .sort()
    .find(
      (name) =>
        !readFileSync(join(dist, folder, name, 'index.html'), 'utf8').includes(
          'http-equiv="refresh"',
        ),
    );
  if (!page) throw new Error(`No page in dist/${folder}/ matches ${pattern}`);
  return `/${folder}/${page}/`;
}

const PAGES: [string, string][] = [
  ['home', '/'],
  // The first model page (a line of one, no chart), the heaviest (the most providers, questions
  // and sources) and one already shut down.
  ['model page', firstPageIn('models', /./)],
  ['model page, heaviest', '/models/gpt-4o-mini/'],
  ['model page, shut down', '/models/o4-mini/'],
  ['line page', firstPageIn('lines', /./)],
  ['provider page', firstPageIn('providers', /./)],
  ['every model id', '/models/'],
  ['compare pair', firstPageIn('compare', /-vs-/)],
  ['compare', '/compare/'],
  ['calculator', '/calculator/'],
  ['benchmarks', '/benchmarks/'],
  ['about', '/about/'],
  // The 404 document itself: at a missing address Lighthouse stops at the 404 status.
  ['404', '/404.html'],
];

/** A port nobody listens on now, so runs in other checkouts do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once the server answers, or fails after `seconds`. */
async function waitForServer(url: string, server: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('astro preview exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${seconds} s`);
}

interface Result {
  label: string;
  path: string;
  scores: (number | null)[];
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  warnings: string[];
}

function runLighthouse(label: string, path: string, origin: string): Result {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const run = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      `${origin}${path}`,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(output))
    throw new Error(`Lighthouse failed on ${path}:\n${run.stdout}\n${run.stderr}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as {
    runtimeError?: { message: string };
    runWarnings: string[];
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    label,
    path,
    scores: CATEGORIES.map((c) => lhr.categories[c]?.score ?? null),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    warnings: lhr.runWarnings,
  };
}

mkdirSync(reports, { recursive: true });
const port = await freePort();
const origin = `http://localhost:${port}`;
// detached: the preview gets its own process group, ended with it below.
const server = spawn('astro', ['preview', '--ignore-lock', '--port', String(port)], {
  cwd: PROJECT_ROOT,
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
};
process.on('SIGINT', () => {
  stopServer();
  process.exit(130);
});

const results: Result[] = [];
try {
  await waitForServer(`${origin}/`, server, 30);
  for (const [label, path] of PAGES) {
    console.log(`▶ ${label}: ${path}`);
    results.push(runLighthouse(label, path, origin));
  }
} finally {
  stopServer();
}

const score = (s: number | null) => (s === null ? '—' : String(Math.round(s * 100)));
const rows = [
  ['page', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'bytes'],
  ...results.map((r) => [
    r.label,
    r.path,
    ...r.scores.map(score),
    `${(r.lcp / 1000).toFixed(2)} s`,
    `${Math.round(r.tbt)} ms`,
    r.cls.toFixed(3),
    `${(r.bytes / 1024).toFixed(1)} KiB`,
  ]),
];
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
console.log(`\nLighthouse 13.5, mobile (simulated throttling), ${chromium}:\n`);
for (const row of rows)
  console.log(
    row
      .map((cell, c) => (c < 2 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  );
console.log(
  '\nbytes: total transferred on load (before any chart nears view). Reports: reports/lighthouse/',
);
for (const r of results)
  for (const warning of r.warnings) console.log(`warning (${r.label}): ${warning}`);
