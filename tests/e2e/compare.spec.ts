import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { canonicalPairs, pairPath } from '../../src/lib/compare.ts';
import { compareData } from '../support/compare.ts';

const data = compareData();
const name = (id: string) => data.models.find((m) => m.id === id)?.name ?? id;
const columns = (page: Page) =>
  page.locator('.compare-output .compare-table thead th[scope="col"]');

test('choosing versions updates the table and the address', async ({ page }) => {
  await page.goto('/compare/');
  await expect(columns(page)).toHaveText(['Fact', name('gpt-4o-mini'), name('gpt-5.4-mini')]);
  await page.getByRole('checkbox', { name: name('gpt-4.1-mini') }).check();
  await expect(page).toHaveURL(/\?models=gpt-4o-mini,gpt-4\.1-mini,gpt-5\.4-mini$/);
  await expect(columns(page)).toHaveText([
    'Fact',
    name('gpt-4o-mini'),
    name('gpt-4.1-mini'),
    name('gpt-5.4-mini'),
  ]);
  await page.getByRole('checkbox', { name: name('gpt-4o-mini') }).uncheck();
  await expect(page).toHaveURL(/\?models=gpt-4\.1-mini,gpt-5\.4-mini$/);
  await expect(
    page.getByRole('heading', {
      name: `What changed from ${name('gpt-4.1-mini')} to ${name('gpt-5.4-mini')}`,
    }),
  ).toBeVisible();
});

test('the checkboxes work from the keyboard', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByRole('checkbox', { name: name('gpt-5-mini') }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/gpt-5-mini/);
  await expect(columns(page)).toHaveCount(4);
});

test('a shared address restores the comparison, in its order, with a chart of shared benchmarks', async ({
  page,
}) => {
  await page.goto('/compare/?models=gpt-4.1-mini,gpt-4o-mini');
  await expect(columns(page)).toHaveText(['Fact', name('gpt-4.1-mini'), name('gpt-4o-mini')]);
  await expect(page.getByRole('checkbox', { name: name('gpt-4o-mini') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: name('gpt-5-mini') })).not.toBeChecked();
  const chart = page.locator('.compare-output bar-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', '');
  expect(Number(await chart.getAttribute('data-bars'))).toBeGreaterThan(4);
});

test('back and forward move through the choices', async ({ page }) => {
  await page.goto('/compare/?models=gpt-4o-mini,gpt-5-mini');
  // Wait for this address's comparison, not the pre-rendered default (GPT-4o mini vs the latest).
  await expect(columns(page)).toHaveText(['Fact', name('gpt-4o-mini'), name('gpt-5-mini')]);
  await expect(page.getByRole('checkbox', { name: name('gpt-5.4-mini') })).not.toBeChecked();
  await page.getByRole('checkbox', { name: name('gpt-5.4-mini') }).check();
  await expect(columns(page)).toHaveCount(4);
  await page.goBack();
  await expect(page).toHaveURL(/\?models=gpt-4o-mini,gpt-5-mini$/);
  await expect(columns(page)).toHaveText(['Fact', name('gpt-4o-mini'), name('gpt-5-mini')]);
  await expect(page.getByRole('checkbox', { name: name('gpt-5.4-mini') })).not.toBeChecked();
  await page.goForward();
  await expect(columns(page)).toHaveCount(4);
});

test('unknown and repeated ids get a clear message, not a blank page', async ({ page }) => {
  await page.goto('/compare/?models=gpt-4o-mini,gpt-9-mini,gpt-4o-mini,gpt-5-mini');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“gpt-9-mini” is not a version in this catalog.');
  await expect(alert).toContainText('“gpt-4o-mini” is listed more than once');
  await expect(columns(page)).toHaveText(['Fact', name('gpt-4o-mini'), name('gpt-5-mini')]);

  await page.goto('/compare/?models=gpt-9-mini');
  await expect(page.getByRole('alert')).toContainText('Choose at least 2 versions to compare.');
  await expect(page.locator('.compare-output')).toContainText('Choose at least two versions');
});

test('"Only show differences" hides rows that are the same everywhere', async ({ page }) => {
  await page.goto('/compare/gpt-4o-mini-vs-gpt-4.1-mini/');
  const rows = page.locator('.compare-table tbody tr:not(.group-row)');
  const all = await rows.count();
  const modalities = page.getByRole('row', { name: /Input modalities/ });
  await expect(modalities).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only show differences' }).check();
  await expect(modalities).toBeHidden();
  await expect(page.getByRole('row', { name: /Context window/ })).toBeVisible();
  expect(await rows.filter({ visible: true }).count()).toBeLessThan(all);
});

test.describe('pre-rendered comparisons without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [a, b] of canonicalPairs(data.models)) {
    test(`${a} vs ${b} is complete`, async ({ page }) => {
      await page.goto(pairPath(a, b));
      await expect(page).toHaveTitle(new RegExp(`^${name(a)} vs ${name(b)}`));
      await expect(
        page.getByRole('heading', { name: `What changed from ${name(a)} to ${name(b)}` }),
      ).toBeVisible();
      await expect(page.locator('.compare-table thead th[scope="col"]')).toHaveText([
        'Fact',
        name(a),
        name(b),
      ]);
      await expect(page.locator('.compare-table td .cite').first()).toBeVisible();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${pairPath(a, b)}$`),
      );
    });
  }

  test('the reversed address leads to the canonical one', async ({ page }) => {
    await page.goto('/compare/gpt-5.4-mini-vs-gpt-4o-mini/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/compare\/gpt-4o-mini-vs-gpt-5\.4-mini\/$/,
    );
    await page.waitForURL('**/compare/gpt-4o-mini-vs-gpt-5.4-mini/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${name('gpt-4o-mini')} vs ${name('gpt-5.4-mini')}`,
    );
  });

  test('/compare/ shows its default comparison and the ready-made ones', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('.compare-table thead th[scope="col"]')).toHaveCount(3);
    await expect(
      page.getByRole('link', { name: `${name('gpt-4o-mini')} vs ${name('gpt-4.1-mini')}` }),
    ).toBeVisible();
  });
});

test('model pages link to comparisons with the previous version and the newest', async ({
  page,
}) => {
  await page.goto('/models/gpt-5-mini/');
  await page
    .getByRole('link', { name: `Compare with the previous version, ${name('gpt-4.1-mini')}` })
    .click();
  await expect(page).toHaveURL(pairPath('gpt-4.1-mini', 'gpt-5-mini'));
  await page.goto('/models/gpt-4o-mini/');
  await page
    .getByRole('link', { name: `Compare with the newest in the line, ${name('gpt-5.4-mini')}` })
    .click();
  await expect(page).toHaveURL(pairPath('gpt-4o-mini', 'gpt-5.4-mini'));
});

test.describe('"Only show differences" without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('still hides rows that are the same everywhere', async ({ page }) => {
    await page.goto('/compare/gpt-4o-mini-vs-gpt-4.1-mini/');
    const modalities = page.getByRole('row', { name: /Input modalities/ });
    await page.getByRole('checkbox', { name: 'Only show differences' }).check();
    await expect(modalities).toBeHidden();
    await expect(page.getByRole('row', { name: /Context window/ })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a comparison drawn in the browser is axe-clean (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/compare/?models=gpt-4o-mini,gpt-4.1-mini,gpt-9-mini');
    await expect(columns(page)).toHaveText(['Fact', name('gpt-4o-mini'), name('gpt-4.1-mini')]);
    await expect(page.getByRole('alert')).toBeVisible();
    const chart = page.locator('.compare-output bar-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', '');
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
