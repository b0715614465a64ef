/**
 * The comparison, in a real browser against the built site: drawn in the browser and pre-rendered
 * alike, on phones and desktops, with and without JavaScript. Which models and pairs exist comes
 * from the content, through the lib's own pure helpers, never typed here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ratioText } from '../../src/lib/compare/change.ts';
import { linePairs } from '../../src/lib/compare/pairs.ts';
import { dataPath, groupPath, linePagePath, pairPath } from '../../src/lib/paths.ts';
import { formatDate, formatUsd } from '../../src/lib/format.ts';
import { yesNo } from '../../src/lib/labels.ts';
import { lifecycleState, stateDays } from '../../src/lib/lifecycle/state.ts';
import { membersOf } from '../../src/lib/lineage/members.ts';
import { providerRows } from '../../src/lib/providers/rows.ts';
import { standingSentence } from '../../src/lib/providers/wording.ts';
import { migrationNotes } from '../../src/lib/compare/migration.ts';
import type { Knowable } from '../../src/schemas/index.ts';
import { FEATURED_LINE } from '../../src/site.ts';
import { loadContent } from '../support/content.ts';
import { builtDay } from '../support/build-days.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';
import { realProviderContent } from '../support/provider-content.ts';

const content = loadContent();
/** Lines as the catalog orders them (by name), each with its versions oldest first. */
const lines = [...content.lines]
  .map(([id, line]) => ({ id, line, members: membersOf(line, [...content.models.values()]) }))
  .sort((a, b) => a.line.name.localeCompare(b.line.name));
// The featured line: the compare page's default and the line of four these tests walk.
const firstLine = lines.find((l) => l.id === FEATURED_LINE);
if (!firstLine || firstLine.members.length < 4) throw new Error('These tests need a line of four');
const [v0, v1, v2, v3] = firstLine.members.map((m) => m.id) as [string, string, string, string];
const newest = firstLine.members.at(-1)?.id ?? v3;

/**
 * Each version with the model OpenAI lists as its replacement, where the catalog has it: a model
 * OpenAI names only as a replacement, or a version of another line (o-series → GPT mini).
 */
const replaced = lines.flatMap(({ id: lineId, line, members }) =>
  members.flatMap((m) => {
    // The replacement only depends on the readings, all made by the day the line was checked.
    const id = lifecycleState(
      m.data.lifecycle,
      stateDays(line.verified, line.verified),
    ).replacement;
    const to = id ? (content.replacements.get(id) ?? content.models.get(id)?.data) : undefined;
    return id && to ? [{ lineId, from: m, id, to }] : [];
  }),
);
// A featured version and a model named only as its replacement, for the picker's group.
const listed = replaced.find((r) => r.lineId === FEATURED_LINE && content.replacements.has(r.id));
if (!listed) throw new Error('These tests need a version whose replacement is in the catalog');
/** The pre-rendered pairs, line by line as the site lists them, each pair once. */
const pairs: [string, string][] = [];
const pairsOfLine = new Map<string, [string, string][]>();
const linePairsOf = (lineId: string) => pairsOfLine.get(lineId) ?? [];
for (const l of lines) {
  pairsOfLine.set(l.id, []);
  const seen = new Set(pairs.map((p) => p.join('|')));
  const own = [
    ...linePairs(l.members),
    ...replaced.filter((r) => r.lineId === l.id).map((r): [string, string] => [r.from.id, r.id]),
  ];
  for (const pair of own) {
    const [a, b] = pair;
    if (seen.has(`${a}|${b}`) || seen.has(`${b}|${a}`)) continue;
    seen.add(`${a}|${b}`);
    pairs.push(pair);
    pairsOfLine.get(l.id)?.push(pair);
  }
}
const names = new Map<string, string>([
  ...[...content.models.values()].map((m) => [m.id, m.data.name] as const),
  ...[...content.replacements].map(([id, r]) => [id, r.name] as const),
]);
const name = (id: string) => names.get(id) ?? id;

/** A fact's value; these tests are about facts both models have, so an unknown one stops them. */
function known<T>(item: Knowable<T>): T {
  if (!('value' in item)) throw new Error('A fact these tests compare is unknown in the content');
  return item.value;
}

