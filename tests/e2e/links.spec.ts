/** Every internal link and #anchor in the built site resolves. */
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';

test('every internal link and anchor resolves', async ({ page, baseURL, request }) => {
  test.setTimeout(120_000);
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = async (path: string): Promise<Set<string> | undefined> => {
    if (idsByPage.has(path)) return idsByPage.get(path);
    // A file (JSON, CSV, a feed, a calendar) is fetched, not opened: a browser would download it.
    if (!path.endsWith('/') && !path.endsWith('.html')) {
      const file = await request.get(path);
      if (file.status() !== 200) return undefined;
      idsByPage.set(path, new Set());
      return idsByPage.get(path);
    }
    const response = await page.goto(path);
    if (!response || response.status() !== 200) return undefined;
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
    idsByPage.set(path, ids);
    return ids;
  };

  const broken: string[] = [];
  let checked = 0;
  for (const from of builtPages()) {
    await page.goto(from);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== new URL(baseURL ?? '').origin) continue;
      checked++;
      const ids = await idsOf(url.pathname);
      if (!ids) broken.push(`${from} → ${url.pathname} (no page)`);
      else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${from} → ${url.pathname}${url.hash} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

test('every forwarding page names and reaches a page that exists', async ({ page }) => {
  const { redirectPages } = await import('../support/built-pages.ts');
  const redirects = redirectPages();
  expect(redirects.length).toBeGreaterThan(0);
  for (const from of redirects) {
    await page.goto(from);
    await page.waitForURL((url) => url.pathname !== from);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(builtPages()).toContain(new URL(page.url()).pathname);
  }
});
