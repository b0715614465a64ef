/**
 * The cost calculator as a reader uses it, on a phone and on a desktop: costs worked by hand from
 * the content's prices, the address as the state (shared, reloaded, back and forward), messages
 * beside bad inputs, the page without JavaScript, and the model pages' way in.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEPARATOR_MESSAGE } from '../../src/lib/calculator/input.ts';
import { DEFAULT_PRESET, PRESETS } from '../../src/lib/calculator/presets.ts';
import { formatCost, formatRatio, formatTokens } from '../../src/lib/format.ts';
import { tierLabel } from '../../src/lib/labels.ts';
import { lineCalculatorPath } from '../../src/lib/paths.ts';
import { pricesOtherUnits } from '../../src/lib/calculator/units.ts';
import { loadContent } from '../support/content.ts';
import { realProviderContent } from '../support/provider-content.ts';
import { factor, hasTier, limit, listed, longContext, nameOf, std } from '../support/prices.ts';

const content = loadContent();
const providerContent = realProviderContent();

/** A provider's rate for a model's price list, as content gives it, by kind. */
function azureRate(id: string, tier: string) {
  const row = providerContent.availability.get(id)?.providers.find((r) => r.provider === 'azure');
  const prices = row && 'prices' in row && Array.isArray(row.prices) ? row.prices : [];
  const price = prices.find((p) => p.tier === tier && !p.region && !p.aboveInputTokens);
  if (!price) throw new Error(`No Azure ${tier} price for ${id} in content`);
  return (kind: string) => {
    const found = price.rates.find((r) => r.kind === kind);
    if (!found) throw new Error(`No Azure ${tier} ${kind} rate for ${id}`);
    return found.usdPer1M;
  };
}

const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

/** The results row of a model: its header starts with the model's name. */
const row = (page: Page, id: string) =>
  page.locator('.calc-table tbody tr').filter({
    has: page.getByRole('rowheader', { name: new RegExp(`^${RegExp.escape(nameOf(id))}(?!\\w)`) }),
  });