const view = (page: Page) => page.locator('.compare-view');
const columns = (page: Page) => view(page).locator('.compare-table thead th');
const modelBox = (page: Page, id: string) =>
  page.getByRole('checkbox', { name: name(id), exact: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('choosing versions updates the table and the address', async ({ page }) => {
  await page.goto('/compare/');
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(newest)]);
  await modelBox(page, v1).check();
  await expect(page).toHaveURL(new RegExp(`\\?models=${escape([v0, newest, v1].join(','))}$`));
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(newest), name(v1)]);
  await modelBox(page, v0).uncheck();
  await expect(page).toHaveURL(new RegExp(`\\?models=${escape([newest, v1].join(','))}$`));
  await expect(
    page.getByRole('heading', { name: `What changed from ${name(v1)} to ${name(newest)}` }),
  ).toBeVisible();
});

test('boxes ticked before the files arrive build on each other, never on a stale choice', async ({
  page,
}) => {
  // Each model's file takes a while, as on a slow phone: the reader does not wait for it.
  await page.route('**/compare/data/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto('/compare/');
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(newest)]);
  await modelBox(page, v0).uncheck();
  await modelBox(page, newest).uncheck();
  await modelBox(page, v1).check();
  await modelBox(page, v2).check();
  await expect(page).toHaveURL(new RegExp(`\\?models=${escape([v1, v2].join(','))}$`));
  await expect(columns(page)).toHaveText(['Fact', name(v1), name(v2)]);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${name(v1)}, ${name(v2)}.`,
  );
  for (const [id, checked] of [
    [v0, false],
    [newest, false],
    [v1, true],
    [v2, true],
  ] as const)
    await expect(modelBox(page, id)).toBeChecked({ checked });
});

test('the picker works from the keyboard, and its submit button keeps the choice', async ({
  page,
}) => {
  await page.goto('/compare/');
  await modelBox(page, v2).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(escape(v2)));
  await expect(columns(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Compare', exact: true }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?models=${escape([v0, newest, v2].join(','))}$`));
  await expect(columns(page)).toHaveCount(4);
  // The same choice again is no new step: one step back is the page as it opened.
  await page.goBack();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(columns(page)).toHaveCount(3);
});

test('a shared address restores the comparison in its order, with a shared chart', async ({
  page,
}) => {
  await page.goto(`/compare/?models=${v1},${v0}`);
  await expect(columns(page)).toHaveText(['Fact', name(v1), name(v0)]);
  await expect(modelBox(page, v0)).toBeChecked();
  await expect(modelBox(page, v2)).not.toBeChecked();
  const chart = view(page).locator('bar-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  expect(Number(await chart.getAttribute('data-bars'))).toBeGreaterThan(4);
});

test('back and forward move through the choices', async ({ page }) => {
  await page.goto(`/compare/?models=${v0},${v2}`);
  // Wait for this address's comparison, not the pre-rendered default.
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(v2)]);
  await expect(modelBox(page, v3)).not.toBeChecked();
  await modelBox(page, v3).check();
  await expect(columns(page)).toHaveCount(4);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?models=${escape(`${v0},${v2}`)}$`));
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(v2)]);
  await expect(modelBox(page, v3)).not.toBeChecked();
  await page.goForward();
  await expect(columns(page)).toHaveCount(4);
});

test('unknown and repeated ids get a clear message beside the picker, not a blank page', async ({
  page,
}) => {
  await page.goto(`/compare/?models=${v0},gpt-9-mini,${v0},${v2}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“gpt-9-mini” is not in this catalog.');
  await expect(alert).toContainText(`“${v0}” is listed more than once`);
  await expect(columns(page)).toHaveText(['Fact', name(v0), name(v2)]);

  await page.goto('/compare/?models=gpt-9-mini');
  await expect(page.getByRole('alert')).toContainText('Choose at least 2 to compare.');
  await expect(view(page)).toContainText('Choose at least 2 above');
  await expect(view(page).locator('table')).toHaveCount(0);
});

