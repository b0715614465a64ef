/**
 * The whole family, as a reader arriving with a model id meets it: the "paste your model id" field
 * with and without JavaScript, a member that has shut down, a member whose replacement is another
 * member, a model priced in several kinds of token, and the family on a phone. Which models play
 * each part comes from the content through the lifecycle rules, never typed here.
 */
import { expect, test, type Page } from '@playwright/test';
import { ratioText } from '../../src/lib/compare/change.ts';
import { formatDate, formatUsd } from '../../src/lib/format.ts';
import { TOKEN_KIND_LABELS } from '../../src/lib/labels.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { linePath, modelPagePath } from '../../src/lib/paths.ts';
import { FEATURED_LINE } from '../../src/site.ts';
import { builtDays } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** Every member with its line and its state on the day the site was built. */
const members = [...content.lines].flatMap(([lineId, line]) =>
  line.members.map((id) => {
    const model = content.models.get(id)?.data;
    if (!model) throw new Error(`${lineId} lists ${id}, which has no model file`);
    return { id, lineId, model, state: lifecycleState(model.lifecycle, builtDays(line.verified)) };
  }),
);
const memberIds = new Set(members.map((m) => m.id));

const shutDown = members.find((m) => m.state.phase === 'shut-down' && m.state.shutdown);
const replacedByMember = members.find(
  (m) => m.state.replacement && memberIds.has(m.state.replacement),
);
const snapshotOf = members.find((m) => m.model.snapshots.length > 0);
const [notModelId, notModel] = [...content.notModels][0] ?? [];
/** A model with a price for audio or image tokens that a source states. */
const multiKind = members.flatMap((m) =>
  (['audio', 'image'] as const).flatMap((kind) => {
    const rates = m.model.pricing[kind];
    const known = rates && [rates.input, rates.output].find((rate) => 'value' in rate);
    return known && 'value' in known ? [{ ...m, kind, usd: known.value }] : [];
  }),
)[0];

/** The known audio output rate of a member, if its sources state one. */
const audioOutput = (id: string) => {
  const rate = content.models.get(id)?.data.pricing.audio?.output;
  return rate && 'value' in rate ? rate.value : undefined;
};
/**
 * A model whose output is audio priced by its sources, with no text output price, replaced by a
 * member with an audio output price too (a text-to-speech model and its realtime replacement).
 */
const speaks = members.find(
  (m) =>
    audioOutput(m.id) !== undefined &&
    !('value' in m.model.pricing.output) &&
    m.state.phase !== 'shut-down' &&
    m.state.replacement !== undefined &&
    audioOutput(m.state.replacement) !== undefined,
);

test('the content has every part these tests play', () => {
  expect(shutDown, 'a member that has shut down').toBeDefined();
  expect(replacedByMember, 'a member whose replacement is a member').toBeDefined();
  expect(snapshotOf, 'a member with a dated snapshot').toBeDefined();
  expect(notModelId, 'an id that is not a model').toBeDefined();
  expect(multiKind, 'a model priced in audio or image tokens').toBeDefined();
  expect(speaks, 'a model priced by its audio output, replaced by one priced so too').toBeDefined();
});

async function lookUp(page: Page, id: string) {
  const field = page.getByRole('textbox', { name: 'Paste a model id' }).first();
  await field.fill(id);
  await field.press('Enter');
}