/** Per request, per day, per month and the ratio, as the row shows them. */
const figures = (page: Page, id: string) =>
  row(page, id)
    .getByRole('cell')
    .filter({ hasNot: page.locator('ul') });

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The message is the field's own: just below it, aligned with it, and within the screen. */
async function besideTheField(page: Page, control: Locator, message: Locator) {
  await expect(message).toBeVisible();
  // Both boxes read in one frame: read one after the other, a scroll in between (the page may
  // still be settling after the address was read) would move one and not the other.
  const [c, m] = await control.evaluate(
    (field, other) =>
      [field, other].map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { x, y, width, height };
      }),
    await message.elementHandle(),
  );
  if (!c || !m) throw new Error('The field or its message is not shown');
  expect(m.y).toBeGreaterThanOrEqual(c.y + c.height - 1);
  expect(m.y - (c.y + c.height)).toBeLessThan(24);
  expect(Math.abs(m.x - c.x)).toBeLessThan(2);
  expect(m.x + m.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

/** A cost of nothing, or no number at all, anywhere on the page. */
const NO_COST = /NaN|Infinity|undefined|\$0(?:\.0+)?(?![\d.])/;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const [label, viewport] of VIEWPORTS) {
  test.describe(`calculator on a ${label}`, () => {
    test.use({ viewport });

    test('a request typed into the form is priced as worked out by hand', async ({ page }) => {
      await page.goto('/calculator/');
      await field(page, 'Compare with').selectOption({ label: nameOf('gpt-5-mini') });
      await field(page, 'Price tier').selectOption({ label: tierLabel('batch') });
      await field(page, 'Input tokens per request').fill('10000');
      await field(page, 'Share of input from the prompt cache (%)').fill('20');
      await field(page, 'Output tokens per request').fill('1000');
      await field(page, 'Reasoning tokens per request').fill('500');
      await field(page, 'Requests per day').fill('2000');

      // GPT-5 mini, Batch rates as listed: 8,000 fresh × $0.125 + 2,000 cached × $0.0125
      // + (1,000 output + 500 reasoning) × $1.00 = 2,525 → $0.002525 a request.
      const mini =
        (8000 * listed('gpt-5-mini', 'batch', 'input') +
          2000 * listed('gpt-5-mini', 'batch', 'cached-input') +
          1500 * listed('gpt-5-mini', 'batch', 'output')) /
        1e6;
      // GPT-6 Luna, Batch at 50% of standard: 0.5 × (8,000 × $0.10 + 2,000 × $0.01
      // + 1,500 × $0.50) = 785 → $0.000785 a request.
      const luna =
        (factor('gpt-6-luna', 'batch') *
          (8000 * std('gpt-6-luna', 'input') +
            2000 * std('gpt-6-luna', 'cachedInput') +
            1500 * std('gpt-6-luna', 'output'))) /
        1e6;
      await expect(figures(page, 'gpt-5-mini')).toHaveText([
        formatCost(mini),
        formatCost(mini * 2000),
        formatCost(mini * 2000 * 30),
        'selected',
      ]);
      await expect(figures(page, 'gpt-6-luna')).toHaveText([
        formatCost(luna),
        formatCost(luna * 2000),
        formatCost(luna * 2000 * 30),
        formatRatio(luna / mini),
      ]);
      await expect(row(page, 'gpt-6-luna')).toContainText('Derived: Batch API is 50% of the');
      await expect(page.getByRole('status')).toContainText(`Cheapest for this request:`);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    });

    test("a provider's price list is priced at its own rates, third-party marked", async ({
      page,
    }) => {
      await page.goto('/calculator/');
      await field(page, 'Compare with').selectOption({ label: nameOf('gpt-4o-mini') });
      await field(page, 'Price tier').selectOption({
        label: 'Azure OpenAI / Microsoft Foundry: Data Zone',
      });
      await field(page, 'Input tokens per request').fill('10000');
      await field(page, 'Share of input from the prompt cache (%)').fill('0');
      await field(page, 'Output tokens per request').fill('1000');
      await field(page, 'Requests per day').fill('2000');
      await expect(page).toHaveURL(/tier=azure%3Adata-zone/);
      // Azure's Data Zone rates for GPT-4o mini, as content lists them: 10,000 × $0.165
      // + 1,000 × $0.66 = 2,310 → $0.00231 a request (OpenAI's own: $0.0021).
      const rate = azureRate('gpt-4o-mini', 'data-zone');
      const cost = (10000 * rate('input') + 1000 * rate('output')) / 1e6;
      await expect(figures(page, 'gpt-4o-mini')).toHaveText([
        formatCost(cost),
        formatCost(cost * 2000),
        formatCost(cost * 2000 * 30),
        'selected',
      ]);
      const how = row(page, 'gpt-4o-mini').locator('.calc-how');
      // Read through a third party's copy of Microsoft's price list: marked as such.
      await expect(how.locator('.pill').first()).toHaveText('third-party');
      await expect(page.locator('.calc-request')).toContainText(
        'at Azure OpenAI / Microsoft Foundry: Data Zone rates',
      );
      // GPT-6 Luna's Data Zone prices are per zone (US, EU): never borrowed for the plain list.
      await expect(row(page, 'gpt-6-luna')).toContainText(
        'Not available: the sources give no Azure OpenAI / Microsoft Foundry: Data Zone price',
      );
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    });

    test('the address holds the inputs: shared, reloaded, back and forward', async ({ page }) => {
      const start =
        '/calculator/?model=gpt-4o-mini&tier=standard&input=1000&cached=0&output=500' +
        '&reasoning=0&requests=100';
      await page.goto(start);
      // 1,000 × $0.15 + 500 × $0.60 = 450 → $0.00045
      const standard =
        (1000 * std('gpt-4o-mini', 'input') + 500 * std('gpt-4o-mini', 'output')) / 1e6;
      // Batch, as listed: 1,000 × $0.075 + 500 × $0.30 = 225 → $0.000225
      const batch = (input: number) =>
        (input * listed('gpt-4o-mini', 'batch', 'input') +
          500 * listed('gpt-4o-mini', 'batch', 'output')) /
        1e6;
      const perRequest = () => figures(page, 'gpt-4o-mini').first();
      await expect(field(page, 'Compare with')).toHaveValue('gpt-4o-mini');
      await expect(field(page, 'Input tokens per request')).toHaveValue('1000');
      await expect(perRequest()).toHaveText(formatCost(standard));

      await field(page, 'Price tier').selectOption({ label: tierLabel('batch') });
      await expect(page).toHaveURL(/tier=batch&input=1000&/);
      await expect(perRequest()).toHaveText(formatCost(batch(1000)));

      await field(page, 'Input tokens per request').fill('4000');
      await field(page, 'Input tokens per request').press('Tab');
      await expect(page).toHaveURL(/tier=batch&input=4000&/);
      await expect(perRequest()).toHaveText(formatCost(batch(4000)));

      await page.goBack();
      await expect(page).toHaveURL(/tier=batch&input=1000&/);
      await expect(field(page, 'Input tokens per request')).toHaveValue('1000');
      await expect(perRequest()).toHaveText(formatCost(batch(1000)));
      await page.goBack();
      await expect(page).toHaveURL(/tier=standard&input=1000&/);
      await expect(field(page, 'Price tier')).toHaveValue('standard');
      await expect(perRequest()).toHaveText(formatCost(standard));
      await page.goForward();
      await page.goForward();
      await expect(field(page, 'Input tokens per request')).toHaveValue('4000');
      await expect(perRequest()).toHaveText(formatCost(batch(4000)));

      await page.reload();
      await expect(field(page, 'Price tier')).toHaveValue('batch');
      await expect(perRequest()).toHaveText(formatCost(batch(4000)));
    });

    test('a bad input gets a message beside its field, and the page never shows NaN', async ({
      page,
    }) => {
      await page.goto('/calculator/');
      const input = field(page, 'Input tokens per request');
      for (const [value, message] of [
        ['-5', 'This cannot be negative.'],
        ['abc', 'That is not a number. Use digits only, such as 2000.'],
        ['Infinity', 'That is not a number. Use digits only, such as 2000.'],
        ['NaN', 'That is not a number. Use digits only, such as 2000.'],
        ['1.5', SEPARATOR_MESSAGE],
        ['', 'Enter a number.'],
      ] as const) {
        await input.fill(value);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAccessibleDescription(message);
        await expect(page.locator('#calc-input-message')).toBeVisible();
        await expect(page.locator('.calc-table')).toHaveCount(0);
        await expect(page.getByRole('status')).toContainText(message);
        expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
      }
      await input.fill('2000');
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(page.locator('#calc-input-message')).toBeHidden();
      await expect(page.locator('.calc-table')).toBeVisible();

      const cached = field(page, 'Share of input from the prompt cache (%)');
      await cached.fill('150');
      await expect(cached).toHaveAccessibleDescription(/A share cannot be more than 100 %\.$/);
    });

    test('a comma or point in a whole number is refused beside the field, never misread', async ({
      page,
    }) => {
      const input = field(page, 'Input tokens per request');
      const message = page.locator('#calc-input-message');
      // "1,000" and "1.000" are a thousand to some readers and one to others.
      for (const value of ['1,000', '1.000', '2.5', '1,5', '12.000,5']) {
        for (const how of ['typed', 'in the address']) {
          if (how === 'typed') {
            await page.goto('/calculator/');
            await input.fill(value);
          } else {
            await page.goto(`/calculator/?model=gpt-4o-mini&input=${encodeURIComponent(value)}`);
          }
          await expect(input, `${value} ${how}`).toHaveValue(value);
          await expect(input).toHaveAttribute('aria-invalid', 'true');
          await expect(input).toHaveAccessibleDescription(SEPARATOR_MESSAGE);
          await expect(message).toHaveText(SEPARATOR_MESSAGE);
          await besideTheField(page, input, message);
          await expect(page.locator('.calc-table')).toHaveCount(0);
          await expect(page.getByRole('status')).toContainText(SEPARATOR_MESSAGE);
          expect(await page.locator('body').innerText()).not.toMatch(NO_COST);
        }
      }
      // Digits grouped by spaces are a thousand for everyone.
      await input.fill('1 000');
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(message).toBeHidden();
      await expect(page.locator('.calc-request')).toContainText('1,000 input tokens');
    });

    test('a decimal comma in the cache share is read as the decimal mark, and says so', async ({
      page,
    }) => {
      const query = '/calculator/?model=gpt-4o-mini&input=10000&output=500&cached=';
      const cached = field(page, 'Share of input from the prompt cache (%)');
      await page.goto(`${query}2.5`);
      await expect(page.locator('.calc-request')).toContainText('2.5% from the prompt cache');
      const withPoint = await figures(page, 'gpt-4o-mini').allInnerTexts();
      await page.goto(`${query}25`);
      const tenTimes = await figures(page, 'gpt-4o-mini').allInnerTexts();
      expect(tenTimes).not.toEqual(withPoint);

      for (const how of ['in the address', 'typed']) {
        if (how === 'typed') {
          await page.goto('/calculator/?model=gpt-4o-mini&input=10000&output=500');
          await cached.fill('2,5');
        } else await page.goto(`${query}2%2C5`);
        await expect(cached, how).toHaveValue('2,5');
        await expect(cached).not.toHaveAttribute('aria-invalid');
        await expect(cached).toHaveAccessibleDescription(/Read as 2\.5 %\.$/);
        await besideTheField(page, cached, page.locator('#calc-cached-message'));
        await expect(page.locator('.calc-request')).toContainText('2.5% from the prompt cache');
        await expect(figures(page, 'gpt-4o-mini')).toHaveText(withPoint);
        expect(await page.locator('body').innerText()).not.toMatch(NO_COST);
      }
    });

    test('a request larger than the selected model takes is refused beside the field', async ({
      page,
    }) => {
      const max = limit('gpt-5-mini', 'maxInput');
      await page.goto(`/calculator/?model=gpt-5-mini&input=${max + 1}`);
      await expect(field(page, 'Input tokens per request')).toHaveAccessibleDescription(
        `${nameOf('gpt-5-mini')} accepts at most ${formatTokens(max)} input tokens in a request.`,
      );
      const output = limit('gpt-4o-mini', 'maxOutput');
      await page.goto(`/calculator/?model=gpt-4o-mini&input=1000&output=${output + 1}`);
      await expect(field(page, 'Output tokens per request')).toHaveAccessibleDescription(
        `${nameOf('gpt-4o-mini')} writes at most ${formatTokens(output)} output tokens ` +
          'in a request.',
      );
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    });
  });
}

