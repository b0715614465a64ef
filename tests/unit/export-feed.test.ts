/**
 * /feed.xml: one item per lifecycle event and price change, dated by the event and linking its
 * source. The RSS is written with @astrojs/rss and read back with @rowanmanning/feed-parser.
 */
import rss from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { feedEvents } from '../../src/lib/export/feed.ts';
import { rssItems } from '../../src/lib/export/rss.ts';
import { baseReplacement, entry, SOURCES } from '../support/builders.ts';
import { catalogInput, ORIGIN, shutdown, VERIFIED } from '../support/export-builders.ts';

const input = catalogInput(
  [
    entry('a', {
      released: { value: '2025-03-04', source: 'blog' },
      lifecycle: [
        shutdown({ replacement: 'terra', asOf: '2026-11-20', announced: '2026-06-11' }),
        shutdown({ replacement: 'sol', asOf: '2026-08-14', source: 'third', confidence: 'medium' }),
        {
          type: 'fine-tuning-deadline',
          date: '2027-01-06',
          what: 'New fine-tuning jobs stop.',
          source: 'third',
          confidence: 'medium',
        },
        { type: 'api-check', asOf: '2026-07', finding: 'Still served.', source: 'docs' },
      ],
    }),
  ],
  [
    [
      'terra',
      baseReplacement({
        name: 'Test Terra',
        released: { value: '2026-10-01', source: 'blog' },
        pricing: {
          input: {
            value: 2,
            source: 'third',
            confidence: 'medium',
            since: '2026-07-30',
            history: [{ value: 2.5, asOf: '2026-07', source: 'third', confidence: 'medium' }],
          },
          cachedInput: { unknown: 'not-in-sources' },
          output: {
            value: 12,
            source: 'docs',
            history: [{ value: 15, asOf: '2026-06-01', source: 'docs' }],
          },
          tiers: [],
          notes: [],
        },
      }),
    ],
    ['sol', baseReplacement({ name: 'Test Sol', released: { unknown: 'not-in-sources' } })],
  ],
);
const events = feedEvents(input);
const byKind = (kind: string) => events.filter((e) => e.kind === kind);

describe('feed events', () => {
  it('dates each event by the event, at its source precision', () => {
    expect(byKind('released').map((e) => [e.subject.id, e.date])).toEqual([
      ['terra', '2026-10-01'],
      ['a', '2025-03-04'],
    ]);
    // Scheduled on the day it was announced, not the day it happens or the day of the build.
    expect(byKind('shutdown-scheduled').map((e) => e.date)).toEqual(['2026-06-11']);
    expect(byKind('replacement-named').map((e) => [e.date, e.title])).toEqual([
      ['2026-08-14', 'Test mini: replacement listed, Test Sol (sol)'],
    ]);
    expect(byKind('replacement-changed').map((e) => [e.date, e.source])).toEqual([
      ['2026-11-20', 'docs'],
    ]);
    expect(byKind('fine-tuning-deadline').map((e) => e.date)).toEqual(['2027-01-06']);
    expect(byKind('api-check').map((e) => e.date)).toEqual(['2026-07']);
  });

  it('dates a price change by the day it took effect, or else by the day it was checked', () => {
    expect(byKind('price-changed').map((e) => [e.guid, e.date, e.title])).toEqual([
      [
        'gpt-mini-catalog:price-changed:terra:output:2026-11-25',
        VERIFIED,
        'Test Terra: output price $15.00 → $12.00 per 1M tokens',
      ],
      [
        'gpt-mini-catalog:price-changed:terra:input:2026-07-30',
        '2026-07-30',
        'Test Terra: input price $2.50 → $2.00 per 1M tokens',
      ],
    ]);
  });

  it('gives no release event to a model whose release date is unknown', () => {
    expect(events.some((e) => e.subject.id === 'sol')).toBe(false);
  });

  it('lists events newest first, each with a unique, stable guid', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(events.map((e) => e.guid)).size).toBe(events.length);
    expect(feedEvents(input)).toEqual(events);
  });
});

describe('the RSS', () => {
  const xml = async () => {
    const response = await rss({
      title: 'Test changes',
      description: 'Changes.',
      site: ORIGIN,
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items: rssItems(events, SOURCES, ORIGIN),
    });
    return response.text();
  };

  it('parses, with one item per event, each linking its source', async () => {
    const feed = parseFeed(await xml());
    expect(feed.items).toHaveLength(events.length);
    for (const [i, item] of feed.items.entries()) {
      const source = SOURCES.get(events[i]?.source ?? '');
      expect(item.url).toBe(source?.url);
      expect(item.id).toBe(events[i]?.guid);
      expect(item.description).toContain(`href="${source?.url}"`);
    }
  });

  it('dates each item by its event; a day-less date has dc:date only', async () => {
    const text = await xml();
    const feed = parseFeed(text);
    const check = feed.items.find((item) => item.id === byKind('api-check')[0]?.guid);
    expect(check?.published?.toISOString().slice(0, 7)).toBe('2026-07');
    expect(text).toContain('<dc:date>2026-07</dc:date>');
    const deadline = feed.items.find((item) => item.title?.includes('fine-tuning deadline'));
    expect(deadline?.published?.toISOString()).toBe('2027-01-06T00:00:00.000Z');
    expect(text.match(/<pubDate>/g)).toHaveLength(events.length - 1);
  });

  it('marks a third-party source and links the entry in the catalog', async () => {
    const feed = parseFeed(await xml());
    const deadline = feed.items.find((item) => item.title?.includes('fine-tuning deadline'));
    expect(deadline?.description).toContain('(third-party)');
    expect(deadline?.description).toContain(`href="${ORIGIN}/models/a/"`);
  });
});
