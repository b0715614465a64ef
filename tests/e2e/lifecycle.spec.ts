/**
 * The catalog knows time: what is going away, when, what replaces it, counted from the build's day
 * with the day the data was checked beside it. Expectations come from the content through the same
 * lifecycle rules, on the day the build says it was made, never typed by hand, so the test follows
 * the data and the pinned day.
 */
import { expect, test } from '@playwright/test';
import { pairPath } from '../../src/lib/paths.ts';
import { formatDate } from '../../src/lib/format.ts';
import { dayCount } from '../../src/lib/lifecycle/days.ts';
import {
  byUrgency,
  lifecycleState,
  nearestGroupFirst,
  urgencyGroup,
} from '../../src/lib/lifecycle/state.ts';
import { HOME_LIFECYCLE_SHOWN } from '../../src/site.ts';
import { statusText } from '../../src/lib/lifecycle/wording.ts';
import { membersOf } from '../../src/lib/lineage/members.ts';
import { builtPages } from '../support/built-pages.ts';
import { builtDays } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const line = content.lines.get('gpt-mini');
if (!line) throw new Error('line missing');
const days = builtDays(line.verified);
const asOf = days.day;
const members = membersOf(line, [...content.models.values()]).map((m) => ({
  ...m,
  state: lifecycleState(m.data.lifecycle, days),
}));
const withShutdown = members.filter((m) => m.state.shutdown);

test.describe('home on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows what is going away across the family, nearest first, without scrolling', async ({
    page,
  }) => {
    await page.goto('/');
    const section = page.getByRole('region', { name: /What is going away/ });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      `What is going away, as of ${formatDate(asOf)}`,
    );
    const items = section.getByRole('listitem');
    const ordered = familyList();
    expect(ordered.length).toBeGreaterThan(0);
    await expect(items).toHaveCount(ordered.length);
    for (const [i, m] of ordered.entries()) {
      const item = items.nth(i);
      await expect(item.getByRole('link').first()).toHaveText(m.data.name);
      await expect(item).toContainText(`(${m.lineName})`);
      const { shutdown, daysLeft, replacement } = m.state;
      if (!shutdown) throw new Error(`${m.id} is listed without a shutdown`);
      if (urgencyGroup(m.state) === 'going-away') {
        await expect(item).toContainText(`shuts down ${formatDate(shutdown.date)}`);
        await expect(item).toContainText(`(${dayCount(daysLeft ?? 0)} left)`);
      } else {
        await expect(item).toContainText(`shut down ${formatDate(shutdown.date)}`);
      }
      if (replacement) await expect(item).toContainText(`→ ${replacement}`);
    }
    // Checked within two weeks of this build: no staleness note.
    await expect(page.locator('.stale-note')).toHaveCount(0);
    // The first, most urgent item is on the first screen.
    const box = await items.first().boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  });
});

/**
 * The home page's list as the rules make it: every line's versions going away and recently shut
 * down, each group most urgent first and capped, the group with the nearest date first.
 */
function familyList() {
  const all = [...content.lines.values()].flatMap((l) =>
    membersOf(l, [...content.models.values()]).map((m) => ({
      ...m,
      lineName: l.name,
      state: lifecycleState(m.data.lifecycle, builtDays(l.verified)),
    })),
  );
  const group = (name: string) =>
    byUrgency(all.filter((m) => urgencyGroup(m.state) === name)).slice(0, HOME_LIFECYCLE_SHOWN);
  return nearestGroupFirst(group('going-away'), group('recently-shut-down'));
}

test('the status column says what is happening, with the replacement', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /every version/ });
  await expect(table.getByRole('caption')).toContainText(`status as of ${formatDate(asOf)}`);
  for (const m of members) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: m.data.name, exact: true }) });
    const { replacement, phase } = m.state;
    const arrow = replacement && phase !== 'available' ? ` → ${replacement}` : '';
    const status = `${statusText(m.state)}${arrow}`;
    await expect(row).toContainText(status);
  }
});

