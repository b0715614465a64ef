/**
 * The unit calculator of the speech and image lines as a reader uses it, on a phone and on a
 * desktop: each unit priced on its own line from the content's rates (worked by hand here), the
 * total that says it is their sum, a unit a model does not take, a bad value told beside its
 * field, the shut-down image model marked as a record, the page without JavaScript, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEPARATOR_MESSAGE } from '../../src/lib/calculator/input.ts';
import { formatCost, formatDate } from '../../src/lib/format.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { lineCalculatorPath } from '../../src/lib/paths.ts';
import { builtDays } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const SPEECH = lineCalculatorPath('speech-mini');
const IMAGE = lineCalculatorPath('image-mini');

const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

function data(id: string) {
  const model = content.models.get(id)?.data;
  if (!model) throw new Error(`No model ${id} in content`);
  return model;
}

/** A sourced rate from the content, USD per 1M tokens. */
function rate(id: string, kind: 'text' | 'audio', part: 'input' | 'output'): number {
  const pricing = data(id).pricing;
  const item = kind === 'text' ? pricing[part] : pricing[kind]?.[part];
  if (!item || !('value' in item)) throw new Error(`${id} has no ${kind} ${part} rate`);
  return item.value;
}

/** One model's table: its caption starts with the model's name. */
const table = (page: Page, id: string) =>
  page.getByRole('table', { name: new RegExp(`^${RegExp.escape(data(id).name)}(?!\\w)`) });

