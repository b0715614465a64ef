/**
 * "I use …": a reader on Azure turns "what is going away" to Azure's own dates, from the home
 * page, a line page or a model page, on a phone and a desktop, with and without JavaScript (the
 * choice is links). Azure's page lists what it retires soonest first, each date beside OpenAI's
 * with the days left on the build's day, and says what a provider does not offer. Dates are read
 * from the content (cross-checked against the provider file in tests/unit/providers-file.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/format.ts';
import {
  providerDaysLeftText,
  standingSentence,
  uncheckedAtChosenText,
} from '../../src/lib/providers/wording.ts';
import { daysBetween } from '../../src/lib/lifecycle/days.ts';
import { TEST_BUILD_DAY } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';
import { realProviderContent } from '../support/provider-content.ts';

const { availability, models } = realProviderContent();
/** Azure's retirement day of each model that has one, soonest first. */
const azureDates = [...availability]
  .flatMap(([id, file]) => {
    const row = file.providers.find((r) => r.provider === 'azure');
    return row?.offer === 'offered' && 'value' in row.lifecycle.retirement
      ? [{ id, date: row.lifecycle.retirement.value }]
      : [];
  })
  .filter((d) => d.date > TEST_BUILD_DAY)
  .toSorted((a, b) => a.date.localeCompare(b.date));
const first = azureDates[0];
const notOnCopilot = [...availability].find(
  ([, file]) =>
    file.providers.find((r) => r.provider === 'github-copilot')?.offer === 'not-offered',
)?.[0];

/** A model OpenRouter serves with no retirement date stated, and its row there. */
const undatedOnOpenRouter = models.flatMap((m) => {
  const view = m.rows.find((r) => r.provider.id === 'openrouter');
  return view?.standing.offer === 'offered' && view.standing.retirement === undefined
    ? [{ id: m.id, view }]
    : [];
})[0];
/** A model with a page that the provider check did not cover at Azure. */
const catalog = loadContent();
const uncheckedOnAzure = [...catalog.models].find(
  ([id]) => !availability.get(id)?.providers.some((r) => r.provider === 'azure'),
);

test('the content has what these tests play', () => {
  expect(first, 'a model Azure retires after the build day').toBeDefined();
  expect(notOnCopilot, 'a model GitHub Copilot does not offer').toBeDefined();
  expect(undatedOnOpenRouter, 'a model OpenRouter serves with no date').toBeDefined();
  expect(uncheckedOnAzure, 'a model with no Azure row').toBeDefined();
});

/** A model's Azure row, with its standing on the build's day. */
function azureRow(id: string) {
  const view = models.find((m) => m.id === id)?.rows.find((r) => r.provider.id === 'azure');
  if (!view) throw new Error(`No Azure row for ${id}`);
  return view;
}

