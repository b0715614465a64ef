import { expect, test } from '@playwright/test';
import { FAQ_TOPIC_IDS } from '../../src/lib/faq/answer.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const ids = [...content.models.keys()];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`FAQ deep links, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const id of ids) {
      test(`/models/${id}/#faq-pricing opens and shows the question`, async ({ page }) => {
        await page.goto(`/models/${id}/#faq-pricing`);
        const answer = page.locator('#faq-pricing');
        await expect(answer).toBeVisible();
        await expect(answer).toBeInViewport();
        const question = page.locator('details', { has: answer }).locator('summary');
        await expect(question).toContainText(
          `How much does ${content.models.get(id)?.data.name} cost?`,
        );
        await expect(question).toBeInViewport();
      });
    }

    test('#faq reaches the FAQ section', async ({ page }) => {
      await page.goto('/models/gpt-4o-mini/#faq');
      await expect(page.getByRole('heading', { name: 'FAQ', level: 2 })).toBeInViewport();
    });
  });
}

test('following "Link to this question" opens that question and puts it in the address', async ({
  page,
}) => {
  await page.goto('/models/gpt-5-mini/');
  const item = page.locator('details', { has: page.locator('#faq-availability') });
  await item.locator('summary').click();
  await item.getByRole('link', { name: 'Link to this question' }).click();
  await expect(page).toHaveURL(/#faq-availability$/);
  await page.goto('/models/gpt-5-mini/#faq-context-window');
  await expect(page.locator('#faq-context-window')).toBeVisible();
});

test('every generated question has its documented anchor; hand-written ones appear too', async ({
  page,
}) => {
  await page.goto('/models/gpt-4o-mini/');
  for (const topic of FAQ_TOPIC_IDS.filter((t) => t !== 'vs-predecessor')) {
    await expect(page.locator(`#faq-${topic}`)).toHaveCount(1);
  }
  await expect(page.locator('#faq-audio-and-realtime-variants')).toHaveCount(1);
  await page.goto('/models/gpt-4.1-mini/');
  await expect(page.locator('#faq-vs-predecessor')).toHaveCount(1);
});

test('FAQPage JSON-LD matches the visible questions and answers', async ({ page }) => {
  for (const id of ids) {
    await page.goto(`/models/${id}/`);
    // The page has other structured data too (breadcrumbs, the version itself): take the FAQ's.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    type FaqPage = {
      '@type': string;
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    const json = blocks
      .map((text) => JSON.parse(text) as FaqPage)
      .find((block) => block['@type'] === 'FAQPage') ?? { '@type': 'none', mainEntity: [] };
    const visibleQuestions = await page.locator('.faq-item summary').allInnerTexts();
    expect(json['@type']).toBe('FAQPage');
    expect(json.mainEntity.map((q) => q.name)).toEqual(visibleQuestions.map((q) => q.trim()));
    await page
      .locator('.faq-item summary')
      .evaluateAll((els) =>
        els.forEach((el) => ((el.parentElement as HTMLDetailsElement).open = true)),
      );
    const firstAnswers = await page.locator('.faq-item .answer > p:first-child').allInnerTexts();
    expect(json.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(
      firstAnswers.map((a) => a.trim()),
    );
  }
});
