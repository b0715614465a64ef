/**
 * Any address a reader can type or paste is survived: every kind of page, opened with malformed
 * percent-escapes, very long values, unknown, repeated and script-looking parameters and Unicode,
 * throws nothing, logs nothing, runs nothing it was given, and its script still does its job (the
 * countdown restated, the chart drawn, the calculator priced or the bad field named, the
 * comparison drawn). Which pages exist comes from dist/, so a new kind of page must be named here.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, redirectPages } from '../support/built-pages.ts';
import { loadContent } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const content = loadContent();
const ids = [...content.models.keys()];
const [first = '', second = ''] = ids;

/** What is appended to each page's address. */
const HOSTILE: [string, string][] = [
  ['a lone percent sign as the fragment', '#%'],
  ['a cut-off UTF-8 escape in the fragment', '#faq-%E2%82'],
  ['malformed escapes and empty keys in the query', '?%&%zz=%E0%A4%A&=&&models=%&input=%#faq-%'],
  [
    'unknown parameters',
    '?utm_source=news&fbclid=IwAR0&ref[]=1&__proto__=x&constructor=y&toString=z',
  ],
  [
    'repeated parameters',
    `?models=${first}&models=${second}&models=${first}&model=${first}&model=nope` +
      '&tier=batch&tier=flex&input=1000&input=abc',
  ],
  [
    'script-looking text',
    '?models=<script>alert(1)</script>&model="><img src=x onerror=alert(1)>' +
      '&input=<b>1</b>&q=javascript:alert(1)#"><svg onload=alert(1)>',
  ],
  [
    'Unicode',
    '?models=gpt‑5‑mini,ｇｐｔ-５,模型,😀&model=gpt-５-mini&input=２０００&cached=٥٠' +
      '&requests=\u202e1000#résumé-😀',
  ],
  [
    'very long values',
    `?models=${'a'.repeat(3000)}&input=${'9'.repeat(2000)}&x=${'%'.repeat(1500)}` +
      `#${'%'.repeat(1500)}`,
  ],
];

/** Kinds of page, by address. A built page of no kind here fails the first test. */
const KINDS: [string, RegExp][] = [
  ['home', /^\/$/],
  ['version', /^\/models\/[^/]+\/$/],
  ['every id', /^\/models\/$/],
  ['line', /^\/lines\/[^/]+\/$/],
  ['provider', /^\/providers\/[^/]+\/$/],
  ['line benchmarks', /^\/lines\/[^/]+\/benchmarks\/$/],
  ['line calculator', /^\/lines\/[^/]+\/calculator\/$/],
  ['compare', /^\/compare\/$/],
  ['pair', /^\/compare\/[^/]+-vs-[^/]+\/$/],
  ['line pairs', /^\/compare\/lines\/[^/]+\/$/],
  ['calculator', /^\/calculator\/$/],
  ['benchmarks', /^\/benchmarks\/$/],
  ['about', /^\/about\/$/],
  ['not found', /^\/404\.html$/],
];

const html = (path: string) =>
  readFileSync(
    join(PROJECT_ROOT, 'dist', path.endsWith('.html') ? path : `${path}index.html`),
    'utf8',
  );

/** What a page's script has to do, found in its markup. */
const JOBS = [
  'class="countdown"',
  '<bar-chart',
  '<compare-app',
  '<cost-calculator',
  '<unit-calculator',
];

/** Each kind's page with the most scripted jobs: the one with most to break. */
const pages = builtPages();
const representatives = KINDS.flatMap(([kind, pattern]) => {
  const scored = pages
    .filter((p) => pattern.test(p))
    .map((path) => ({ path, jobs: JOBS.filter((j) => html(path).includes(j)).length }))
    .sort((a, b) => b.jobs - a.jobs);
  const chosen = scored.slice(0, 1);
  // A kind whose pages do different jobs (a line's calculator prices text requests or each
  // unit) opens one page more for each job the first does not do.
  for (const job of JOBS) {
    const other = scored.find((p) => html(p.path).includes(job));
    if (other && !chosen.some((c) => html(c.path).includes(job))) chosen.push(other);
  }
  return chosen.map(({ path }) => ({ kind, path }));
});

// The day after the latest data day: every countdown then restates itself.
const latestVerified =
  [...content.lines.values()]
    .map((l) => l.verified)
    .sort()
    .at(-1) ?? '';
const READER_TODAY = new Date(`${latestVerified}T12:00:00`).getTime() + 24 * 3600 * 1000;

