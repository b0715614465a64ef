/**
 * `npm test`: every check in order, stopping at the first failure.
 * validate content → format → lint → unused exports → workflow files → type-check → unit tests →
 * build → build on the day after a shutdown → the Nu HTML Checker over the built pages → browser
 * tests against both builds → the site in Cloudflare's runtime (headers, redirects, CSP).
 *
 * The build's day is pinned (SOURCE_DATE_EPOCH, tests/support/build-days.ts) so that every phase
 * and count the tests assert is the same on whatever calendar day they run; a SOURCE_DATE_EPOCH
 * already set is kept, to try the suite on another day.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { epochOfDay, resolveBuildDay } from '../src/build-day.ts';
import {
  AFTER_SHUTDOWN_DAY,
  AFTER_SHUTDOWN_DIST,
  TEST_BUILD_DAY,
} from '../tests/support/build-days.ts';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../tests/support/chromium.ts';
import { javaVersion, MIN_JAVA, NO_JAVA_MESSAGE } from '../tests/support/java.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['SOURCE_DATE_EPOCH'] ??= epochOfDay(TEST_BUILD_DAY);
console.log(
  `Build day: ${resolveBuildDay(process.env['SOURCE_DATE_EPOCH'])} ` +
    `(SOURCE_DATE_EPOCH=${process.env['SOURCE_DATE_EPOCH']})`,
);

// Each runner also writes a JSON report, so the run can end with one "N passed, N failed" line.
const VITEST_REPORT = 'reports/vitest.json';
const BUILD_CHECKS_REPORT = 'reports/build-checks.json';
const PLAYWRIGHT_REPORT = 'reports/playwright.json';
const HOST_REPORT = 'reports/playwright-host.json';
process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] = PLAYWRIGHT_REPORT;
for (const report of [VITEST_REPORT, BUILD_CHECKS_REPORT, PLAYWRIGHT_REPORT, HOST_REPORT])
  rmSync(report, { force: true });

/** Passed and failed counts from the JSON reports written so far. */
function counts(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const file of [VITEST_REPORT, BUILD_CHECKS_REPORT]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  for (const file of [PLAYWRIGHT_REPORT, HOST_REPORT]) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  return { passed, failed };
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
process.env['CHROMIUM_PATH'] = chromiumPath;
// Checked before the first step, so a missing Java stops the run at once, not after the build.
if ((javaVersion() ?? 0) < MIN_JAVA) {
  console.error(NO_JAVA_MESSAGE);
  process.exit(1);
}

/** Each step: its title, its command, and what it adds to the environment. */
const steps: [string, string[], Record<string, string>?][] = [
  ['Validate content', ['node', 'scripts/validate.ts']],
  ['Check formatting', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['Lint', ['eslint', '.']],
  ['Unused exports and types', ['knip', '--include', 'exports,types']],
  ['Validate workflow files', ['node', 'scripts/validate-workflows.ts']],
  ['Sync content types', ['astro', 'sync']],
  ['Type-check', ['astro', 'check', '--minimumSeverity', 'warning']],
  [
    'Unit and component tests',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ],
  ],
  ['Build', ['astro', 'build']],
  [
    `Build on ${AFTER_SHUTDOWN_DAY}, the day after a shutdown`,
    ['astro', 'build', '--outDir', AFTER_SHUTDOWN_DIST],
    { SOURCE_DATE_EPOCH: epochOfDay(AFTER_SHUTDOWN_DAY) },
  ],
  [
    'Build checks: a second build elsewhere and a year ahead, a grown catalog, against dist/',
    [
      'vitest',
      'run',
      '--config',
      'vitest.build.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${BUILD_CHECKS_REPORT}`,
    ],
  ],
  ['Nu HTML Checker (every built page)', ['node', 'scripts/check-html.ts']],
  ['Browser tests (Chromium)', ['playwright', 'test']],
  [
    "Headers, redirects and CSP in Cloudflare's runtime (wrangler)",
    ['playwright', 'test', '--config', 'playwright.host.config.ts'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: HOST_REPORT },
  ],
];

for (const [title, [command, ...args], env] of steps) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command ?? '', args, {
    stdio: 'inherit',
    shell: false,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    const { passed, failed } = counts();
    console.error(`\n✖ ${title} failed.`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
const { passed, failed } = counts();
console.log('\n✔ All checks passed.');
console.log(`${passed} passed, ${failed} failed`);
