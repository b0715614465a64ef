import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { AFTER_SHUTDOWN_DIST, afterShutdownPort, mainPort } from './tests/support/build-days.ts';
import { findChromium } from './tests/support/chromium.ts';

const port = mainPort();
// npm test stops with a clear message before Playwright when there is no Chromium.
const executablePath = findChromium();

/** `astro preview` of a built folder. --ignore-lock: Astro 7 allows one preview per project. */
const preview = (outDir: string, at: number) => ({
  command: `astro preview --ignore-lock --port ${at} --outDir ${outDir}`,
  url: `http://localhost:${at}/`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  // npm test reads the JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) for its closing count.
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Background networking dials hosts this network refuses; tests must see only our own
      // requests.
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  // Serves the built dist/ (npm test builds first), and the second build when it exists; the
  // tests that read the second build fail with a message saying how to make it when it does not.
  webServer: [
    preview('dist', port),
    ...(existsSync(AFTER_SHUTDOWN_DIST) ? [preview(AFTER_SHUTDOWN_DIST, afterShutdownPort())] : []),
  ],
});
