import { expect, test } from '@playwright/test';
import { formatTokens, formatUsd } from '../../src/lib/format.ts';
import { unknownLabel } from '../../src/lib/labels.ts';
import { membersOf, newestFirst } from '../../src/lib/lineage/members.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const line = content.lines.get('gpt-mini');
if (!line) throw new Error('line missing');
const newest = newestFirst(membersOf(line, [...content.models.values()]));

test('the lineage table lists all versions newest first, the newest qualified by its line', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GPT mini — every version');
  const table = page.getByRole('table', { name: /every version/ });
  const rowHeaders = table.getByRole('rowheader');
  await expect(rowHeaders).toHaveCount(newest.length);
  for (const [i, model] of newest.entries()) {
    await expect(rowHeaders.nth(i).getByRole('link')).toHaveText(model.data.name);
  }
  await expect(rowHeaders.nth(0)).toContainText('Newest in line');
  await expect(table.getByText('Newest in line', { exact: true })).toHaveCount(1);
});

test('each row shows the version’s figures with source markers', async ({ page }) => {
  await page.goto('/');
  for (const model of newest) {
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: model.data.name, exact: true }) });
    const { contextWindow, pricing } = model.data;
    // A known value is shown formatted; an unknown one says why, never a blank or a zero.
    const cells = [
      [contextWindow, formatTokens],
      [pricing.input, formatUsd],
      [pricing.output, formatUsd],
    ] as const;
    for (const [fact, format] of cells) {
      const text = 'value' in fact ? format(fact.value) : unknownLabel(fact.unknown);
      await expect(row).toContainText(text);
    }
    expect(await row.locator('.cite').count()).toBeGreaterThanOrEqual(8);
  }
});

test('every version link opens its page', async ({ page }) => {
  // A page load and a click per version: seconds alone, far more on a loaded machine.
  test.slow();
  for (const model of newest) {
    await page.goto('/');
    await page.getByRole('table').getByRole('link', { name: model.data.name, exact: true }).click();
    await expect(page).toHaveURL(`/models/${model.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(model.data.name);
  }
});

test('the table scrolls inside itself on a phone, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  await expect(page.getByRole('rowheader').first()).toBeVisible();
});