test('above the long-context threshold the whole request is surcharged', async ({ page }) => {
  const lc = longContext('gpt-6-luna');
  const input = lc.aboveInputTokens + 1000;
  await page.goto(
    `/calculator/?model=gpt-6-luna&tier=standard&input=${input}&cached=0&output=1000&reasoning=0`,
  );
  // 273,000 × $0.10 × 2 + 1,000 × $0.50 × 1.5 = 54,600 + 750 → $0.05535
  const luna =
    (input * std('gpt-6-luna', 'input') * lc.inputFactor +
      1000 * std('gpt-6-luna', 'output') * lc.outputFactor) /
    1e6;
  await expect(figures(page, 'gpt-6-luna').first()).toHaveText(formatCost(luna));
  const above = formatTokens(lc.aboveInputTokens);
  await expect(row(page, 'gpt-6-luna')).toContainText(
    `Derived: long-context surcharge, as the input is above ${above} tokens`,
  );
  // A model with a smaller max input says so instead of a price.
  const max = formatTokens(limit('gpt-5-mini', 'maxInput'));
  await expect(row(page, 'gpt-5-mini')).toContainText(
    `Too long for this model: ${formatTokens(input)} input tokens, ` +
      `more than its max input of ${max}.`,
  );
});

test('a tier a model lacks is "not available", listed after every priced model', async ({
  page,
}) => {
  expect(hasTier('gpt-4.1-mini', 'flex')).toBe(false);
  await page.goto('/calculator/?model=gpt-5-mini&tier=flex');
  const rows = page.locator('.calc-table tbody tr');
  await expect(row(page, 'gpt-4.1-mini')).toContainText(
    'Not available: the sources give no Flex processing price for this model.',
  );
  const texts = await rows.allInnerTexts();
  const firstUnpriced = texts.findIndex((t) => /Not available|Too long|Not stated/.test(t));
  expect(firstUnpriced).toBeGreaterThan(0);
  expect(texts.slice(firstUnpriced).every((t) => !/\$\d/.test(t))).toBe(true);
  expect(texts.join(' ')).not.toMatch(/\$0\.00\b/);
});