test('the replacement models are a group of their own, never called versions', async ({ page }) => {
  const { from, id } = listed;
  const other = [v0, v1].find((v) => v !== from.id) ?? v2;
  await page.goto(`/compare/?models=${from.id},${other}`);
  const group = page.locator('details.group').filter({
    has: page.getByText('Models OpenAI lists as replacements'),
  });
  await expect(group.locator('summary')).toHaveText(
    new RegExp(`^Models OpenAI lists as replacements · ${content.replacements.size} models`),
  );
  await expect(group.locator('summary')).not.toContainText('version');
  await group.locator('summary').click();
  await expect(group.getByRole('checkbox')).toHaveCount(content.replacements.size);
  await modelBox(page, id).check();
  await expect(page).toHaveURL(new RegExp(`${escape(id)}$`));
  await expect(columns(page).last()).toHaveText(name(id));
  await expect(group.locator('summary')).toContainText('1 chosen');
  await expect(
    page.getByRole('heading', { name: `Moving from ${name(from.id)} to ${name(id)}` }),
  ).toBeVisible();
});

/** The comparison region's markup, without what drawing a chart adds or where its data lives. */
function drawnComparison(page: Page) {
  return view(page).evaluate((region) => {
    const copy = region.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('canvas, .chart-failed').forEach((n) => n.remove());
    for (const chart of copy.querySelectorAll('bar-chart'))
      for (const name of ['data-src', 'data-chart', 'data-spec', 'data-drawn', 'data-bars'])
        chart.removeAttribute(name);
    return copy.innerHTML;
  });
}

test.describe('the browser draws exactly what the build pre-renders', () => {
  for (const [a, b] of pairs) {
    test(`${a} vs ${b}`, async ({ page }) => {
      await page.goto(pairPath(a, b));
      const prerendered = await drawnComparison(page);
      await page.goto(`/compare/?models=${a},${b}`);
      await expect(columns(page)).toHaveText(['Fact', name(a), name(b)]);
      await expect(view(page)).not.toHaveAttribute('aria-busy');
      expect(await drawnComparison(page)).toBe(prerendered);
      // The source list is part of it: publisher and date, third-party marked.
      await expect(view(page).locator('.source-list li').first()).toContainText(' — ');
    });
  }
});

test.describe('pre-rendered comparisons without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [a, b] of pairs) {
    test(`${a} vs ${b} is complete`, async ({ page }) => {
      await page.goto(pairPath(a, b));
      await expect(page).toHaveTitle(new RegExp(`^${escape(`${name(a)} vs ${name(b)}`)}`));
      await expect(
        page.getByRole('heading', { name: `What changed from ${name(a)} to ${name(b)}` }),
      ).toBeVisible();
      await expect(columns(page)).toHaveText(['Fact', name(a), name(b)]);
      await expect(page.locator('.compare-table td .cite').first()).toBeVisible();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${escape(pairPath(a, b))}$`),
      );
    });
  }

  test('the reversed address leads to the canonical one', async ({ page }) => {
    await page.goto(pairPath(newest, v0));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${escape(pairPath(v0, newest))}$`),
    );
    await page.waitForURL(`**${pairPath(v0, newest)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${name(v0)} vs ${name(newest)}`,
    );
  });

  test('/compare/ says what needs JavaScript, and its form leads to a ready-made pair', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await expect(columns(page)).toHaveText(['Fact', name(v0), name(newest)]);
    await expect(page.locator('form.picker')).toBeHidden();
    await expect(page.getByText(/Choosing other models, .* needs JavaScript/)).toBeVisible();
    await page.getByRole('radio', { name: name(v1), exact: true }).check();
    const partners = page.getByRole('group', { name: `Compare ${name(v1)} with` });
    await partners.getByRole('button', { name: name(v2), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(pairPath(v1, v2))}(\\?.*)?$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name(v1)} vs ${name(v2)}`);
  });

  test('each line’s page lists every ready-made pair of it', async ({ page }) => {
    for (const { id } of lines) {
      await page.goto(linePagePath(id));
      const expected = linePairsOf(id).map(([a, b]) => pairPath(a, b));
      const links = page.getByRole('main').locator('ul a');
      expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
        expected,
      );
    }
  });

  test('"Only show differences" still hides rows that are the same everywhere', async ({
    page,
  }) => {
    await page.goto(pairPath(v0, v1));
    const modalities = page.getByRole('row', { name: /Input modalities/ });
    await page.getByRole('checkbox', { name: 'Only show differences' }).check();
    await expect(modalities).toBeHidden();
    await expect(page.getByRole('row', { name: /Context window/ })).toBeVisible();
  });

  test('an unknown comparison address points to /compare/ and to the ready-made pairs', async ({
    page,
  }) => {
    const response = await page.goto(`/compare/${v0}-vs-gpt-9-mini/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Compare any versions' }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
    await page.goBack();
    for (const { id } of lines)
      await expect(page.locator(`a[href="${linePagePath(id)}"]`)).toBeVisible();
  });
});

