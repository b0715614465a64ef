/**
 * What every chart really draws, from a phone to a desktop, light and dark: no label over a bar,
 * no two labels over each other, no label off the canvas. The boxes are recorded from the canvas
 * calls themselves (tests/support/charts.ts), not recomputed from the chart's options.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartPages, drawLogOf, recordCanvasDrawing, specOf, type Box } from '../support/charts.ts';

const WIDTHS = [360, 390, 768, 1024, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** Most lines a category label may take. */
const MAX_LABEL_LINES = 3;
/** Rounding slack, in canvas pixels. */
const EPSILON = 0.01;

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPSILON &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPSILON;

const inside = (a: Box, width: number, height: number) =>
  a.left >= -EPSILON &&
  a.top >= -EPSILON &&
  a.right <= width + EPSILON &&
  a.bottom <= height + EPSILON;

const contains = (outer: Box, inner: Box) =>
  outer !== inner &&
  outer.left <= inner.left + EPSILON &&
  outer.top <= inner.top + EPSILON &&
  outer.right >= inner.right - EPSILON &&
  outer.bottom >= inner.bottom - EPSILON;

const show = (b: Box) =>
  `[${[b.left, b.top, b.right, b.bottom].map((n) => Math.round(n * 10) / 10).join(', ')}]`;

/** Scrolls a chart into view and waits until it has drawn and no further frame follows. */
async function drawn(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  await expect
    .poll(() =>
      chart.locator('canvas').evaluate(
        (canvas: HTMLCanvasElement & { drawLog?: { frames: number } }) =>
          new Promise<boolean>((resolve) => {
            const before = canvas.drawLog?.frames ?? 0;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(before > 0 && canvas.drawLog?.frames === before)),
            );
          }),
      ),
    )
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordCanvasDrawing);
});

const pages = chartPages();

test('the sweep covers the home page, every model page and the comparisons', () => {
  expect(pages).toContain('/');
  expect(pages.some((p) => p.startsWith('/models/'))).toBe(true);
  expect(pages.some((p) => p.startsWith('/compare/?models='))).toBe(true);
});

/**
 * What is wrong with what a drawn chart shows: a label over a bar or another label, off the
 * canvas, cut short or in too many lines. Fails at once if the recorder missed a bar or a value.
 */
async function problemsIn(page: Page, chart: Locator, where: string): Promise<string[]> {
  const spec = await specOf(page, chart);
  const log = await drawLogOf(chart);
  const problems: string[] = [];
  where = `${where} ("${spec.title}")`;

  // The recorder saw the chart: every bar, every value label, every category's words.
  const bars = log.fills.filter(
    (f) => f.right - f.left > EPSILON && !log.fills.some((g) => contains(g, f)),
  );
  expect(bars.length, `${where}: bars drawn`).toBe(Number(await chart.getAttribute('data-bars')));
  const texts = log.texts.map((t) => t.text);
  for (const label of spec.series.flatMap((s) => s.labels))
    expect(texts, `${where}: value label drawn`).toContain(label);
  for (const category of spec.categories) {
    const words = category.split(/\s+/).join(' ');
    const lines = [1, 2, 3, 4, 5, 6].find((n) =>
      texts.some((_, k) => texts.slice(k, k + n).join(' ') === words),
    );
    if (lines === undefined) problems.push(`${where}: label "${category}" not drawn whole`);
    else if (lines > MAX_LABEL_LINES)
      problems.push(`${where}: label "${category}" takes ${lines} lines`);
  }

  for (const [k, t] of log.texts.entries()) {
    if (!inside(t.box, log.width, log.height))
      problems.push(`${where}: "${t.text}" ${show(t.box)} is outside the canvas`);
    for (const fill of log.fills)
      if (overlap(t.box, fill))
        problems.push(`${where}: "${t.text}" ${show(t.box)} covers a bar ${show(fill)}`);
    for (const u of log.texts.slice(k + 1))
      if (overlap(t.box, u.box))
        problems.push(`${where}: "${t.text}" ${show(t.box)} overlaps "${u.text}" ${show(u.box)}`);
  }
  return problems;
}

for (const path of pages) {
  for (const width of WIDTHS) {
    test(`${path} at ${width} px: labels clear of bars, each other and the edges`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
      const problems: string[] = [];
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const charts = page.locator('bar-chart');
        await expect(charts.first()).toBeAttached();
        const count = await charts.count();
        for (let i = 0; i < count; i++) {
          await drawn(charts.nth(i));
          problems.push(
            ...(await problemsIn(page, charts.nth(i), `${colorScheme}, chart ${i + 1}`)),
          );
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

test('charts drawn wide and then narrowed to a phone refit their labels', async ({ page }) => {
  // The page with the most charts, so the longest labels are among them.
  let path = '';
  let most = 0;
  for (const candidate of pages.filter((p) => !p.includes('?'))) {
    await page.goto(candidate);
    const count = await page.locator('bar-chart').count();
    if (count > most) [path, most] = [candidate, count];
  }
  await page.setViewportSize({ width: Math.max(...WIDTHS), height: 800 });
  await page.goto(path);
  const charts = page.locator('bar-chart');
  for (let i = 0; i < most; i++) await drawn(charts.nth(i));
  const frames = await Promise.all(
    Array.from({ length: most }, async (_, i) => (await drawLogOf(charts.nth(i))).frames),
  );
  await page.setViewportSize({ width: Math.min(...WIDTHS), height: 844 });
  const problems: string[] = [];
  for (let i = 0; i < most; i++) {
    const chart = charts.nth(i);
    // Redrawn at the new size (a narrower canvas always redraws), then no frame follows.
    await expect
      .poll(async () => (await drawLogOf(chart)).frames, { timeout: 15_000 })
      .toBeGreaterThan(frames[i] ?? 0);
    await drawn(chart);
    problems.push(...(await problemsIn(page, chart, `${path}, chart ${i + 1}`)));
  }
  expect(problems).toEqual([]);
});
