/**
 * "We run gpt-5-mini on Azure: do we really have to move by OpenAI's date?" answered on the model
 * page, on a phone and on a desktop: the "Where to run it" table opens with OpenAI's API, then
 * shows Azure's own retirement date, how far it is from OpenAI's, and the Azure source one tap
 * away in the page's source list. Nothing scrolls sideways at 390 px; axe finds nothing. The dates
 * are the content's (cross-checked against the provider file in tests/unit/providers-file.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { formatDate } from '../../src/lib/format.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { standing, standingInput, versusOpenAI } from '../../src/lib/providers/lifecycle.ts';
import {
  noNewDeploymentsText,
  PROVIDER_CALENDARS_LABEL,
  standingSentence,
  versusOpenAIText,
} from '../../src/lib/providers/wording.ts';
import { AvailabilitySchema } from '../../src/schemas/availability.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { builtDays } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

const MODEL = 'gpt-5-mini';
const content = loadContent();
const model = content.models.get(MODEL)?.data;
const line = content.lines.get('gpt-mini');
const { tree } = loadContentTree(CONTENT_DIR);
/** A model's provider rows, as content holds them. */
const rowsOf = (id: string) =>
  AvailabilitySchema.parse(tree.availability.find((e) => e.id === id)?.data).providers;
if (!model || !line) throw new Error(`${MODEL}: its model or line`);
const azure = rowsOf(MODEL).find((r) => r.provider === 'azure');
if (azure?.offer !== 'offered' || !('value' in azure.lifecycle.retirement))
  throw new Error(`${MODEL}: no Azure retirement date in content`);
const retirement = azure.lifecycle.retirement;
const openai = lifecycleState(model.lifecycle, builtDays(line.verified)).shutdown?.date;
if (!openai) throw new Error(`${MODEL}: no OpenAI shutdown in content`);
const versus = versusOpenAI(retirement.value, openai);