test('an unknown cached price is said, and the cost given as "at most"', async ({ page }) => {
  // A version whose input and output prices a source states, but not its cached input price, on
  // a line with the text calculator (the unit calculator calls an unpriced unit "not stated").
  const unitLine = (members: readonly string[]) =>
    members.some((m) => {
      const pricing = content.models.get(m)?.data.pricing;
      return pricing !== undefined && pricesOtherUnits(pricing);
    });
  const [lineId, id] =
    [...content.lines].flatMap(([lineId, line]) =>
      (unitLine(line.members) ? [] : line.members)
        .filter((m) => {
          const { pricing } = content.models.get(m)?.data ?? {};
          return pricing && 'value' in pricing.input && 'value' in pricing.output
            ? !('value' in pricing.cachedInput)
            : false;
        })
        .map((m) => [lineId, m] as const),
    )[0] ?? [];
  if (!lineId || !id) throw new Error('No version with an unknown cached price to test');
  await page.goto(`${lineCalculatorPath(lineId)}?model=${id}&cached=50`);
  await expect(figures(page, id).first()).toHaveText(/^at most \$/);
  await expect(row(page, id)).toContainText('At most: no source states this cached input price');
});

test('an address naming an unknown model or tier says so and shows a known one', async ({
  page,
}) => {
  await page.goto('/calculator/?model=gpt-9-mini&tier=turbo');
  await expect(field(page, 'Compare with')).toHaveAccessibleDescription(
    /The address names no model priced here, so .+ is selected\.$/,
  );
  await expect(field(page, 'Price tier')).toHaveValue('standard');
  await expect(page.locator('.calc-table')).toBeVisible();
});

