/**
 * One trail per page: on every kind of page that shows a breadcrumb trail, the visible crumbs
 * (names and links, in order) are the JSON-LD BreadcrumbList's, item by item, the last one marked
 * as the current page; the sections the header marks show none. At phone and desktop widths.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';
import { loadContent } from '../support/content.ts';
import { FEATURED_LINE } from '../../src/site.ts';

const pages = builtPages();
const { lines } = loadContent();
const featured = lines.get(FEATURED_LINE)?.members ?? [];
const other = [...lines].find(([id]) => id !== FEATURED_LINE)?.[1].members ?? [];

/** The first built page of each kind that has a trail; a kind with no page fails the test. */
const KINDS: [string, (path: string) => boolean][] = [
  ['a version of the featured line', (p) => p === `/models/${featured[0]}/`],
  ['a version of another line', (p) => p === `/models/${other[0]}/`],
  ['a line page', (p) => /^\/lines\/[^/]+\/$/.test(p)],
  ["a line's benchmarks", (p) => /^\/lines\/[^/]+\/benchmarks\/$/.test(p)],
  ["a line's cost calculator", (p) => /^\/lines\/[^/]+\/calculator\/$/.test(p)],
  ['a ready-made comparison', (p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p)],
  ["a line's ready-made comparisons", (p) => /^\/compare\/lines\/[^/]+\/$/.test(p)],
];

/** The JSON-LD trail as [name, path] pairs. */
async function jsonLdTrail(page: Page): Promise<[string, string][]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const lists = blocks
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .filter((block) => block['@type'] === 'BreadcrumbList');
  expect(lists).toHaveLength(1);
  const items = lists[0]?.['itemListElement'] as { name: string; item: string }[];
  return items.map((item) => [item.name, new URL(item.item).pathname]);
}

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const [kind, matches] of KINDS) {
      test(`${kind}: the visible trail is the JSON-LD trail`, async ({ page }) => {
        const path = pages.find(matches);
        expect(path, `no built page is ${kind}`).toBeDefined();
        await page.goto(path ?? '/');
        const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
        await expect(nav).toBeVisible();
        const links = nav.locator('ol > li > a');
        const visible = await links.evaluateAll((as) =>
          as.map((a) => [a.textContent.trim(), new URL((a as HTMLAnchorElement).href).pathname]),
        );
        const expected = await jsonLdTrail(page);
        expect(expected.length).toBeGreaterThan(1);
        expect(visible).toEqual(expected);
        expect(expected.at(-1)?.[1]).toBe(path);
        // Only the last crumb is the current page.
        await expect(nav.locator('[aria-current]')).toHaveCount(1);
        await expect(links.last()).toHaveAttribute('aria-current', 'page');
      });
    }

    test('the sections the header marks show no trail, but still carry one', async ({ page }) => {
      for (const path of ['/', '/compare/', '/calculator/', '/benchmarks/', '/about/']) {
        await page.goto(path);
        await expect(page.getByRole('navigation', { name: 'Breadcrumb' }), path).toHaveCount(0);
        expect((await jsonLdTrail(page)).at(-1)?.[1], path).toBe(path);
      }
    });
  });
}