/** The layout shift of the page so far, as the browser scores it. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

async function chooseAzure(page: Page) {
  const choice = page.locator('details.provider-choice').first();
  await expect(choice.locator('summary')).toHaveText("I use: OpenAI's API (change)", {
    useInnerText: true,
  });
  await choice.locator('summary').click();
  await choice.getByRole('link', { name: 'Azure OpenAI / Microsoft Foundry' }).click();
}

for (const width of [390, 1280]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: { width, height: 844 }, javaScriptEnabled });

      test("from the home page, Azure's page lists what it retires, soonest first", async ({
        page,
      }) => {
        if (!first) throw new Error('checked above');
        await page.goto('/');
        await chooseAzure(page);
        await expect(page).toHaveURL(/\/providers\/azure\/$/);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'GPT mini models on Azure OpenAI / Microsoft Foundry',
        );
        await expect(page.locator('details.provider-choice summary')).toHaveText(
          'I use: Azure OpenAI / Microsoft Foundry (change)',
          { useInnerText: true },
        );
        const retiring = page.locator('section[aria-labelledby="group-retiring"] > ul > li');
        await expect(retiring).toHaveCount(azureDates.length);
        const top = retiring.first();
        await expect(top).toHaveAttribute('id', first.id);
        await expect(top).toContainText(`Retires ${formatDate(first.date)}`);
        const left = daysBetween(TEST_BUILD_DAY, first.date);
        await expect(top).toContainText(`${left} days left as of ${formatDate(TEST_BUILD_DAY)}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
      });

      test('a line page offers the same choice', async ({ page }) => {
        await page.goto('/lines/gpt-nano/');
        await chooseAzure(page);
        await expect(page).toHaveURL(/\/providers\/azure\/$/);
      });

      test("a model page offers the choice, landing on the model's entry there", async ({
        page,
      }) => {
        if (!first) throw new Error('checked above');
        await page.goto(`/models/${first.id}/`);
        await chooseAzure(page);
        await expect(page).toHaveURL(new RegExp(`/providers/azure/#${first.id}$`));
        await expect(page.locator(`[id="${first.id}"]`)).toBeInViewport();
      });
    });
  }

  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test("a model page's provider links to that provider's entry for it", async ({ page }) => {
      if (!first) throw new Error('checked above');
      await page.goto(`/models/${first.id}/`);
      await page
        .locator('section[aria-labelledby="access"]')
        .locator('th[scope="row"] a', { hasText: 'Azure OpenAI / Microsoft Foundry' })
        .click();
      await expect(page).toHaveURL(new RegExp(`/providers/azure/#${first.id}$`));
      await expect(page.locator(`[id="${first.id}"]`)).toBeInViewport();
    });

    test("the choice is remembered for the visit: OpenAI's pages show Azure's dates first", async ({
      page,
    }) => {
      if (!first) throw new Error('checked above');
      const view = azureRow(first.id);
      // Chosen on the home page; remembered when the reader comes back to it.
      await page.goto('/');
      await expect(page.locator('.chosen-provider:visible')).toHaveCount(0);
      await chooseAzure(page);
      await expect(page).toHaveURL(/\/providers\/azure\/$/);
      await page.goto('/');
      const summary = page.locator('details.provider-choice summary');
      await expect(summary).toHaveText('I use: Azure OpenAI / Microsoft Foundry (change)', {
        useInnerText: true,
      });
      const block = page.locator('.chosen-provider:visible');
      await expect(block).toHaveCount(1);
      // Azure's soonest date first, worded as its page words it, marked third-party.
      const top = block.locator('li').first();
      await expect(top).toContainText(standingSentence(view.standing));
      await expect(top.locator('.pill')).toHaveText('third-party');
      await expect(top.getByRole('link')).toHaveAttribute('href', `/providers/azure/#${first.id}`);
      await expect(block).toContainText("The list below is OpenAI's, for its API.");
      // Above OpenAI's list, and drawn before the page was shown: nothing moved.
      expect(await layoutShift(page)).toBe(0);

      // A line the provider check did not cover says so rather than listing nothing.
      await page.goto('/lines/gpt-nano/');
      await expect(page.locator('.chosen-provider:visible')).toContainText(
        'No date of its own for any model here.',
      );
      await expect(page.locator('.chosen-provider:visible')).toContainText(
        'not in the provider check',
      );

      // Choosing OpenAI's API again forgets it.
      await page.locator('details.provider-choice summary').click();
      await page.getByRole('link', { name: "OpenAI's API" }).click();
      await page.goto('/');
      await expect(page.locator('.chosen-provider:visible')).toHaveCount(0);
      await expect(summary).toHaveText("I use: OpenAI's API (change)", { useInnerText: true });
    });

    test("a model page for a reader on Azure says Azure's date for it first, cited", async ({
      page,
    }) => {
      if (!first) throw new Error('checked above');
      const view = azureRow(first.id);
      await page.goto(`/models/${first.id}/`);
      await expect(page.locator('.chosen-provider:visible')).toHaveCount(0);
      await page.goto('/providers/azure/');
      await page.goto(`/models/${first.id}/`);
      const block = page.locator('.chosen-provider:visible');
      await expect(block).toHaveCount(1);
      await expect(block).toContainText(
        `On Azure OpenAI / Microsoft Foundry, your choice for this visit: ` +
          standingSentence(view.standing),
      );
      const left = providerDaysLeftText(view.standing, TEST_BUILD_DAY);
      if (!left) throw new Error('Azure retires it after the build day');
      await expect(block).toContainText(left);
      // Its source one tap away, and marked as what it is.
      await expect(block.locator('.cite a').first()).toHaveAttribute('href', /^#source-/);
      await expect(block.locator('.pill')).toHaveText('third-party');
      // Above OpenAI's summary, drawn before the page was shown.
      const [blockBox, summaryBox] = await Promise.all([
        block.boundingBox(),
        page.locator('dl.model-summary').boundingBox(),
      ]);
      expect(blockBox?.y).toBeLessThan(summaryBox?.y ?? 0);
      expect(await layoutShift(page)).toBe(0);
      await expect(page.locator('details.provider-choice summary')).toHaveText(
        'I use: Azure OpenAI / Microsoft Foundry (change)',
        { useInnerText: true },
      );
    });

    test('a model page says when the chosen provider gives no date, or was not checked', async ({
      page,
    }) => {
      if (!undatedOnOpenRouter || !uncheckedOnAzure) throw new Error('checked above');
      await page.goto('/providers/openrouter/');
      const { id: undated, view } = undatedOnOpenRouter;
      await page.goto(`/models/${undated}/`);
      await expect(page.locator('.chosen-provider:visible')).toContainText(
        `On OpenRouter, your choice for this visit: ${standingSentence(view.standing)}`,
      );
      await page.goto('/providers/azure/');
      const [id, model] = uncheckedOnAzure;
      await page.goto(`/models/${id}/`);
      await expect(page.locator('.chosen-provider:visible')).toHaveText(
        uncheckedAtChosenText(model.data.name),
      );
    });

    test('a provider with no dates of its own says so on the home page', async ({ page }) => {
      await page.goto('/providers/openrouter/');
      await page.goto('/');
      const block = page.locator('.chosen-provider:visible');
      await expect(block).toContainText('On OpenRouter');
      await expect(block).toContainText('No date of its own for any model here.');
      await expect(block).toContainText('with no retirement date stated');
    });

    test("a new visit starts from OpenAI's API", async ({ browser }) => {
      const earlier = await browser.newContext();
      const one = await earlier.newPage();
      await one.goto('/providers/azure/');
      const second = await browser.newContext();
      const two = await second.newPage();
      await two.goto('/');
      await expect(two.locator('.chosen-provider:visible')).toHaveCount(0);
      await Promise.all([earlier.close(), second.close()]);
    });

    test('a provider that does not offer a model says so, with its source', async ({ page }) => {
      if (!notOnCopilot) throw new Error('checked above');
      await page.goto('/providers/github-copilot/');
      const entry = page.locator(`section[aria-labelledby="group-absent"] [id="${notOnCopilot}"]`);
      await expect(entry).toContainText('Not offered');
      await expect(entry.locator('.cite')).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
