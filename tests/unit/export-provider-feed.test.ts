/**
 * /feed/<provider>.xml: a provider's own dated events, read from the real content. Every edition of
 * its schedule that set or moved a date is one item on the day that edition showed it, with that
 * edition's source; the day it refuses new deployments is one item; nothing comes from a
 * third-party listing, and nothing from a provider that states no date of its own.
 */
import { describe, expect, it } from 'vitest';
import { providerCalendars } from '../../src/lib/export/provider-calendar.ts';
import { providerFeedEvents } from '../../src/lib/export/provider-feed.ts';
import { rssItems } from '../../src/lib/export/rss.ts';
import { formatDate } from '../../src/lib/format.ts';
import { ORIGIN } from '../support/export-builders.ts';
import { realProviderContent } from '../support/provider-content.ts';

const real = realProviderContent();
const feeds = providerCalendars(real.models);

/** Azure's retirement fact of a model, as content holds it. */
function azureRetirement(id: string) {
  const row = real.availability.get(id)?.providers.find((r) => r.provider === 'azure');
  if (row?.offer !== 'offered' || !('value' in row.lifecycle.retirement))
    throw new Error(`No Azure retirement for ${id}`);
  return { retirement: row.lifecycle.retirement, lifecycle: row.lifecycle };
}

describe('providerFeedEvents on the real content', () => {
  const azure = feeds.find((f) => f.id === 'azure');
  if (!azure) throw new Error('Azure states dates of its own in content');
  const events = providerFeedEvents(azure, real.names);

  it('only providers that state dates of their own get a feed', () => {
    const listings = [...real.providers].filter(([, p]) => p.kind === 'catalog').map(([id]) => id);
    for (const feed of feeds) expect(listings).not.toContain(feed.id);
    expect(feeds.map((f) => f.id)).not.toContain('openrouter');
  });

  it("gives each edition of Azure's schedule that set or moved a date, with its own source", () => {
    for (const model of azure.models) {
      const { retirement } = azureRetirement(model.id);
      const editions = [...(retirement.history ?? []), retirement].toSorted((a, b) =>
        a.asOf.localeCompare(b.asOf),
      );
      const changes = editions.filter((e, i) => i === 0 || editions[i - 1]?.value !== e.value);
      const mine = events.filter(
        (e) => e.subject.id === model.id && e.kind.startsWith('provider-retirement'),
      );
      expect(mine.map((e) => [e.date, e.source]).toSorted()).toEqual(
        changes.map((e) => [e.asOf, e.source]).toSorted(),
      );
      // The newest edition's item names the date in force today.
      const newest = mine.toSorted((a, b) => b.date.localeCompare(a.date))[0];
      expect(newest?.title).toContain(formatDate(retirement.value));
    }
  });

  it('gives the day new deployments stopped, dated by that day', () => {
    const { lifecycle } = azureRetirement('gpt-4o-mini');
    const stop = lifecycle.noNewDeploymentsSince;
    if (!stop) throw new Error('content gives the day Azure refused new gpt-4o-mini deployments');
    const item = events.find(
      (e) => e.kind === 'provider-no-new-deployments' && e.subject.id === 'gpt-4o-mini',
    );
    expect(item?.date).toBe(stop.value);
    expect(item?.title).toContain(`no new deployments since ${formatDate(stop.value)}`);
  });

  it('is newest first, with unique ids, each item linking its source and the entry', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual(dates.toSorted().toReversed());
    expect(new Set(events.map((e) => e.guid)).size).toBe(events.length);
    const items = rssItems(events, real.sources, ORIGIN);
    for (const [i, item] of items.entries()) {
      const event = events[i];
      expect(item.link).toBe(real.sources.get(event?.source ?? '')?.url);
      expect(item.description).toContain(`${ORIGIN}/providers/azure/#${event?.subject.id}`);
    }
    // Third-party: the schedule is read through a copy of Microsoft's page.
    expect(items.some((item) => item.description?.includes('(third-party)'))).toBe(true);
  });
});
