/**
 * Every kind of page in Chromium with the host's CSP header in force (Cloudflare's runtime,
 * playwright.host.config.ts): its scripts run (charts draw, the comparison and the calculator
 * answer) and nothing is blocked, logged as an error or fetched from another site.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/lib/host/content-security-policy.ts';
import { NOT_FOUND_TITLE, PAGE_TYPES, REVERSED } from './pages.ts';

interface Watched {
  errors: string[];
  offSite: string[];
}

/** Records CSP violations, console errors and warnings, and requests that leave the site. */
async function watch(page: Page, baseURL: string): Promise<Watched> {
  const watched: Watched = { errors: [], offSite: [] };
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    // The browser logs the 404 page's own status; the test checks that status itself.
    if (/status of 404/.test(m.text()) && m.location().url === page.url()) return;
    watched.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) watched.offSite.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return watched;
}

/** Opens `path` and checks the page was served with the CSP header. */
async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(status);
  expect(await response?.headerValue('content-security-policy')).toBe(
    CONTENT_SECURITY_POLICY_HEADER,
  );
}

/** Scrolls to every chart on the page in turn and waits until each has drawn. */
async function drawCharts(page: Page) {
  const charts = page.locator('bar-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-drawn', '');
  }
  return count;
}

/**
 * What each page's own script does beyond drawing its charts (which every page does, below), so
 * it runs under the header before the page is judged.
 */
const EXERCISE: Record<string, (page: Page) => Promise<void>> = {
  home: async (page) => expect(await page.locator('bar-chart').count()).toBeGreaterThan(0),
  'model page': async (page) => expect(await page.locator('bar-chart').count()).toBeGreaterThan(0),
  compare: async (page) => {
    const columns = page.locator('.compare-view .compare-table thead th');
    const before = await columns.count();
    await page.locator('.picker input[type="checkbox"]:not(:checked)').first().check();
    await expect(page).toHaveURL(/\?models=/);
    await expect(columns).toHaveCount(before + 1);
  },
  calculator: async (page) => {
    await page.getByLabel('Input tokens per request', { exact: true }).fill('4321');
    await page.getByLabel('Input tokens per request', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/[?&]input=4321\b/);
    await expect(page.locator('.calc-table')).toBeVisible();
  },
};

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type} (${path}): no CSP violation, console error or off-site request`, async ({
    page,
    baseURL,
  }) => {
    const watched = await watch(page, baseURL ?? '');
    await open(page, path);
    await EXERCISE[type]?.(page);
    await drawCharts(page);
    await page.waitForLoadState('networkidle');
    expect(watched).toEqual({ errors: [], offSite: [] });
  });
}

test('the 404 page: status 404, its own page, no CSP violation', async ({ page, baseURL }) => {
  const watched = await watch(page, baseURL ?? '');
  await open(page, '/no-such-page/', 404);
  await expect(page).toHaveTitle(NOT_FOUND_TITLE);
  await page.waitForLoadState('networkidle');
  expect(watched).toEqual({ errors: [], offSite: [] });
});

test('a reversed comparison address lands on its canonical page', async ({ page, baseURL }) => {
  const [reversed] = REVERSED;
  if (!reversed) throw new Error('The build has no reversed comparison address');
  const watched = await watch(page, baseURL ?? '');
  await open(page, reversed.from);
  expect(new URL(page.url()).pathname).toBe(reversed.to);
  await page.waitForLoadState('networkidle');
  expect(watched).toEqual({ errors: [], offSite: [] });
});