test('presets and Enter work from the keyboard', async ({ page }) => {
  await page.goto('/calculator/');
  const classification = PRESETS.find((p) => p.id === 'classification');
  if (!classification) throw new Error('No classification preset');
  await page.getByRole('button', { name: classification.name }).focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Input tokens per request')).toHaveValue(
    String(classification.inputTokens),
  );
  await expect(page).toHaveURL(new RegExp(`input=${classification.inputTokens}&`));
  await field(page, 'Requests per day').fill('250');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/requests=250$/);
});

test('the navigation leads to the calculator and marks it', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Cost calculator' })
    .click();
  await expect(page).toHaveURL(/\/calculator\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cost calculator' }),
  ).toHaveAttribute('aria-current', 'page');
});

const STATES = [
  [
    'with messages beside bad inputs',
    '/calculator/?model=gpt-9-mini&input=-5&cached=150',
    (page: Page) =>
      expect(field(page, 'Input tokens per request')).toHaveAttribute('aria-invalid', 'true'),
  ],
  [
    'with a long-context surcharge',
    `/calculator/?model=gpt-6-luna&input=${longContext('gpt-6-luna').aboveInputTokens + 1}`,
    (page: Page) => expect(row(page, 'gpt-6-luna')).toContainText('long-context surcharge'),
  ],
] as const;

