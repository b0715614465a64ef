/**
 * `npm test`: every check in order, stopping at the first failure.
 * validate content → type-check → unit tests → build → browser tests against the built site.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../tests/support/chromium.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
process.env['CHROMIUM_PATH'] = chromiumPath;

const steps: [string, string[]][] = [
  ['Validate content', ['node', 'scripts/validate.ts']],
  ['Sync content types', ['astro', 'sync']],
  ['Type-check', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['Unit and component tests', ['vitest', 'run']],
  ['Build', ['astro', 'build']],
  ['Browser tests (Chromium)', ['playwright', 'test']],
];

for (const [title, [command, ...args]] of steps) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command ?? '', args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ All checks passed.');