for (const width of [390, 1280]) {
  test.describe(`${MODEL} at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test.beforeEach(async ({ page }) => {
      await page.goto(`/models/${MODEL}/`);
    });

    test("shows Azure's own date, how far from OpenAI's it is, and its source a tap away", async ({
      page,
    }) => {
      // The content's dates are the ones the issue reports: 60 days apart.
      expect(versus).toEqual({ kind: 'later', days: 60, openai });
      const section = page.locator('section[aria-labelledby="access"]');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText('Where to run it');
      const rows = section.getByRole('table').getByRole('row');
      // OpenAI's own API first, with its shutdown date.
      await expect(rows.nth(1).getByRole('rowheader')).toHaveText('OpenAI API');
      await expect(rows.nth(1)).toContainText(formatDate(openai));
      const row = rows.filter({
        has: page.getByRole('rowheader', { name: /^Azure OpenAI \/ Microsoft Foundry/ }),
      });
      // The status comes first after the provider: the answer to "when", before ids and prices.
      await expect(section.getByRole('columnheader')).toHaveText([
        'Provider',
        'Status there',
        'Model ID',
        'Price, US dollars per 1M tokens',
      ]);
      const status = row.getByRole('cell').first();
      await expect(status).toContainText(`Retires ${formatDate(retirement.value)}`);
      await expect(status).toContainText(versusOpenAIText(versus) ?? '');
      await expect(status).toContainText(`60 days after OpenAI's ${formatDate(openai)}`);
      // Microsoft's date is read through a copy: marked, never shown as a plain fact.
      await expect(status.locator('.pill-third-party').first()).toBeVisible();
      // Its source marker, followed, lands on the source's entry, which links Microsoft's page.
      const marker = status.locator(`.cite a[href="#source-${retirement.source}"]`).first();
      await expect(marker).toBeVisible();
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`#source-${retirement.source}$`));
      const entry = page.locator(`[id="source-${retirement.source}"]`);
      await expect(entry).toBeInViewport();
      await expect(entry.getByRole('link').first()).toHaveAttribute(
        'href',
        content.sources.get(retirement.source)?.url ?? '',
      );
    });

    test("the banner says its date is OpenAI's; the summary gives Azure's, cited", async ({
      page,
    }) => {
      const banner = page.locator('.lifecycle-banner');
      await expect(banner).toContainText(
        "This date is OpenAI's, for its API; other providers set their own.",
      );
      await expect(page.locator('.model-summary dt').filter({ hasText: 'Status' })).toContainText(
        "Status on OpenAI's API",
      );
      await banner.getByRole('link', { name: 'other providers set their own' }).click();
      const elsewhere = page.locator('#status-elsewhere');
      await expect(elsewhere).toBeInViewport();
      await expect(elsewhere).toContainText(
        `Azure OpenAI / Microsoft Foundry: Retires ${formatDate(retirement.value)}, 60 days ` +
          `after OpenAI's ${formatDate(openai)}.`,
      );
      await expect(elsewhere.locator(`.cite a[href="#source-${retirement.source}"]`)).toHaveCount(
        1,
      );
    });

    test('the FAQ answers "I use it on Azure" with Azure\'s date, linkable', async ({ page }) => {
      await page.goto(`/models/${MODEL}/#faq-on-azure`);
      const item = page.locator('details', { has: page.locator('#faq-on-azure') });
      await expect(item.locator('summary')).toHaveText(
        'I use GPT-5 mini on Azure OpenAI / Microsoft Foundry: when does it retire, and is ' +
          "that OpenAI's date?",
      );
      await expect(item).toHaveAttribute('open', '');
      await expect(item.locator('.answer')).toContainText(
        `retires GPT-5 mini (gpt-5-mini there) on ${formatDate(retirement.value)} ` +
          `(third-party data). That is not OpenAI's date: it is 60 days after OpenAI's ` +
          `shutdown of ${formatDate(openai)}.`,
      );
    });

    test('lets the page scroll only downwards, and axe finds nothing in the section', async ({
      page,
    }) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const results = await new AxeBuilder({ page })
        .include('section[aria-labelledby="access"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}

test.describe('gpt-4o-mini', () => {
  const rows = rowsOf('gpt-4o-mini');
  const azureRow = rows.find((r) => r.provider === 'azure');
  const copilot = rows.find((r) => r.provider === 'github-copilot');
  const since =
    azureRow?.offer === 'offered' ? azureRow.lifecycle.noNewDeploymentsSince : undefined;
  if (!since || copilot?.offer !== 'not-offered')
    throw new Error('gpt-4o-mini: Azure refusing new deployments, Copilot not offering it');

  test('says Azure refuses new deployments and Copilot does not offer it, each cited', async ({
    page,
  }) => {
    await page.goto('/models/gpt-4o-mini/');
    const section = page.locator('section[aria-labelledby="access"]');
    const azureStatus = section
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Azure OpenAI/ }) })
      .getByRole('cell')
      .first();
    const refused = azureStatus.locator('.detail', {
      hasText: noNewDeploymentsText(since.value, builtDays(line.verified).day),
    });
    await expect(refused).toBeVisible();
    await expect(refused.locator(`.cite a[href="#source-${since.source}"]`)).toHaveCount(1);
    const notOffered = section.getByRole('listitem').filter({ hasText: 'GitHub Copilot' });
    await expect(notOffered).toContainText('GitHub Copilot: Not offered');
    await expect(notOffered.locator(`.cite a[href="#source-${copilot.source}"]`)).toHaveCount(1);
  });
});