for (const [state, address, ready] of STATES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the calculator ${state} is axe-clean (${colorScheme})`, async ({ page }) => {
      // One axe sweep of a page took 6–10 s on the shared 2-core test machine, and over 30 s
      // when it was busy: give these the slow-test allowance.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(address);
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the presets table prices every model, and the form is not offered', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(page.getByText('Pricing your own numbers needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Calculate' })).toBeHidden();
    const table = page.locator('.presets-table');
    await expect(table.locator('tbody tr')).toHaveCount(7);
    const chat = PRESETS.findIndex((p) => p.id === DEFAULT_PRESET.id);
    const p = DEFAULT_PRESET;
    // Chat turn on GPT-6 Luna at the standard rates: 1,000 fresh × $0.10 + 1,000 cached × $0.01
    // + (300 output + 200 reasoning) × $0.50 = 360 → $0.00036 a request, $0.36 per 1,000.
    const cached = (p.inputTokens * p.cachedPercent) / 100;
    const luna =
      ((p.inputTokens - cached) * std('gpt-6-luna', 'input') +
        cached * std('gpt-6-luna', 'cachedInput') +
        (p.outputTokens + p.reasoningTokens) * std('gpt-6-luna', 'output')) /
      1e6;
    const cell = table
      .locator('tbody tr')
      .filter({
        has: page.getByRole('rowheader', { name: new RegExp(`^${nameOf('gpt-6-luna')}`) }),
      })
      .getByRole('cell')
      .nth(chat);
    await expect(cell).toHaveText(
      `${formatCost(luna)} a request${formatCost(luna * 1000)} per 1,000`,
    );
    await expect(
      page.getByRole('heading', { name: "Presets: this site's assumptions" }),
    ).toBeVisible();
    // The default request is priced too, in the same renderer's table.
    await expect(page.locator('.calc-table tbody tr')).toHaveCount(7);
  });

  test('a model page’s form leads to the calculator with its inputs and model', async ({
    page,
  }) => {
    await page.goto('/models/gpt-5-mini/');
    const form = page.getByRole('form', { name: 'Estimate your costs' });
    await form.getByLabel('Input tokens per request').fill('5000');
    await form.getByRole('button', { name: 'Open in the cost calculator' }).click();
    await expect(page).toHaveURL(
      /\/calculator\/\?model=gpt-5-mini&input=5000&output=\d+&requests=\d+$/,
    );
  });
});

test('a model page’s form opens the calculator with that model, priced', async ({ page }) => {
  await page.goto('/models/gpt-5-mini/');
  const form = page.getByRole('form', { name: 'Estimate your costs' });
  await form.getByLabel('Input tokens per request').fill('5000');
  await form.getByLabel('Output tokens per request').fill('800');
  await form.getByLabel('Requests per day').press('Enter');
  await expect(page).toHaveURL(/\/calculator\/\?model=gpt-5-mini&input=5000&output=800&/);
  await expect(field(page, 'Compare with')).toHaveValue('gpt-5-mini');
  // The cached share and reasoning the form leaves out are the calculator's defaults.
  const p = DEFAULT_PRESET;
  const cached = (5000 * p.cachedPercent) / 100;
  const mini =
    ((5000 - cached) * std('gpt-5-mini', 'input') +
      cached * std('gpt-5-mini', 'cachedInput') +
      (800 + p.reasoningTokens) * std('gpt-5-mini', 'output')) /
    1e6;
  await expect(figures(page, 'gpt-5-mini').first()).toHaveText(formatCost(mini));
});

test('model pages load no calculator code: the enhancements module and the choice memory', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/models/gpt-5-mini/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => !s.includes('chart-render')).toSorted()).toEqual([
    expect.stringMatching(/^\/_astro\/Enhancements\.[^/]+\.js$/),
    expect.stringMatching(/^\/_astro\/provider-memory-[\w-]+\.js$/),
  ]);
});
