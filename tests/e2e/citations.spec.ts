/**
 * Source markers are quiet and informative: each is named for what it points at, shows that name
 * on hover and focus without moving anything, takes a Tab stop only the first time its source is
 * cited on a page, and still jumps to the source list when followed. Every page carries markers
 * but the few listed, each with the reason it states no fact.
 */
import { expect, test } from '@playwright/test';
import { lineBenchmarksPath, linePagePath, PATHS, providerPagePath } from '../../src/lib/paths.ts';
import { builtPages } from '../support/built-pages.ts';
import { loadContent } from '../support/content.ts';
import { realProviderContent } from '../support/provider-content.ts';

const pages = builtPages();
const content = loadContent();
/** Providers whose every row rests on evidence with no public address, or on no source at all. */
const providersWithoutSource = (() => {
  const rows = [...realProviderContent().availability.values()].flatMap((file) => file.providers);
  const cited = new Set(rows.filter((r) => 'source' in r && r.source).map((r) => r.provider));
  return [...new Set(rows.map((r) => r.provider))].filter((p) => !cited.has(p));
})();

/**
 * The only pages that may carry no source marker, each with the reason it states no fact of its
 * own. Any other page without a marker fails: it shows facts with nothing to check them against.
 * Built from the content, so a line that gains a score, or a page that gains markers, is caught.
 */
const NO_MARKERS = new Map<string, string>([
  ['/404.html', 'the not-found page states no fact'],
  ['/about/', 'it says how the data is sourced and shown, and states no fact of a model'],
  [
    PATHS.modelIds,
    "an index of ids: each row says what an id is and links to the model's page, which cites it",
  ],
  ...providersWithoutSource.map((provider): [string, string] => [
    providerPagePath(provider),
    'no source with a public address says anything of its offer, and the page says so',
  ]),
  ...[...content.lines.keys()].map((line): [string, string] => [
    linePagePath(line),
    'a list of links to comparison pages, by name only',
  ]),
  ...[...content.lines]
    .filter(([, line]) =>
      line.members.every((id) => content.models.get(id)?.data.benchmarks.length === 0),
    )
    .map(([line]): [string, string] => [
      lineBenchmarksPath(line),
      'no version of the line has a benchmark score, and the page says so',
    ]),
]);

test('every page listed as carrying no marker exists', () => {
  expect([...NO_MARKERS.keys()].filter((path) => !pages.includes(path))).toEqual([]);
});

for (const path of pages) {
  test(`${path}: cites its facts; each marker named, one Tab stop per source`, async ({ page }) => {
    await page.goto(path);
    const markers = page.locator('.cite a');
    const facts = await markers.evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        name: a.getAttribute('aria-label') ?? '',
        text: a.textContent ?? '',
        tabbable: (a as HTMLAnchorElement).tabIndex >= 0,
      })),
    );
    const exempt = NO_MARKERS.get(path);
    if (exempt !== undefined) {
      // Listed as stating no fact: it must really carry no marker, or the list is out of date.
      expect(facts, `${path} is listed as carrying no marker (${exempt})`).toEqual([]);
      return;
    }
    expect(
      facts.length,
      `${path} shows no source marker: cite its facts, or list it in NO_MARKERS with the reason`,
    ).toBeGreaterThan(0);
    for (const f of facts) {
      // "source 3: GPT-5 mini model page, OpenAI" for the marker "[3]".
      expect(f.name, f.href).toMatch(new RegExp(`^source ${f.text.slice(1, -1)}: .+, .+`));
      const entry = page.locator(`[id="${f.href.slice(1)}"]`);
      await expect(entry, f.href).toHaveCount(1);
    }
    const sources = new Set(facts.map((f) => f.href));
    const tabbable = facts.filter((f) => f.tabbable);
    expect(tabbable.length).toBe(sources.size);
    expect(new Set(tabbable.map((f) => f.href))).toEqual(sources);
  });
}

test('a marker shows its source on hover and focus, moving nothing; followed, it jumps', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/models/gpt-4o-mini/');
  const marker = page.locator('.model-summary .cite a').first();
  const name = (await marker.getAttribute('aria-label')) ?? '';
  const tip = () =>
    marker.evaluate((a) => {
      const style = getComputedStyle(a, '::after');
      return style.content === 'none' ? '' : style.content.slice(1, -1);
    });
  expect(await tip()).toBe('');
  const before = await page.locator('main').boundingBox();
  await marker.hover();
  await expect.poll(tip).toBe(name);
  await marker.focus();
  await expect.poll(tip).toBe(name);
  expect(await page.locator('main').boundingBox()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  await marker.click();
  const target = (await marker.getAttribute('href')) ?? '';
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('on GPT-4o mini the copy button is a few Tab presses from the top, not a hundred', async ({
  page,
}) => {
  await page.goto('/models/gpt-4o-mini/');
  const copy = page.getByRole('button', { name: 'Copy model ID gpt-4o-mini' });
  await expect(copy).toBeVisible();
  let presses = 0;
  while (presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
    if (await copy.evaluate((b) => b === document.activeElement)) break;
  }
  expect(presses).toBeLessThan(25);
});