test('"Only show differences" hides rows that are the same everywhere', async ({ page }) => {
  await page.goto(pairPath(v0, v1));
  const rows = page.locator('.compare-table tbody tr:not(.group-row)');
  const all = await rows.count();
  const modalities = page.getByRole('row', { name: /Input modalities/ });
  await expect(modalities).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only show differences' }).check();
  await expect(modalities).toBeHidden();
  await expect(page.getByRole('row', { name: /Context window/ })).toBeVisible();
  expect(await rows.filter({ visible: true }).count()).toBeLessThan(all);
});

/** Replacement pairs whose compared facts both sides state (an unknown is shown as unknown). */
const comparable = replaced.filter(({ from: { data: f }, to }) =>
  [
    [f.pricing.input, to.pricing.input],
    [f.knowledgeCutoff, to.knowledgeCutoff],
    [f.features.fineTuning, to.features.fineTuning],
  ].every((facts) => facts.every((fact) => 'value' in fact)),
);

test.describe('a version and the model OpenAI lists as its replacement', () => {
  test('the content has such pairs with every compared fact known', () => {
    expect(comparable.length).toBeGreaterThan(0);
  });

  for (const { from, id, to } of comparable) {
    test(`${from.id} → ${id}: price, context, cutoff, features, what the move asks`, async ({
      page,
    }) => {
      await page.goto(pairPath(from.id, id));
      const changed = page.getByRole('region', { name: /What changed/ });
      const f = from.data;
      const [x, y] = [known(f.pricing.input), known(to.pricing.input)];
      await expect(changed).toContainText(
        `Input price per 1M tokens: ${formatUsd(x)} → ${formatUsd(y)} (${ratioText(x, y)})`,
      );
      const cutoffs = [known(f.knowledgeCutoff), known(to.knowledgeCutoff)].map(formatDate);
      await expect(changed).toContainText(`Knowledge cutoff: ${cutoffs.join(' → ')}`);
      await expect(changed).toContainText('Context window');
      const fineTuning = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Fine-tuning', exact: true }) })
        .getByRole('cell');
      await expect(fineTuning.nth(0)).toContainText(yesNo(known(f.features.fineTuning)));
      await expect(fineTuning.nth(1)).toContainText(yesNo(known(to.features.fineTuning)));
      const moving = page.getByRole('region', { name: `Moving from ${f.name} to ${to.name}` });
      const notes = migrationNotes(f, to);
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) await expect(moving).toContainText(note.text);
      await expect(page.getByRole('row', { name: /^Status/ })).toContainText(
        `→ ${id} (as of ${formatDate(builtDay())})`,
      );
    });
  }
});