for (const screen of SCREENS) {
  test.describe(`${screen.width} px`, () => {
    test.use({ viewport: screen });

    test('a pasted alias or dated snapshot opens its model page', async ({ page }) => {
      if (!shutDown || !snapshotOf) throw new Error('missing content');
      await page.goto('/');
      await lookUp(page, `  ${shutDown.id}  `);
      await expect(page).toHaveURL(new RegExp(`${modelPagePath(shutDown.id)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shutDown.model.name);

      const snapshot = snapshotOf.model.snapshots[0]?.id ?? '';
      await page.goto('/');
      await lookUp(page, snapshot);
      await expect(page).toHaveURL(new RegExp(`${modelPagePath(snapshotOf.id)}$`));
    });

    test('an id that is not a model is answered beside the field, with the source', async ({
      page,
    }) => {
      if (!notModelId || !notModel) throw new Error('missing content');
      const source = content.sources.get(notModel.said.source);
      await page.goto('/');
      await lookUp(page, notModelId);
      const answer = page.locator('.id-lookup-result').first();
      await expect(answer).toContainText(notModelId);
      await expect(answer).toContainText(notModel.said.value);
      await expect(answer.getByRole('link', { name: 'Read the source' })).toHaveAttribute(
        'href',
        source?.url ?? '',
      );
      // Answered in place: the reader stays where they typed.
      await expect(page).toHaveURL(/\/$/);
    });

    test('an unknown id is said to be unknown, with the nearest ids and the full list', async ({
      page,
    }) => {
      if (!shutDown) throw new Error('missing content');
      await page.goto('/');
      // One letter off a real id: the nearest ids include it.
      const typo = `${shutDown.id}x`;
      await lookUp(page, typo);
      const answer = page.locator('.id-lookup-result').first();
      await expect(answer).toContainText(`“${typo}” is not in this catalog.`);
      await expect(answer.locator('code', { hasText: new RegExp(`^${shutDown.id}$`) })).toHaveCount(
        1,
      );
      await expect(
        answer.getByRole('link', { name: 'Every id this catalog knows' }),
      ).toHaveAttribute('href', '/models/');
    });

    test("a model page's field answers on the list of every id, with no script of its own", async ({
      page,
    }) => {
      if (!shutDown || !notModelId || !notModel) throw new Error('missing content');
      const from = members.find((m) => m.id !== shutDown.id);
      if (!from) throw new Error('missing content');
      await page.goto(modelPagePath(from.id));
      // The model page loads no lookup code: the form goes to /models/, which answers.
      await expect(page.locator('id-lookup')).toHaveCount(0);
      const field = page.getByRole('textbox', { name: 'Another model? Paste its id' });
      await field.fill(`  ${shutDown.id.toUpperCase()} `);
      await field.press('Enter');
      await expect(page).toHaveURL(/\/models\/\?id=/);
      const answer = page.locator('.id-lookup-result').first();
      await expect(answer).toContainText(shutDown.id);
      await answer.getByRole('link', { name: 'Open its page' }).click();
      await expect(page).toHaveURL(new RegExp(`${modelPagePath(shutDown.id)}$`));

      // An id that is not a model: what the source says, on the same list page.
      await page.goto(modelPagePath(from.id));
      await field.fill(notModelId);
      await field.press('Enter');
      await expect(answer).toContainText(notModel.said.value);
    });

    test('a shut-down member says so, with its date, its replacement and the day checked', async ({
      page,
    }) => {
      if (!shutDown?.state.shutdown) throw new Error('missing content');
      await page.goto(modelPagePath(shutDown.id));
      const banner = page.locator('.lifecycle-banner');
      await expect(banner).toContainText('Shut down');
      await expect(banner).toContainText(formatDate(shutDown.state.shutdown.date));
      await expect(page.locator('main')).not.toContainText(/days? left|shuts down in/i);
    });

    test("a member whose replacement is another member links that member's page", async ({
      page,
    }) => {
      if (!replacedByMember?.state.replacement) throw new Error('missing content');
      const to = replacedByMember.state.replacement;
      await page.goto(modelPagePath(replacedByMember.id));
      const link = page.locator(`main a[href="${modelPagePath(to)}"]`).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${modelPagePath(to)}$`));
    });

    test('each kind of token is priced in its own row, never added to another', async ({
      page,
    }) => {
      if (!multiKind) throw new Error('missing content');
      await page.goto(modelPagePath(multiKind.id));
      const table = page.locator('table.standard-rates');
      const row = table.getByRole('row', { name: new RegExp(TOKEN_KIND_LABELS[multiKind.kind]) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(formatUsd(multiKind.usd));
      await expect(table.getByRole('row', { name: /Text tokens/ })).toHaveCount(1);
    });

    test('a model whose output is audio is priced by it, and its replacement by the same', async ({
      page,
    }) => {
      const to = speaks?.state.replacement;
      const was = speaks ? audioOutput(speaks.id) : undefined;
      const will = to === undefined ? undefined : audioOutput(to);
      if (!speaks || was === undefined || will === undefined) throw new Error('missing content');
      await page.goto(modelPagePath(speaks.id));
      // The summary's output is the audio rate, named, not an unknown text rate.
      const output = page.locator('.model-summary div').filter({ hasText: /^Output/ });
      await expect(output.locator('dd')).toHaveText(
        new RegExp(`^audio ${RegExp.escape(formatUsd(was))}`),
      );
      await expect(output).not.toContainText('Not stated');
      const banner = page.locator('.lifecycle-banner');
      await expect(banner).toContainText(`${formatUsd(will)} audio output`);
      await banner.getByText('What changes if you move').click();
      await expect(banner).toContainText(
        `Audio output: ${formatUsd(will)} per 1M audio tokens ` +
          `(${ratioText(was, will)} than ${speaks.model.name}'s ` +
          `${formatUsd(was)} per 1M audio tokens)`,
      );
      // The family's list of what is going away prices the replacement the same way.
      await page.goto('/');
      const item = page
        .locator('.line-lifecycle li')
        .filter({ hasText: speaks.model.name })
        .first();
      await expect(item).toContainText(`${formatUsd(will)} audio output`);
    });

    test('the home page shows every line without scrolling sideways', async ({ page }) => {
      await page.goto('/');
      const family = page.locator('section.family');
      for (const [lineId, line] of content.lines) {
        const heading = new RegExp(`^${RegExp.escape(line.name)} \\d+ models?$`);
        await expect(family.getByRole('heading', { name: heading })).toHaveCount(1);
        if (lineId !== FEATURED_LINE)
          await expect(family.locator(`a[href="${linePath(lineId)}"]`).first()).toBeVisible();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test.describe(`${screen.width} px, without JavaScript`, () => {
    test.use({ viewport: screen, javaScriptEnabled: false });

    test('the field submits to the list of every id, which holds the id typed', async ({
      page,
    }) => {
      if (!shutDown) throw new Error('missing content');
      await page.goto('/');
      await lookUp(page, shutDown.id);
      await expect(page).toHaveURL(new RegExp(`/models/\\?id=${shutDown.id}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every model id');
      await expect(
        page.locator(`table.ids a[href="${modelPagePath(shutDown.id)}"]`).first(),
      ).toBeVisible();
    });

    test("a model page's field submits to the same list", async ({ page }) => {
      if (!shutDown) throw new Error('missing content');
      const from = members.find((m) => m.id !== shutDown.id);
      if (!from) throw new Error('missing content');
      await page.goto(modelPagePath(from.id));
      const field = page.getByRole('textbox', { name: 'Another model? Paste its id' });
      await field.fill(shutDown.id);
      await field.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/models/\\?id=${shutDown.id}$`));
      await expect(
        page.locator(`table.ids a[href="${modelPagePath(shutDown.id)}"]`).first(),
      ).toBeVisible();
    });
  });
}
