/**
 * A build made the day after a shutdown moves on by itself: every view of each version whose
 * scheduled date has passed says "Shut down", with the day the schedule was last checked, never a
 * countdown from an old day; "what is going away" lists it as recently shut down; the files for
 * machines, the feed, the calendar and the share card say the same. npm test makes this build on
 * AFTER_SHUTDOWN_DAY (SOURCE_DATE_EPOCH) and serves it beside the main one. Expectations come from
 * the content through the lifecycle rules, so the test follows the data.
 */
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pairPath } from '../../src/lib/paths.ts';
import { modelMarkdownPath, modelPagePath, versionJsonPath } from '../../src/lib/paths.ts';
import { formatDate } from '../../src/lib/format.ts';
import { lifecycleState, staleDays } from '../../src/lib/lifecycle/state.ts';
import { statusText } from '../../src/lib/lifecycle/wording.ts';
import { membersOf } from '../../src/lib/lineage/members.ts';
import { FEATURED_LINE } from '../../src/site.ts';
import {
  AFTER_SHUTDOWN_DAY,
  AFTER_SHUTDOWN_DIST,
  afterShutdownPort,
  builtDay,
  builtDays,
} from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

if (!existsSync(join(PROJECT_ROOT, AFTER_SHUTDOWN_DIST)))
  throw new Error(
    `${AFTER_SHUTDOWN_DIST}/ is missing: npm test builds it ` +
      `(SOURCE_DATE_EPOCH of ${AFTER_SHUTDOWN_DAY}, astro build --outDir ${AFTER_SHUTDOWN_DIST})`,
  );

test.use({ baseURL: `http://localhost:${afterShutdownPort()}` });

const content = loadContent();
const line = content.lines.get(FEATURED_LINE);
if (!line) throw new Error(`No line ${FEATURED_LINE}`);
const days = builtDays(line.verified, AFTER_SHUTDOWN_DIST);
const members = membersOf(line, content.models).map((m) => ({
  ...m,
  state: lifecycleState(m.data.lifecycle, days),
}));
const gone = members.filter((m) => m.state.phase === 'shut-down');
const checked = `dates last checked ${formatDate(line.verified)}`;

test('the second build is dated by SOURCE_DATE_EPOCH, and something in it has shut down', () => {
  expect(builtDay(AFTER_SHUTDOWN_DIST)).toBe(AFTER_SHUTDOWN_DAY);
  // GPT-5 mini's scheduled shutdown (2026-12-11) is the day before; the test needs one.
  expect(gone.map((m) => m.id)).toContain('gpt-5-mini');
});

test('pages say the facts were last checked only once that is over two weeks back', async ({
  page,
}) => {
  // The note is rendered and tested in components.test.ts; here, whether this build shows it.
  const stale = staleDays(days) !== undefined;
  const note = `The facts on this page were last checked ${formatDate(line.verified)}`;
  for (const path of ['/', modelPagePath('gpt-5-mini')]) {
    await page.goto(path);
    if (stale) await expect(page.locator('.stale-note'), path).toContainText(note);
    else await expect(page.locator('.stale-note'), path).toHaveCount(0);
    // Either way the schedule says when its dates were last checked.
    await expect(page.locator('main'), path).toContainText(
      `last checked ${formatDate(line.verified)}`,
    );
  }
});