/** The cells of a unit's line, or of the total, in one model's table. */
const cells = (page: Page, id: string, rowName: string) =>
  table(page, id)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) })
    .getByRole('cell');

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The message is the field's own: just below it and within the screen. */
async function besideTheField(page: Page, control: Locator, message: Locator) {
  await expect(message).toBeVisible();
  const [c, m] = await control.evaluate(
    (el, other) =>
      [el, other].map((box) => {
        const { x, y, width, height } = box.getBoundingClientRect();
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

const TTS = 'gpt-4o-mini-tts';
const TRANSCRIBE = 'gpt-4o-mini-transcribe';
const REALTIME = 'gpt-realtime-2.1-mini';

/** A speech model's lifecycle on the day the site was built. */
const state = (id: string) =>
  lifecycleState(data(id).lifecycle, builtDays(content.lines.get('speech-mini')?.verified ?? ''));
const IMAGE_MODEL = 'gpt-image-1-mini';

for (const [label, viewport] of VIEWPORTS) {
  test.describe(`unit calculator on a ${label}`, () => {
    test.use({ viewport });

    test('a speech request is priced unit by unit, as worked out by hand', async ({ page }) => {
      await page.goto(SPEECH);
      await field(page, 'Text input tokens per request').fill('1000');
      await field(page, 'Audio input tokens per request').fill('0');
      await field(page, 'Audio output tokens per request').fill('50000');
      await field(page, 'Audio output tokens per request').press('Enter');
      // The address holds every field of the form (the replacement adds its own units).
      await expect(page).toHaveURL(/\?input=1000&.*&audio-input=0&.*&audio-output=50000(&|$)/);

      // TTS: 1,000 text tokens × $0.60 per 1M = $0.0006; 50,000 audio tokens × $12 per 1M = $0.60.
      const text = (1000 * rate(TTS, 'text', 'input')) / 1e6;
      const audio = (50_000 * rate(TTS, 'audio', 'output')) / 1e6;
      await expect(cells(page, TTS, 'Text input tokens')).toHaveText([
        '1,000',
        /^\$0\.60 per 1M text tokens\s*\[\d+\]$/,
        formatCost(text),
      ]);
      await expect(cells(page, TTS, 'Audio output tokens')).toHaveText([
        '50,000',
        /^\$12\.00 per 1M audio tokens\s*\[\d+\]$/,
        formatCost(audio),
      ]);
      await expect(cells(page, TTS, 'Total per request')).toHaveText([
        'The sum of the costs above',
        formatCost(text + audio),
      ]);
      // Transcribe gives out text only: its audio output is not taken, and it has no total.
      await expect(cells(page, TRANSCRIBE, 'Audio output tokens').nth(1)).toContainText(
        `Not taken: ${data(TRANSCRIBE).name} gives no audio output; its outputs are text`,
      );
      await expect(cells(page, TRANSCRIBE, 'Total per request').first()).toHaveText(
        `No total: ${data(TRANSCRIBE).name} does not take every unit of this request`,
      );
      // GPT-Realtime-2.1 Mini, the model OpenAI names for TTS, is a member of another line: it is
      // on this page too, checked against its own limits (50,000 tokens out is over its max).
      expect(state(TTS).replacement).toBe(REALTIME);
      const max = data(REALTIME).maxOutput;
      if (!('value' in max)) throw new Error(`${REALTIME} has a sourced max output in content`);
      await expect(cells(page, REALTIME, 'Total per request').first()).toHaveText(
        `Too long for this model: 50,000 output tokens, more than its max output of ` +
          `${max.value.toLocaleString('en-US')}`,
      );
      await expect(table(page, REALTIME)).toContainText(`Named to replace ${data(TTS).name}`);
      await expect(page.getByRole('status')).toHaveText(
        `Cheapest for this request: ${data(TTS).name}, ${formatCost(text + audio)} a request.`,
      );
      // Transcribe's replacements are ids no source prices: named, not priced.
      await expect(page.getByText('so not priced here')).toContainText('gpt-transcribe');
      await expect(page.getByText('state no per-minute figure')).toBeVisible();
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);

      // The address is the state: reloaded, the same request is drawn again.
      await page.reload();
      await expect(field(page, 'Audio output tokens per request')).toHaveValue('50000');
      await expect(cells(page, TTS, 'Total per request').last()).toHaveText(
        formatCost(text + audio),
      );
    });

    test('a bad value gets a message beside its field, and no cost is shown', async ({ page }) => {
      await page.goto(SPEECH);
      const audio = field(page, 'Audio output tokens per request');
      const message = page.locator('#calc-audio-output-message');
      for (const [value, words] of [
        ['50,000', SEPARATOR_MESSAGE],
        ['lots', 'That is not a number. Use digits only, such as 2000.'],
        ['-1', 'This cannot be negative.'],
      ] as const) {
        await audio.fill(value);
        await expect(audio).toHaveAttribute('aria-invalid', 'true');
        await expect(audio).toHaveAccessibleDescription(words);
        await besideTheField(page, audio, message);
        await expect(page.locator('.unit-table')).toHaveCount(0);
        await expect(page.getByRole('status')).toContainText(words);
        expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
      }
      await audio.fill('2000');
      await expect(audio).not.toHaveAttribute('aria-invalid');
      await expect(message).toBeHidden();
      await expect(page.locator('.unit-table').first()).toBeVisible();
    });

    test('the image calculator marks GPT Image 1 mini as shut down, priced as a record', async ({
      page,
    }) => {
      await page.goto(IMAGE);
      const shutdown = data(IMAGE_MODEL).lifecycle.find((e) => e.type === 'shutdown');
      const day = shutdown && 'date' in shutdown ? shutdown.date : null;
      if (!day) throw new Error(`${IMAGE_MODEL} has no shutdown in content`);
      await expect(table(page, IMAGE_MODEL)).toContainText(
        `Shut down ${formatDate(day)}: no longer served, priced for comparison only`,
      );
      await expect(page.getByRole('status')).toHaveText(
        'Every model here has shut down: the costs are a record, not an option.',
      );
      await field(page, 'Images generated per request').fill('2');
      await field(page, 'Image size and quality').selectOption({
        label: '1024×1024, medium quality',
      });
      const medium = data(IMAGE_MODEL).pricing.perImage?.value.find(
        (p) => p.size === '1024x1024' && p.quality === 'medium',
      );
      if (!medium) throw new Error('No medium image price in content');
      await expect(cells(page, IMAGE_MODEL, 'Generated images')).toHaveText([
        '2',
        /^\$0\.011 per image, 1024×1024, medium quality\s*\[\d+\]$/,
        formatCost(2 * medium.usd),
      ]);
      await expect(page).toHaveURL(/images=2&image-price=1024x1024\+medium$/);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the speech calculator shows the opening request priced, and no form', async ({ page }) => {
    await page.goto(SPEECH);
    await expect(page.getByText('Pricing your own numbers needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Calculate' })).toBeHidden();
    // Both versions' tables and their named replacement's are in the page, each unit on its own
    // line with a total.
    await expect(page.locator('.unit-table')).toHaveCount(3);
    await expect(table(page, TRANSCRIBE)).toContainText('Total per request');
    await expect(page.getByText("is this site's assumption")).toBeVisible();
    await expect(page.getByText('state no per-minute figure')).toBeVisible();
  });

  test('a model page of the speech line links to its calculator', async ({ page }) => {
    await page.goto(`/models/${TTS}/`);
    await page.getByRole('link', { name: 'the GPT mini speech cost calculator' }).click();
    await expect(page).toHaveURL(SPEECH);
  });
});

for (const address of [SPEECH, IMAGE, `${SPEECH}?input=1000&audio-input=x&audio-output=0`]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${address} is axe-clean (${colorScheme})`, async ({ page }) => {
      // An axe sweep takes seconds on the shared 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(address);
      await expect(page.getByRole('status')).not.toBeEmpty();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
}