for (const width of [360, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 780 } });

    const fitsTheScreen = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    const scrollsSideways = (box: Locator) =>
      box.evaluate((b: HTMLElement) => b.scrollWidth > b.clientWidth + 1);

    test('every ready-made pair fits without sideways scrolling', async ({ page }) => {
      for (const [a, b] of pairs) {
        await page.goto(pairPath(a, b));
        const box = page.getByRole('region', { name: 'Comparison table' });
        expect(await scrollsSideways(box), `${a} vs ${b}`).toBe(false);
        expect(await fitsTheScreen(page), `${a} vs ${b}`).toBe(true);
        await expect(page.getByText(/Scroll the table sideways/)).toBeHidden();
      }
    });

    test('the version names stay in view while reading down the table', async ({ page }) => {
      await page.goto(pairPath(v0, v1));
      const header = page
        .getByRole('region', { name: 'Comparison table' })
        .getByRole('columnheader', { name: name(v1) });
      await page.locator('.compare-table tbody tr').last().scrollIntoViewIfNeeded();
      await expect(header).toBeInViewport();
      const top = (await header.boundingBox())?.y ?? -1;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(5);
    });

    test('four models scroll sideways in their box, the facts pinned, with a cue', async ({
      page,
    }) => {
      await page.goto(`/compare/?models=${[v0, v1, v2, v3].join(',')}`);
      await expect(columns(page)).toHaveCount(5);
      const box = page.getByRole('region', { name: 'Comparison table' });
      await expect(page.getByText('Scroll the table sideways to see all 4 models →')).toBeVisible();
      expect(await scrollsSideways(box)).toBe(true);
      expect(await fitsTheScreen(page)).toBe(true);
      const fact = box.getByRole('rowheader', { name: 'Context window' });
      await fact.scrollIntoViewIfNeeded();
      const before = await fact.boundingBox();
      await box.evaluate((b: HTMLElement) => b.scrollTo({ left: b.scrollWidth }));
      await expect(box.getByRole('columnheader', { name: name(v3) })).toBeInViewport();
      await expect(box.getByRole('columnheader', { name: name(v0) })).not.toBeInViewport();
      expect((await fact.boundingBox())?.x).toBe(before?.x);
      // Reading down inside the box, the names stay on top of it.
      await box.evaluate((b: HTMLElement) => b.scrollTo({ top: b.scrollHeight }));
      await expect(fact).not.toBeInViewport();
      await expect(box.getByRole('columnheader', { name: name(v3) })).toBeInViewport();
      await expect(box.getByRole('columnheader', { name: 'Fact' })).toBeInViewport();
    });

    test('the compare page does not shift as it loads, with or without a choice', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) w.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const [path, last] of [
        ['/compare/', newest],
        [`/compare/?models=${v1},${v2}`, v2],
      ] as const) {
        await page.goto(path);
        await expect(columns(page).last()).toHaveText(name(last));
        await page.waitForLoadState('networkidle');
        // Two frames, so any shift from the last change has been recorded.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      }
    });
  });
}

test('on a desktop four models fit, with no cue to scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/compare/?models=${[v0, v1, v2, v3].join(',')}`);
  await expect(columns(page)).toHaveCount(5);
  const box = page.getByRole('region', { name: 'Comparison table' });
  expect(await box.evaluate((b: HTMLElement) => b.scrollWidth <= b.clientWidth)).toBe(true);
  await expect(page.getByText(/Scroll the table sideways/)).toBeHidden();
  await page.locator('.compare-table tbody tr').last().scrollIntoViewIfNeeded();
  await expect(page.getByRole('columnheader', { name: name(v3) })).toBeInViewport();
});