for (const m of gone) {
  const { shutdown, replacement } = m.state;
  if (!shutdown) throw new Error('filtered above');
  const date = formatDate(shutdown.date);

  test.describe(`${m.data.name}, shut down ${date}`, () => {
    test('home on a phone: recently shut down, with its replacement, on the first screen', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/');
      const section = page.getByRole('region', { name: /What is going away/ });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(
        `What is going away, as of ${formatDate(AFTER_SHUTDOWN_DAY)}`,
      );
      const item = section
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: m.data.name, exact: true }) });
      await expect(item).toContainText(`shut down ${date}`);
      await expect(item).not.toContainText('left');
      if (replacement) await expect(item).toContainText(`→ ${replacement}`);
      // It sits under "Recently shut down", not under "Going away".
      const heading = await item.evaluate((li) => {
        let node = li.parentElement?.previousElementSibling;
        while (node && node.tagName !== 'H3') node = node.previousElementSibling;
        return node?.textContent ?? '';
      });
      expect(heading).toBe('Recently shut down');
      // Its name, status and replacement are on the first screen.
      const last = replacement
        ? item.getByText(replacement, { exact: true })
        : item.locator('strong');
      const box = await last.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    });

    test('the lineage table says "Shut down" with the replacement', async ({ page }) => {
      await page.goto('/');
      const row = page
        .getByRole('table', { name: /every version/ })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: m.data.name, exact: true }) });
      await expect(row).toContainText(
        `${statusText(m.state)}${replacement ? ` → ${replacement}` : ''}`,
      );
    });

    test('its page opens with "Shut down", the schedule it rests on, and no countdown', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(modelPagePath(m.id));
      const banner = page.getByRole('region', { name: `Shut down ${date}` });
      await expect(banner.getByRole('heading')).toHaveText(`Shut down ${date}`);
      await expect(banner).toContainText(`Scheduled by OpenAI; ${checked}.`);
      await expect(banner).toContainText('stopped being served');
      await expect(banner).not.toContainText(/\bdays? left\b/);
      await expect(banner.locator('.countdown')).toHaveCount(0);
      if (replacement) await expect(banner).toContainText(`(${replacement})`);
      const heading = await banner.getByRole('heading').boundingBox();
      expect(heading && heading.y + heading.height).toBeLessThanOrEqual(844);
      await page.goto(`${modelPagePath(m.id)}#faq-availability`);
      await expect(page.locator('#faq-availability')).toContainText(
        `shut down on ${date} (scheduled by OpenAI; ${checked})`,
      );
    });

    if (replacement && content.replacements.has(replacement)) {
      test('its comparison with the replacement gives the status as of the build', async ({
        page,
      }) => {
        await page.goto(pairPath(m.id, replacement));
        await expect(page.getByRole('row', { name: /^Status/ })).toContainText(
          `Shut down ${date} → ${replacement} (as of ${formatDate(AFTER_SHUTDOWN_DAY)})`,
        );
      });
    }

    test('the calculator prices it as a record, after every model still served', async ({
      page,
    }) => {
      await page.goto('/calculator/');
      const names = await page
        .locator('.calc-table tbody th[scope="row"]')
        .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
      const at = names.findIndex((n) => n.startsWith(m.data.name));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(names[at]).toContain(`Shut down ${date}: no longer served`);
      const liveAfter = names.slice(at + 1).filter((n) => !n.includes('no longer served'));
      expect(liveAfter).toEqual([]);
      await expect(page.locator('.calc-summary')).not.toContainText(
        `Cheapest for this request: ${m.data.name},`,
      );
    });

    test('its JSON, Markdown, feed item, calendar entry and card say so', async ({
      request,
      page,
    }) => {
      const json = (await (await request.get(versionJsonPath(m.id))).json()) as {
        version: { status: Record<string, unknown> };
      };
      expect(json.version.status).toMatchObject({
        phase: 'shut-down',
        asOf: AFTER_SHUTDOWN_DAY,
        checked: line.verified,
        replacement: replacement ?? null,
      });
      const md = await (await request.get(modelMarkdownPath(m.id))).text();
      expect(md).toContain(`## Status as of ${formatDate(AFTER_SHUTDOWN_DAY)}`);
      expect(md).toContain(`- Shut down ${date} (scheduled by OpenAI; ${checked}).`);
      const feed = await (await request.get('/feed.xml')).text();
      expect(feed).toContain(`<title>${m.data.name}: shut down ${date}</title>`);
      const calendar = new ICAL.Component(
        ICAL.parse(await (await request.get('/shutdowns.ics')).text()),
      );
      const event = calendar
        .getAllSubcomponents('vevent')
        .find((e) => e.getFirstPropertyValue('uid') === `shutdown-${m.id}@gpt-mini-catalog`);
      expect(String(event?.getFirstPropertyValue('description'))).toContain(
        `stopped being served on ${date}`,
      );
      await page.goto(modelPagePath(m.id));
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
        'content',
        new RegExp(`Shut down ${date}`),
      );
    });
  });
}
