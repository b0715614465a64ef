import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The built site as Cloudflare Pages serves it: `wrangler pages dev` runs Cloudflare's own runtime
 * (workerd) locally and offline, applying dist/_headers and dist/_redirects and answering unknown
 * addresses with 404.html. npm test runs it after the preview-based suite.
 *
 * HOST_E2E_PORT sets its port; by default it is the one after E2E_PORT, so several checkouts can
 * run both suites at once. The compatibility date is fixed, so the suite does not change with the
 * calendar: the runtime refuses a date newer than its own (2026-11-24 for wrangler 4.164), and how
 * it serves static files does not depend on it.
 */
const port = Number(process.env['HOST_E2E_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4399) + 1);
const COMPATIBILITY_DATE = '2026-05-01';

export default defineConfig({
  ...base,
  testDir: './tests/host',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    // --inspector-port 0: the debugger's port is chosen by the system. By default two wranglers
    // started together both take 9229 and one fails ("Address already in use").
    command:
      `wrangler pages dev dist --compatibility-date=${COMPATIBILITY_DATE} ` +
      `--ip 127.0.0.1 --port ${port} --inspector-port 0 --log-level warn`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // No telemetry or error reports; wrangler still tries (and fails) to fetch the `Request.cf`
    // placeholder from workers.cloudflare.com, and serves without it.
    env: { WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false' },
  },
});
