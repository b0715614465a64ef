import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copy button copies the model ID, by mouse and by keyboard', async ({ page }) => {
  await page.goto('/models/gpt-5.4-mini/');
  const button = page.getByRole('button', { name: 'Copy model ID gpt-5.4-mini' });
  await button.click();
  await expect(page.getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('gpt-5.4-mini');

  const snapshot = page.getByRole('button', { name: 'Copy snapshot ID gpt-5.4-mini-2026-03-17' });
  await snapshot.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('gpt-5.4-mini-2026-03-17');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button is hidden and the ID is still there to select', async ({ page }) => {
    await page.goto('/models/gpt-5.4-mini/');
    await expect(page.getByRole('button', { name: /Copy model ID/ })).toBeHidden();
    const openaiRow = page
      .locator('#access')
      .locator('..')
      .getByRole('row', { name: /^OpenAI API/ });
    await expect(openaiRow.getByText('gpt-5.4-mini', { exact: true })).toBeVisible();
  });
});
