import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/chromium.ts';

// E2E_PORT lets several checkouts run their browser tests at once on one machine.
const port = Number(process.env['E2E_PORT'] ?? 4399);
// npm test stops with a clear message before Playwright when there is no Chromium.
const executablePath = findChromium();

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
  webServer: {
    // Serves the built dist/; npm test builds first. --ignore-lock: Astro 7 allows one preview
    // per project otherwise.
    command: `astro preview --ignore-lock --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