test('a selection loads only its own files: at most 50 KB gzip for any four', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/compare/') && path.endsWith('.json')) loaded.push(path);
  });
  await page.goto('/compare/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  const gzip = (path: string) => gzipSync(readFileSync(join(PROJECT_ROOT, 'dist', path))).length;
  // The four largest files in the catalog: the heaviest selection there is.
  const heaviest = [...names.keys()]
    .map((id) => ({ id, size: gzip(dataPath(id)) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 4)
    .map((f) => f.id);
  await page.goto(`/compare/?models=${heaviest.join(',')}`);
  await expect(columns(page)).toHaveCount(5);
  expect(loaded.toSorted()).toEqual(heaviest.map(dataPath).toSorted());
  // Opening a closed group loads its list of models, and nothing else.
  const group =
    (await page.locator('details.group:not([open])').first().getAttribute('data-group')) ?? '';
  const closed = page.locator(`details.group[data-group="${group}"]`);
  await closed.locator('summary').click();
  await expect(closed.getByRole('checkbox').first()).toBeVisible();
  expect(loaded.toSorted()).toEqual([...heaviest.map(dataPath), groupPath(group)].toSorted());
  const bytes = loaded.reduce((sum, path) => sum + gzip(path), 0);
  expect(bytes).toBeLessThanOrEqual(50 * 1024);
});

test('model pages link to comparisons with the previous version and the newest', async ({
  page,
}) => {
  await page.goto(`/models/${v2}/`);
  await page.getByRole('link', { name: `Compare with the previous version, ${name(v1)}` }).click();
  await expect(page).toHaveURL(pairPath(v1, v2));
  await page.goto(`/models/${v0}/`);
  await page
    .getByRole('link', { name: `Compare with the newest in the line, ${name(newest)}` })
    .click();
  await expect(page).toHaveURL(pairPath(v0, newest));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a comparison drawn in the browser is axe-clean (${colorScheme})`, async ({ page }) => {
    // Four models, a migration and an open group make a long page for axe to check.
    test.slow();
    await page.emulateMedia({ colorScheme });
    const { from, id } = listed;
    const others = [v0, v1, v2].filter((v) => v !== from.id).slice(0, 2);
    await page.goto(`/compare/?models=${[...others, from.id, id].join(',')},gpt-9-mini`);
    await expect(columns(page)).toHaveCount(5);
    await expect(page.getByRole('alert')).toBeVisible();
    await page.locator('details.group:not([open]) summary').first().click();
    await expect(page.locator('details.group[open] input').first()).toBeVisible();
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

/** The provider #18 is about: its dates differ from OpenAI's, model by model. */
const AZURE = 'azure';
const providerContent = realProviderContent();
/** A model's own Azure row, as content gives it, with its status on the build's day. */
function azureRow(id: string) {
  const file = providerContent.availability.get(id);
  const rows = file
    ? providerRows(
        file.providers,
        providerContent.providers,
        providerContent.openai.get(id),
        builtDay(),
      )
    : [];
  const view = rows.find((r) => r.provider.id === AZURE);
  const row = view?.row;
  if (!view || row?.offer !== 'offered' || !('value' in row.lifecycle.retirement)) return undefined;
  return { date: row.lifecycle.retirement.value, sentence: standingSentence(view.standing) };
}
/** The first ready-made pair whose two models Azure retires on days of its own, apart. */
const azurePair = pairs.find(([a, b]) => {
  const [x, y] = [azureRow(a), azureRow(b)];
  return x && y && x.date !== y.date;
});

test.describe("where to run it: each model's own Azure date, in the table", () => {
  if (!azurePair) throw new Error('These tests need a pair that Azure retires on different days');
  const [a, b] = azurePair;
  const expected = [a, b].map((id) => azureRow(id)) as { date: string; sentence: string }[];
  const azureName = providerContent.providers.get(AZURE)?.name ?? AZURE;

  async function showsAzureDates(page: Page) {
    await expect(columns(page)).toHaveText(['Fact', name(a), name(b)]);
    const group = view(page)
      .locator('.compare-table tbody')
      .filter({ has: page.getByRole('columnheader', { name: 'Where to run it' }) });
    const row = group.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: azureName, exact: true }),
    });
    const cells = row.getByRole('cell');
    await expect(cells).toHaveCount(2);
    for (const [i, { date, sentence }] of expected.entries()) {
      // The day as content gives it, worded as every other view words it, with its source.
      await expect(cells.nth(i)).toContainText(`Retires ${formatDate(date)}`);
      await expect(cells.nth(i)).toContainText(sentence);
      await expect(cells.nth(i).locator('.cite')).not.toHaveCount(0);
    }
  }

  for (const width of [390, 1280]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });
      const fits = async (page: Page) => {
        if (width > 390) return;
        const box = page.getByRole('region', { name: 'Comparison table' });
        expect(await box.evaluate((el: HTMLElement) => el.scrollWidth <= el.clientWidth + 1)).toBe(
          true,
        );
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        ).toBe(true);
      };

      test.describe('without JavaScript', () => {
        test.use({ javaScriptEnabled: false });
        test(`${a} vs ${b}, pre-rendered`, async ({ page }) => {
          await page.goto(pairPath(a, b));
          await showsAzureDates(page);
          await fits(page);
        });
      });

      test(`${a} vs ${b}, drawn in the browser`, async ({ page }) => {
        await page.goto(`/compare/?models=${a},${b}`);
        await expect(view(page)).not.toHaveAttribute('aria-busy');
        await showsAzureDates(page);
        await fits(page);
      });
    });
  }
});
