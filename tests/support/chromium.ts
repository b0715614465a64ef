/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, Debian's package, or Playwright's own
 * download. Returns undefined when there is none, so callers can say so plainly.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests. ' +
  `Install one either way, then run npm test again:
  - Debian or Ubuntu:   sudo apt-get install -y chromium
  - Playwright's build: npx playwright install chromium
Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`;
