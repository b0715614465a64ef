/**
 * The home page's lineage table on a phone: its rows are laid out as cards, and it is still a table
 * to assistive technology. Read from Chromium's own accessibility tree (over the DevTools
 * protocol, not recomputed from the DOM), at 390 px against 1280 px: the same table, the same
 * column and row headers, every cell; nothing scrolls sideways; axe finds nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { membersOf, newestFirst } from '../../src/lib/lineage/members.ts';
import { FEATURED_LINE } from '../../src/site.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
// The home page's table is the featured line's.
const line = content.lines.get(FEATURED_LINE);
if (!line) throw new Error(`No line ${FEATURED_LINE} in the content`);
const versions = newestFirst(membersOf(line, [...content.models.values()]));

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The lineage table as Chromium exposes it: its name, headers and each row's cell roles. */
async function tableInTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const table = nodes.find(
    (n) => n.role?.value === 'table' && n.name?.value.startsWith(`${line?.name} — every version`),
  );
  if (!table) return null;
  /** Descendants in tree order; ignored nodes are passed through, as assistive technology does. */
  const below = (node: AXNode): AXNode[] =>
    (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? [child, ...below(child)] : [];
    });
  const inTable = below(table).filter((n) => !n.ignored);
  const named = (role: string) =>
    inTable.filter((n) => n.role?.value === role).map((n) => (n.name?.value ?? '').trim());
  const rows = inTable
    .filter((n) => n.role?.value === 'row')
    .map((row) =>
      below(row)
        .filter(
          (n) => !n.ignored && ['cell', 'rowheader', 'columnheader'].includes(n.role?.value ?? ''),
        )
        .map((n) => n.role?.value),
    );
  await cdp.detach();
  return {
    name: table.name?.value,
    columnHeaders: named('columnheader'),
    rowHeaders: named('rowheader'),
    rows,
  };
}

test('on a phone the lineage table is still a table, with the same headers and cells', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const desktop = await tableInTree(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // The phone layout is in force: rows are cards, laid out as a grid.
  const row = page.locator('table.lineage tbody tr').first();
  await expect(row).toHaveCSS('display', 'grid');
  const phone = await tableInTree(page);

  expect(desktop).not.toBeNull();
  expect(phone).toEqual(desktop);
  expect(phone?.rowHeaders.map((h) => h.replace(/\s*Newest in line$/, ''))).toEqual(
    versions.map((v) => v.data.name),
  );
  // Every column has its header; each row is a row header and a cell for each other column.
  const columns = await page.locator('table.lineage thead th').count();
  expect(phone?.columnHeaders).toHaveLength(columns);
  expect(phone?.columnHeaders[0]).toBe('Version');
  expect(phone?.rows).toEqual([
    Array<string>(columns).fill('columnheader'),
    ...versions.map(() => ['rowheader', ...Array<string>(columns - 1).fill('cell')]),
  ]);
});

test('on a phone the lineage table shows every value without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const table = page.locator('table.lineage');
  const fits = await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0));
  expect(fits).toBe(true);
  // Each cell is on screen, within the width, with its label ("Released", "Input", …).
  const cells = await table.locator('tbody td').all();
  expect(cells.length).toBeGreaterThan(versions.length * 7);
  for (const cell of cells) {
    const box = await cell.boundingBox();
    expect(box && box.width > 0 && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(`"${await cell.getAttribute('data-label')}"`);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home page on a phone is axe-clean (${colorScheme})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const results = await new AxeBuilder({ page })
      .include('table.lineage')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
