/**
 * The site npm test builds once (its Build step, on TEST_BUILD_DAY), for the checks that compare
 * another build with it. A missing or differently dated build is an error, never a skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtDay, TEST_BUILD_DAY } from './build-days.ts';
import { PROJECT_ROOT } from './fixtures.ts';

export function mainDist(): string {
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ is missing: these checks compare with the build npm test makes first');
  const day = builtDay();
  if (day !== TEST_BUILD_DAY)
    throw new Error(`dist/ was built on ${day}, not ${TEST_BUILD_DAY}: rebuild it with npm test`);
  return dist;
}

/**
 * The environment for an `astro build` started from a test: the caller's, without what Vitest
 * adds. Vitest sets NODE_ENV, MODE, DEV, PROD, SSR and BASE_URL as environment variables, and
 * Astro reads them into import.meta.env, so a build started from a test would otherwise be a
 * development build (no CSP meta tag, for one), unlike the one npm test's Build step makes.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(VITEST|TEST$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(key)) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}