test.describe("another provider's id in the model-id field", () => {
  const router = rowsOf(MODEL).find((r) => r.provider === 'openrouter');
  const routerId = router?.offer === 'offered' && !('unknown' in router.ids) && router.ids[0]?.id;
  if (!routerId) throw new Error(`${MODEL}: no OpenRouter id in content`);

  for (const javaScriptEnabled of [true, false]) {
    const where = javaScriptEnabled ? 'beside the field' : 'in the list of ids';
    test(`${routerId} names its model and providers ${where}`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/');
      const field = page.getByRole('textbox', { name: 'Paste a model id' }).first();
      await field.fill(routerId);
      await field.press('Enter');
      const answer = javaScriptEnabled
        ? page.locator('.id-lookup-result').first()
        : page.locator('table.ids tr', { has: page.locator('code', { hasText: routerId }) });
      await expect(answer).toContainText(`GPT-5 mini's id at OpenRouter`);
      await expect(answer).toContainText(`OpenAI's shutdown: ${formatDate(openai)}`);
      await answer.getByRole('link', { name: 'See where it runs' }).click();
      await expect(page).toHaveURL(new RegExp(`/models/${MODEL}/#access$`));
      await context.close();
    });
  }
});

test("gpt-5-mini's JSON and Markdown carry Azure's row as the page shows it", async ({
  request,
}) => {
  if (azure?.offer !== 'offered') throw new Error('checked above');
  const day = builtDays(line.verified).day;
  const sentence = standingSentence(standing(standingInput(azure, false), openai, day));
  const json = (await (await request.get(`/api/v1/models/${MODEL}.json`)).json()) as {
    version: {
      providers: {
        provider: { id: string };
        availability: unknown;
        standing: { versusOpenAI: unknown; sentence: string };
      }[];
    };
  };
  const row = json.version.providers.find((p) => p.provider.id === 'azure');
  expect(row?.availability).toEqual(JSON.parse(JSON.stringify(azure)));
  expect(row?.standing.versusOpenAI).toEqual({ kind: 'later', days: 60, openai });
  expect(row?.standing.sentence).toBe(sentence);
  const markdown = await (await request.get(`/models/${MODEL}.md`)).text();
  expect(markdown).toContain('### Azure OpenAI / Microsoft Foundry');
  expect(markdown).toContain(`- Status there: ${sentence}`);
});

test("gpt-5-mini's page links Azure's own calendar, which holds Azure's date for it", async ({
  page,
  request,
}) => {
  if (azure?.offer !== 'offered') throw new Error('checked above');
  await page.goto(`/models/${MODEL}/`);
  const calendars = page
    .locator('section[aria-labelledby="access"] p')
    .filter({ hasText: PROVIDER_CALENDARS_LABEL });
  // OpenAI's calendar first, as its row is first; then Azure's own; never a third-party listing's.
  await expect(calendars.getByRole('link')).toHaveText([
    'OpenAI API',
    'Azure OpenAI / Microsoft Foundry',
  ]);
  const href = await calendars
    .getByRole('link', { name: 'Azure OpenAI / Microsoft Foundry' })
    .getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const events = new ICAL.Component(ICAL.parse(await response.text()))
    .getAllSubcomponents('vevent')
    .map((e) => new ICAL.Event(e));
  const event = events.find((e) => e.summary.startsWith('GPT-5 mini at Azure'));
  expect(event?.startDate.toString()).toBe(retirement.value);
  expect(event?.description).toContain(`60 days after OpenAI's ${formatDate(openai)}`);
});

test("Azure's page links its own feed: its dates only, each item linking its source", async ({
  page,
  request,
}) => {
  if (azure?.offer !== 'offered') throw new Error('checked above');
  await page.goto('/providers/azure/');
  const href = await page.getByRole('link', { name: 'as a feed' }).getAttribute('href');
  expect(href).toBe('/feed/azure.xml');
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const titles = [...xml.matchAll(/<item><title>(.*?)<\/title>/g)].map((m) => m[1] ?? '');
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.every((t) => t.includes(' on Azure OpenAI / Microsoft Foundry: '))).toBe(true);
  // The date in force for GPT-5 mini is an item of its own, newest edition first.
  expect(titles.find((t) => t.startsWith('GPT-5 mini on '))).toContain(
    formatDate(retirement.value),
  );
  // A provider that states no date of its own has no feed.
  expect((await request.get('/feed/openrouter.xml')).status()).toBe(404);
});
