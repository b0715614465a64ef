/**
 * Every built page: no console errors, no CSP violations, no request off the site, axe clean in
 * light and dark. The forwarding pages at reversed comparison addresses too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/host/content-security-policy.ts';
import { builtPages, redirectPages } from '../support/built-pages.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const pages = builtPages();

/** Records console errors, CSP violations and requests that leave the site while `run` works. */
async function watch(page: Page, baseURL: string, run: () => Promise<void>) {
  const errors: string[] = [];
  const offSite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) offSite.push(r.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await run();
  return { errors, offSite };
}

for (const path of pages) {
  test(`${path}: no console errors, CSP violations or off-site requests`, async ({
    page,
    baseURL,
  }) => {
    const { errors, offSite } = await watch(page, baseURL ?? '', async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
      await page.waitForLoadState('networkidle');
    });
    expect(errors).toEqual([]);
    expect(offSite).toEqual([]);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path}: axe finds no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
      // axe walks every node of the longest pages: seconds alone, far more on a loaded machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Open every collapsible answer so its text is checked too.
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

/** A forwarding page's destination: its canonical address's path. */
function destinationOf(path: string): string {
  const html = readFileSync(join(PROJECT_ROOT, 'dist', path, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  if (!canonical) throw new Error(`${path} names no canonical address`);
  return new URL(canonical).pathname;
}

for (const path of redirectPages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (forwarding): its own colours, no errors, axe-clean (${colorScheme})`, async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      // The page forwards at once. Its destination answers 204 No Content here, which leaves the
      // browser on the forwarding page as it is, so axe can read it.
      const to = destinationOf(path);
      await page.route(
        (url) => url.pathname === to,
        (route) => route.fulfill({ status: 204 }),
      );
      const forwarded = page.waitForRequest((r) => new URL(r.url()).pathname === to);
      const { errors, offSite } = await watch(page, baseURL ?? '', async () => {
        await page.goto(path);
        await forwarded;
        await page.waitForLoadState('networkidle');
      });
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
      expect(offSite).toEqual([]);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      // The site's own background and text colours, not the browser's default canvas.
      const colours = () =>
        page.evaluate(() => {
          const style = getComputedStyle(document.documentElement);
          return [style.backgroundColor, style.color];
        });
      const own = await colours();
      await page.goto('/about/');
      expect(own).toEqual(await colours());
    });
  }
}

test('every built page carries the strict CSP and nothing inline it would have to allow', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|sha256-|nonce-|\*/);
  const files = [...builtPages(), ...redirectPages()].map((path) =>
    path === '/404.html' ? '404.html' : join(path, 'index.html'),
  );
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(join(PROJECT_ROOT, 'dist', file), 'utf8');
    const policies = [
      ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g),
    ].map((m) => m[1]);
    expect(policies, file).toEqual([CONTENT_SECURITY_POLICY]);
    // The policy is the first thing in <head>: nothing before it escapes it.
    expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(
      html.search(/<(link|script|style)\b/),
    );
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter(
      (m) => !/\bsrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''),
    );
    expect(
      inlineScripts.map((m) => m[0]),
      file,
    ).toEqual([]);
    expect(html.match(/<style\b/g), file).toBeNull();
    expect(html.match(/\s(style|on[a-z]+)=/g), file).toBeNull();
  }
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/models/gpt-9-mini/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the page is usable from the keyboard: skip link first, then navigation', async ({ page }) => {
  await page.goto('/models/gpt-4o-mini/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a page with no chart, copy button, picker, calculator or id field ships no script', async ({
  page,
}) => {
  // Every built page in turn: seconds alone, far more on a loaded machine.
  test.slow();
  let plain = 0;
  for (const path of pages) {
    await page.goto(path);
    const interactive =
      'bar-chart, copy-button, compare-app, cost-calculator, unit-calculator, id-lookup';
    if ((await page.locator(interactive).count()) > 0) continue;
    plain++;
    // The one script such a page may carry: the "I use …" choice's memory, where the choice is.
    const memory = (await page.locator('details.provider-choice').count()) > 0 ? 1 : 0;
    const scripts = page.locator('script:not([type="application/ld+json"])');
    expect(await scripts.count(), path).toBe(memory);
    if (memory) await expect(scripts).toHaveAttribute('src', /\/provider-memory-[\w-]+\.js$/);
  }
  expect(plain).toBeGreaterThanOrEqual(3);
});

test('printing a model page drops the nav, opens all answers, spells out source addresses', async ({
  page,
}) => {
  await page.goto('/models/gpt-5-mini/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy model ID/ })).toBeHidden();
  await expect(page.locator('#faq-pricing')).toBeVisible();
  const after = await page
    .locator('.source-list a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('<https://');
});
