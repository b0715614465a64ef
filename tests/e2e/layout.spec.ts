/**
 * Reading on any screen: at phone, tablet and desktop widths, no page scrolls sideways, a table
 * too wide for its box scrolls inside it with a visible cue (and can be reached by keyboard), and
 * a model page opens with its summary on the first screen. Charts are checked in chart-geometry.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';

const SCREENS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
];

const pages = builtPages();

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('no page scrolls sideways; a table that overflows scrolls in its box, with a cue', async ({
      page,
    }) => {
      // Every built page in turn: seconds alone, far more on a loaded machine.
      test.slow();
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) problems.push(`${path}: the page is ${overflow}px wider than the screen`);
        const clipped = await page.locator('table').evaluateAll((tables) =>
          tables.flatMap((table) => {
            // The nearest box that clips the table, if it is wider than it.
            let box = table.parentElement;
            while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
            if (!box || table.scrollWidth <= box.clientWidth + 1) return [];
            const style = getComputedStyle(box);
            const name = table.querySelector('caption')?.textContent?.trim().slice(0, 60) ?? '';
            const faults = [];
            if (!['auto', 'scroll'].includes(style.overflowX)) faults.push('is cut off');
            if (!style.backgroundImage.includes('gradient')) faults.push('has no scroll cue');
            // Reachable by keyboard: the box itself, or a link or button inside it, takes focus.
            if (box.tabIndex < 0 && !box.querySelector('a[href], button, [tabindex="0"]')) {
              faults.push('cannot be scrolled by keyboard');
            }
            return faults.map((fault) => `table "${name}" ${fault}`);
          }),
        );
        problems.push(...clipped.map((p) => `${path}: ${p}`));
      }
      expect(problems).toEqual([]);
    });

    test('a model page opens with its summary on the first screen', async ({ page }) => {
      // Every model page in turn: seconds alone, far more on a loaded machine.
      test.slow();
      for (const path of pages.filter((p) => /^\/models\/[^/]+\/$/.test(p))) {
        await page.goto(path);
        const summary = page.locator('.model-summary');
        const box = await summary.boundingBox();
        expect(box, path).not.toBeNull();
        // Its first row (input and output price) is fully visible without scrolling.
        const firstValue = await summary.locator('dd').first().boundingBox();
        expect(firstValue && firstValue.y + firstValue.height, path).toBeLessThanOrEqual(
          screen.height,
        );
      }
    });
  });
}
