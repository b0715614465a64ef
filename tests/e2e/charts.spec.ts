/**
 * Charts in Chromium: they draw, match their tables, load lazily, shift nothing, and stay
 * accessible. What they draw, at every width, is checked in chart-geometry.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { barCount } from '../../src/lib/charts/data.ts';
import { formatScore, formatUsd } from '../../src/lib/format.ts';
import { modelPagePath } from '../../src/lib/paths.ts';
import { chartPages, specOf } from '../support/charts.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
/** Every page built with a chart box, the home page among them. */
const CHART_PAGES = chartPages().filter((path) => !path.includes('?'));
/** Model pages with nothing to chart (no scores, no published comparison). */
const PLAIN_MODEL_PAGES = [...content.models.keys()]
  .map((id) => modelPagePath(id))
  .filter((path) => !CHART_PAGES.includes(path));

test('the home page and every model page with scores has a chart; the others none', () => {
  expect(CHART_PAGES).toContain('/');
  for (const [id, { data }] of content.models)
    expect(CHART_PAGES.includes(modelPagePath(id)), id).toBe(data.benchmarks.length > 0);
});

for (const path of PLAIN_MODEL_PAGES.slice(0, 1)) {
  test(`${path}: a page with nothing to chart loads no chart code`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('bar-chart')).toHaveCount(0);
    expect(scripts.filter((url) => /chart/i.test(url))).toEqual([]);
  });
}

/** Scrolls to every chart in turn and waits until each has drawn. */
async function drawAll(page: Page) {
  const charts = page.locator('bar-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-drawn', '');
  }
  return count;
}

/** Count of canvas pixels that are not transparent: zero means nothing was drawn. */
const paintedPixels = (chart: Locator) =>
  chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });

for (const path of CHART_PAGES) {
  test(`${path}: every chart draws its bars, matches its table, with no console errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    const count = await drawAll(page);
    expect(count).toBeGreaterThan(0);
    const charts = page.locator('bar-chart');
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const spec = await specOf(page, chart);
      expect(await chart.getAttribute('data-bars')).toBe(String(barCount(spec)));
      expect(await paintedPixels(chart)).toBeGreaterThan(500);
      // The figure's table holds every number the chart shows.
      const tableText = await chart
        .locator('xpath=ancestor::figure[1]')
        .locator('table')
        .innerText();
      for (const value of spec.series.flatMap((s) => s.values)) {
        if (value === null) continue;
        expect(tableText).toContain(
          spec.axis.unit === 'usd' ? formatUsd(value) : formatScore(value, 'percent'),
        );
      }
      await expect(chart.locator('canvas')).toHaveAttribute('role', 'img');
      await expect(chart.locator('canvas')).toHaveAttribute(
        'aria-label',
        `${spec.title}. Every value is in the table below.`,
      );
    }
    expect(errors).toEqual([]);
  });
}

test('the launch comparison shows "n/a", not a zero bar, where GPT-3.5 Turbo has no score', async ({
  page,
}) => {
  await page.goto('/models/gpt-4o-mini/');
  const figure = page.locator('figure', {
    hasText: 'GPT-4o mini against other small models at launch',
  });
  const spec = await specOf(page, figure.locator('bar-chart'));
  expect(spec.series.map((s) => s.name)).toEqual([
    'GPT-4o mini',
    'Gemini 1.5 Flash',
    'Claude 3 Haiku',
    'GPT-3.5 Turbo',
    'GPT-4o',
  ]);
  await expect(figure.getByRole('row', { name: /MMMU/ }).getByRole('cell').nth(3)).toHaveText(
    'n/a',
  );
  // With JavaScript the legend names the drawn series.
  await expect(figure.locator('.chart-legend')).toBeVisible();
  await expect(figure.getByRole('listitem')).toHaveText(spec.series.map((s) => s.name));
});

test('Chart.js and chart data load only as a chart nears view, never on chart-free pages', async ({
  page,
}) => {
  const scripts: string[] = [];
  const chartData: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    if (r.url().endsWith('/charts.json')) chartData.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/models/gpt-5-mini/');
  await page.waitForLoadState('networkidle');
  // Before any chart is near: the small enhancements script and the provider choice's memory, no
  // Chart.js, no chart data.
  expect(scripts.toSorted()).toEqual([
    expect.stringMatching(/\/_astro\/Enhancements\./),
    expect.stringMatching(/\/_astro\/provider-memory-/),
  ]);
  expect(chartData).toEqual([]);
  await page.locator('bar-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('bar-chart').first()).toHaveAttribute('data-drawn', '');
  expect(scripts.filter((s) => s.includes('chart-render'))).toHaveLength(1);
  // One charts.json per page, however many charts draw from it.
  await drawAll(page);
  expect(chartData).toEqual(['/models/gpt-5-mini/charts.json']);

  for (const path of ['/about/', '/benchmarks/']) {
    scripts.length = 0;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts, path).toEqual([]);
  }
});

test('drawing the charts shifts nothing on the page (CLS 0)', async ({ page }) => {
  // Every page with a chart in turn: seconds alone, far more on a loaded machine.
  test.slow();
  // No clock is set: whatever the reader's day, nothing moves (the countdown that restates itself
  // against today fills a line kept for it).
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const boxes = await page
      .locator('bar-chart')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    await drawAll(page);
    const after = await page
      .locator('bar-chart')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(after, path).toEqual(boxes);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBe(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`drawn charts stay axe-clean and take the ${colorScheme} palette`, async ({ page }) => {
    // axe over a whole model page: seconds alone, far more on a loaded machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto('/models/gpt-4o-mini/');
    await drawAll(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // The first bar is drawn in the theme's first chart colour.
    const expected = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--chart-1').trim(),
    );
    const chart = page.locator('bar-chart').first();
    const found = await chart
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement, hex: string) => {
        const ctx = canvas.getContext('2d');
        if (!ctx) return false;
        const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if (
            Math.abs((data[i] ?? 0) - (want[0] ?? 0)) < 3 &&
            Math.abs((data[i + 1] ?? 0) - (want[1] ?? 0)) < 3 &&
            Math.abs((data[i + 2] ?? 0) - (want[2] ?? 0)) < 3
          )
            return true;
        }
        return false;
      }, expected);
    expect(found).toBe(true);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each chart figure is its caption and table, with no empty chart box or legend', async ({
    page,
  }) => {
    await page.goto('/models/gpt-4o-mini/');
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(1);
    // The launch comparison has a legend in its HTML: it must not show above a plain table.
    expect(await page.locator('figure.chart .chart-legend').count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure.locator('figcaption')).toBeVisible();
      await expect(figure.locator('table')).toBeVisible();
      await expect(figure.locator('bar-chart')).toBeHidden();
      await expect(figure.locator('.chart-legend')).toBeHidden();
      await expect(figure.getByText('Select a bar to see its source.')).toBeHidden();
    }
  });
});

test('on a phone the charts fit the screen and still draw', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/models/gpt-5.4-mini/');
  await drawAll(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('selecting a bar jumps to its source', async ({ page }) => {
  await page.goto('/models/gpt-4o-mini/');
  // The knowledge chart has one bar, MMLU at 82.0%: its middle is left of centre, halfway down
  // the plot.
  const chart = page.locator('bar-chart').first();
  const spec = await specOf(page, chart);
  expect(spec.categories).toEqual(['MMLU']);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  const box = await chart.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + box.width * 0.5, box.y + (box.height - 32) / 2);
  await expect(page).toHaveURL(new RegExp(`#source-${spec.series[0]?.sources[0]}$`));
  await expect(page.locator(`[id="source-${spec.series[0]?.sources[0]}"]`)).toBeInViewport();
});

test('with reduced motion the charts draw at once, without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/models/gpt-4o-mini/');
  const chart = page.locator('bar-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const first = await paintedPixels(chart);
  await page.waitForTimeout(600);
  expect(await paintedPixels(chart)).toBe(first);
});

test('a chart whose data cannot be fetched says so, and its table still has every value', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/charts.json', (route) =>
    route.fulfill({ status: 503, body: 'unavailable' }),
  );
  await page.goto('/models/gpt-4o-mini/');
  const chart = page.locator('bar-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(
    chart.getByText('The chart could not be drawn. Every value is in the table below.'),
  ).toBeVisible();
  await expect(chart.locator('canvas')).toHaveCount(0);
  await expect(chart.locator('xpath=ancestor::figure[1]').locator('table')).toBeVisible();
  // A legend for bars that were never drawn is hidden too.
  const grouped = page.locator('figure.chart', { has: page.locator('.chart-legend') }).first();
  await grouped.locator('bar-chart').scrollIntoViewIfNeeded();
  await expect(grouped.locator('.chart-failed')).toBeVisible();
  await expect(grouped.locator('.chart-legend')).toBeHidden();
  expect(errors.join('\n')).toContain('charts.json: HTTP 503');
});
