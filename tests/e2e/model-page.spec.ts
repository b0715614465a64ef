import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatDate, formatTokens, formatUsd } from '../../src/lib/format.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { statusText } from '../../src/lib/lifecycle/wording.ts';
import { builtDays } from '../support/build-days.ts';
import type { Model } from '../../src/schemas/index.ts';
import { loadContent } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const content = loadContent();
const days = builtDays(content.lines.get('gpt-mini')?.verified ?? '');
const factsPath = join(
  process.env['FACTS_DIR'] ?? join(PROJECT_ROOT, '..', 'shared/data'),
  'gpt-mini-facts.json',
);
// On CI the facts file must be there: its cross-check may never pass by not running.
if (!existsSync(factsPath) && process.env['CI']) throw new Error(`${factsPath} is missing`);
const facts = existsSync(factsPath)
  ? (JSON.parse(readFileSync(factsPath, 'utf8')) as {
      models: { id: string; released: string; values: Record<string, { value: unknown }> }[];
    })
  : undefined;

/** The sections a model page has, in order: those that only apply to some models only there. */
const sectionsOf = (model: Model) =>
  (
    [
      ['Overview', true],
      ['Lifecycle', true],
      ['Pricing', true],
      ['Key facts', true],
      ['Capabilities', true],
      ['Benchmarks', model.benchmarks.length > 0],
      ['Strengths', model.strengths.length > 0],
      ['Best for', model.bestFor.length > 0],
      ['Where to run it', true],
      ['Lineage', true],
      ['FAQ', true],
      ['Sources', true],
    ] as const
  ).flatMap(([title, applies]) => (applies ? [title] : []));

if (facts)
  test('the facts file holds every model of the GPT mini line, so each gets its check', () => {
    const line = content.lines.get('gpt-mini');
    expect(line?.members.length).toBeGreaterThan(0);
    expect(line?.members.filter((id) => !facts.models.some((m) => m.id === id))).toEqual([]);
  });

for (const [id, { data: model }] of content.models) {
  test.describe(`${model.name} page`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/models/${id}/`);
    });

    test('has every section, pricing before benchmarks, a shutdown banner first', async ({
      page,
    }) => {
      const state = lifecycleState(model.lifecycle, days);
      const banner = state.shutdown ? [statusText(state)] : [];
      await expect(page.getByRole('heading', { level: 2 })).toHaveText([
        ...banner,
        ...sectionsOf(model),
      ]);
    });

    // The base file holds the GPT mini line, and only its models get this test; the rest of the
    // family is cross-checked in tests/unit/facts-file-2026-12.test.ts.
    const fm = facts?.models.find((m) => m.id === id);
    if (fm)
      test('shows key facts that match the facts file', async ({ page }) => {
        const keyFacts = page.locator('table.key-facts');
        const row = (label: string) =>
          keyFacts
            .getByRole('row')
            .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
        await expect(row('Released')).toContainText(formatDate(fm.released));
        await expect(row('Context window')).toContainText(
          formatTokens(fm.values['context_window_tokens']?.value as number),
        );
        await expect(row('Max output')).toContainText(
          formatTokens(fm.values['max_output_tokens']?.value as number),
        );
        await expect(row('Parameters')).toContainText('Not disclosed');
        const pricing = page.locator('#pricing').locator('..');
        for (const key of [
          'price_input_per_1m_usd',
          'price_cached_input_per_1m_usd',
          'price_output_per_1m_usd',
        ]) {
          await expect(pricing).toContainText(formatUsd(fm.values[key]?.value as number));
        }
      });

    test('gives every key fact a source marker or says it is unknown', async ({ page }) => {
      const cells = page.locator('table.key-facts td');
      const count = await cells.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        const cell = cells.nth(i);
        const cited = (await cell.locator('.cite').count()) > 0;
        const unknown = (await cell.locator('.fact-unknown').count()) > 0;
        expect(cited || unknown, await cell.innerText()).toBe(true);
      }
    });

    // Only a page with third-party benchmark scores or prices has this test to pass.
    const medium =
      model.benchmarks.filter((s) => s.confidence === 'medium').length +
      model.pricing.tiers.filter((t) => t.confidence === 'medium').length;
    if (medium > 0)
      test('marks third-party facts visibly', async ({ page }) => {
        // Visible ones: the blocks kept for a reader's provider choice are hidden until chosen.
        const marks = page.getByText('third-party', { exact: true }).filter({ visible: true });
        await expect(marks.first()).toBeVisible();
      });

    test('links every source marker to a listed source with an address', async ({ page }) => {
      const markers = page.locator('.cite a');
      const hrefs = new Set(
        await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
      );
      for (const href of hrefs) {
        const item = page.locator(`[id="${href.slice(1)}"]`);
        await expect(item).toHaveCount(1);
        await expect(item.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
      }
    });

    test('links to its neighbours in the line', async ({ page }) => {
      const lineage = page.getByRole('navigation', { name: 'Lineage' });
      await expect(lineage.locator('[aria-current="page"]')).toHaveText(model.name);
    });
  });
}
