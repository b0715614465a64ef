/**
 * The days the test suite builds on. `npm test` pins the main build to TEST_BUILD_DAY (through
 * SOURCE_DATE_EPOCH), so every phase and count it asserts is the same on any calendar day, and
 * builds the site once more on AFTER_SHUTDOWN_DAY, the day after GPT-5 mini's scheduled shutdown,
 * to check that every view moves on by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDays, type StateDays } from '../../src/lib/lifecycle/state.ts';
import { PROJECT_ROOT } from './fixtures.ts';

/** The day the main test build is pinned to. */
export const TEST_BUILD_DAY = '2026-12-06';

/** The day after GPT-5 mini and GPT-5 nano shut down (2026-12-11). */
export const AFTER_SHUTDOWN_DAY = '2026-12-12';

/** Where the build on AFTER_SHUTDOWN_DAY is written, beside dist/. */
export const AFTER_SHUTDOWN_DIST = `dist-${AFTER_SHUTDOWN_DAY}`;

/**
 * The day a built site says it was built on (its catalog.json's `builtOn`): tests derive their
 * expectations from the build they read, so they hold for whatever day it was pinned to.
 */
export function builtDay(dist = 'dist'): string {
  const file = join(PROJECT_ROOT, dist, 'api/v1/catalog.json');
  if (!existsSync(file))
    throw new Error(`${dist}/ is missing: run npm test, which builds it, before the browser tests`);
  const { builtOn } = JSON.parse(readFileSync(file, 'utf8')) as { builtOn: string };
  return builtOn;
}

/** The days a line checked on `checked` is shown for, in the build written to `dist`. */
export function builtDays(checked: string, dist = 'dist'): StateDays {
  return stateDays(builtDay(dist), checked);
}

/** The main build's preview port. E2E_PORT lets several checkouts test at once on one machine. */
export function mainPort(): number {
  return Number(process.env['E2E_PORT'] ?? 4399);
}

/** Where the build on AFTER_SHUTDOWN_DAY is served during the browser tests. */
export function afterShutdownPort(): number {
  return mainPort() + 10;
}