/** Records page errors, console errors and warnings, and dialogs (a script that ran). */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/** The page's scripts did what they are for, whatever the address said. */
async function scriptsDidTheirJob(page: Page) {
  // Each custom element is defined at the end of its module: an error before that leaves it
  // undefined (and, in the shared enhancements module, every module after it unrun).
  const custom = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.includes('-'))
      .map((e) => `${e.localName}:${e.matches(':defined')}`),
  );
  expect(custom.filter((c) => c.endsWith(':false'))).toEqual([]);

  for (const countdown of await page.locator('.countdown[data-until]').all())
    await expect(countdown).toHaveText(/^Today \(.+\): /);

  const chart = page.locator('bar-chart').first();
  if ((await chart.count()) > 0) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', '');
  }

  const calculator = page.locator('cost-calculator');
  if ((await calculator.count()) > 0) {
    const invalid = calculator.locator('[aria-invalid="true"]');
    if ((await invalid.count()) === 0) {
      await expect(calculator.locator('.calc-table')).toBeVisible();
      // A line whose every model has shut down (codex-mini on the build's day) has no cheapest.
      await expect(calculator.locator('.calc-summary')).toContainText(
        /^(?:Cheapest for this request|Every model here has shut down)/,
      );
    } else {
      // Every marked field says why, beside it, and no cost is shown.
      for (const field of await invalid.all()) {
        const name = (await field.getAttribute('name')) ?? '';
        await expect(calculator.locator(`[data-message-for="${name}"]`)).toBeVisible();
        await expect(calculator.locator(`[data-message-for="${name}"]`)).not.toBeEmpty();
      }
      await expect(calculator.locator('.calc-table')).toHaveCount(0);
    }
  }

  const units = page.locator('unit-calculator');
  if ((await units.count()) > 0) {
    const invalid = units.locator('[aria-invalid="true"]');
    await expect(units.locator('.calc-summary')).not.toBeEmpty();
    if ((await invalid.count()) === 0) {
      await expect(units.locator('.unit-table').first()).toBeVisible();
    } else {
      for (const field of await invalid.all()) {
        const name = (await field.getAttribute('name')) ?? '';
        await expect(units.locator(`[data-message-for="${name}"]`)).toBeVisible();
        await expect(units.locator(`[data-message-for="${name}"]`)).not.toBeEmpty();
      }
      await expect(units.locator('.unit-table')).toHaveCount(0);
    }
  }

  const compare = page.locator('compare-app');
  if ((await compare.count()) > 0) {
    const view = compare.locator('.compare-view');
    await expect(view).not.toHaveAttribute('aria-busy', 'true');
    if (new URL(page.url()).searchParams.has('models')) {
      // A drawn selection, or a message saying what was wrong with the address.
      await expect(
        compare.locator('[role="status"]:not(:empty), .compare-messages li').first(),
      ).toBeVisible();
    }
    // Still answers the reader: choosing models draws them.
    const boxes = await compare.locator('input[name="models"]').all();
    for (const box of boxes) await box.uncheck();
    for (const box of boxes.slice(0, 2)) await box.check();
    // Two fetches and a redraw per choice: allow for a busy machine.
    await expect(compare.locator('[role="status"]')).toContainText('Showing', { timeout: 15_000 });
    await expect(view.locator('table').first()).toBeVisible();
  }

  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b(?:NaN|undefined|Infinity)\b|\[object /);
}

test('every kind of built page is one these tests open', () => {
  const unknown = pages.filter((p) => !KINDS.some(([, pattern]) => pattern.test(p)));
  expect(unknown).toEqual([]);
  expect(representatives.length).toBeGreaterThanOrEqual(8);
  // Every scripted job is on at least one page opened: a countdown, a chart, a comparison and
  // the calculator are each put to the test.
  for (const job of JOBS)
    expect(
      representatives.some(({ path }) => html(path).includes(job)),
      job,
    ).toBe(true);
});

for (const { kind, path } of representatives) {
  test(`${kind} (${path}) survives hostile addresses`, async ({ page }) => {
    test.slow();
    await page.clock.setFixedTime(READER_TODAY);
    // With the clock stopped a chart's animation never ends: draw at once, as for reduced motion.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watch(page);
    for (const [what, suffix] of HOSTILE) {
      await test.step(what, async () => {
        // The 404 page is what an unknown address gets.
        const base = kind === 'not found' ? '/no-such-page/' : path;
        // From a blank page, so an address that differs only in its fragment still loads anew.
        await page.goto('about:blank');
        const response = await page.goto(`${base}${suffix}`);
        expect(response?.status()).toBe(kind === 'not found' ? 404 : 200);
        if (kind === 'not found') {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
          // The browser's own line for the 404 document is not a script's error.
          const own = problems.findIndex((p) => /status of 404/.test(p));
          if (own >= 0) problems.splice(own, 1);
        }
        await scriptsDidTheirJob(page);
        // A fragment changed after load reaches the hashchange listeners too.
        await page.evaluate(() => {
          location.hash = '%';
        });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        expect(problems, `${base}${suffix.slice(0, 80)}`).toEqual([]);
      });
    }
  });
}

test('a forwarding page forwards from a hostile address to its canonical one', async ({ page }) => {
  const from = redirectPages()[0];
  if (!from) throw new Error('No forwarding pages in dist/');
  const to = /<link rel="canonical" href="[^"]*?(\/compare\/[^"]+)"/.exec(html(from))?.[1];
  if (!to) throw new Error(`${from} names no canonical address`);
  const problems = watch(page);
  for (const [, suffix] of HOSTILE) {
    await page.goto('about:blank');
    await page.goto(`${from}${suffix}`);
    await expect(page).toHaveURL((url) => url.pathname === to);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(problems).toEqual([]);
});