for (const m of withShutdown.filter((v) => urgencyGroup(v.state) === 'going-away')) {
  test(`${m.id}: the page opens with the shutdown, the days left and the replacement`, async ({
    page,
  }) => {
    const { shutdown, daysLeft, replacement } = m.state;
    if (!shutdown) throw new Error('filtered above');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/models/${m.id}/`);
    const banner = page.getByRole('region', { name: /^Shuts down/ });
    await expect(banner.getByRole('heading')).toHaveText(`Shuts down ${formatDate(shutdown.date)}`);
    await expect(banner).toContainText(
      `${dayCount(daysLeft ?? 0)} left as of ${formatDate(asOf)}, the day this page was built.`,
    );
    await expect(banner).toContainText(`Dates last checked ${formatDate(days.checked)}.`);
    for (const id of shutdown.ids) await expect(banner).toContainText(id.id);
    const heading = await banner.getByRole('heading').boundingBox();
    expect(heading && heading.y + heading.height).toBeLessThanOrEqual(844);
    if (replacement) {
      const name = content.replacements.get(replacement)?.name;
      if (!name) throw new Error(`${replacement} missing from content/replacements`);
      await expect(banner).toContainText(`Replacement listed by OpenAI: ${name} (${replacement})`);
      await banner.getByRole('link', { name: 'Compare the two' }).click();
      await expect(page).toHaveURL(pairPath(m.id, replacement));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${m.data.name} vs ${name}`);
    }
  });

  test(`${m.id}: the browser restates the countdown against the reader's today`, async ({
    page,
  }) => {
    const { shutdown } = m.state;
    if (!shutdown) throw new Error('filtered above');
    // A reader some days after the build, before the shutdown day: the count is restated from
    // their own today, and nothing moves.
    const later = Math.min(5, (m.state.daysLeft ?? 0) - 1);
    test.skip(later < 1, 'The build is the day before the shutdown: no later day to read it on');
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          w.shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.clock.setFixedTime(
      new Date(`${asOf}T12:00:00`).getTime() + later * 24 * 3600 * 1000,
    );
    await page.goto(`/models/${m.id}/`);
    const banner = page.getByRole('region', { name: /^Shuts down/ });
    await expect(banner.locator('.countdown')).toHaveText(
      new RegExp(`^Today \\(.+\\): ${dayCount((m.state.daysLeft ?? 0) - later)} left\\.$`),
    );
    await expect(banner).toContainText(`as of ${formatDate(asOf)}`);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });
}

for (const m of members) {
  test(`${m.id}: the timeline runs in date order, from release to the shutdown`, async ({
    page,
  }) => {
    await page.goto(`/models/${m.id}/`);
    const dates = await page
      .locator('.timeline time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe(m.data.released.value);
    if (m.state.shutdown) expect(dates.at(-1)).toBe(m.state.shutdown.date);
  });

  test(`${m.id}: the FAQ says when it shuts down and what replaces it`, async ({ page }) => {
    await page.goto(`/models/${m.id}/#faq-shutdown`);
    const answer = page.locator('#faq-shutdown');
    await expect(answer).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name: `When does ${m.data.name} shut down, and what replaces it?`,
      }),
    ).toBeVisible();
    const { shutdown, replacement } = m.state;
    if (shutdown) await expect(answer).toContainText(formatDate(shutdown.date));
    if (replacement) await expect(answer).toContainText(replacement);
    if (!shutdown) await expect(answer).toContainText('no shutdown has been announced');
  });
}

test.describe('words', () => {
  const schemaKeys =
    /\b(?:functionCalling|structuredOutputs|imageInput|fineTuning|batchApi|cachedInput|contextWindow|maxOutput|knowledgeCutoff|not-applicable|not-stated|not-in-sources|not-disclosed|cached-input)\b/;
  for (const path of builtPages()) {
    test(`${path}: never calls a version latest, and prints no schema key`, async ({ page }) => {
      await page.goto(path);
      await page
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // A model id may end in "-latest" (codex-mini-latest): that is its name, not a claim.
      const text = (await page.locator('body').innerText()).replaceAll(/[\w.-]+-latest\b/g, '');
      expect(text).not.toMatch(/\blatest\b/i);
      // "Current" only beside the date it was true as of.
      for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
        if (/\bcurrent(?:ly)?\b/i.test(sentence)) expect(sentence).toMatch(/\bas of\b/);
      }
      expect(text).not.toMatch(schemaKeys);
    });
  }
});
