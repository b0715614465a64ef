/**
 * /shutdowns/<provider>.ics: one calendar per provider that states its own retirement dates, read
 * back with ical.js. First with rows written here (tests/support/provider-builders.ts), then with
 * the real content: only that provider's own events, on the content's dates, and never one for a
 * third-party listing.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { shutdownUid } from '../../src/lib/export/calendar.ts';
import {
  providerCalendar,
  providerCalendars,
  providerNoNewDeploymentsUid,
  providerRetirementUid,
} from '../../src/lib/export/provider-calendar.ts';
import { formatDate } from '../../src/lib/format.ts';
import { dayCount, daysBetween } from '../../src/lib/lifecycle/days.ts';
import { SOURCES } from '../support/builders.ts';
import { ORIGIN } from '../support/export-builders.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';
import { realProviderContent } from '../support/provider-content.ts';

/** The catalog's display names of the models a provider may name as a replacement. */
const NAMES = new Map([['a', 'Test A']]);

/** The events of a calendar's text, by UID. */
function eventsOf(text: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return [event.uid, event] as const;
    }),
  );
}

describe('provider calendars, from rows written here', () => {
  // Model a: the cloud retires it 2027-02-09 (after OpenAI's 2026-12-11), names no replacement,
  // and stopped new deployments on 2026-10-01; the listing gives a date of its own, 2026-11-04.
  const a = providerViews(
    [
      {
        ...CLOUD_ROW,
        lifecycle: {
          ...CLOUD_ROW.lifecycle,
          noNewDeploymentsSince: { value: '2026-10-01', asOf: '2026-10-02', source: 'docs' },
        },
      },
      ROUTER_ROW,
      {
        ...LISTING_ROW,
        lifecycle: {
          retirement: {
            value: '2026-11-04',
            asOf: '2026-11-25',
            source: 'third',
            confidence: 'low',
          },
        },
      },
      NOT_OFFERED_ROW,
    ],
    '2026-12-11',
    '2026-12-06',
  );
  // Model b: the cloud retires it 2027-03-01, names model a, and OpenAI has announced nothing.
  const b = providerViews(
    [
      {
        ...CLOUD_ROW,
        lifecycle: {
          retirement: { value: '2027-03-01', asOf: '2026-11-20', source: 'docs' },
          replacement: { value: 'a', asOf: '2026-11-20', source: 'docs' },
        },
      },
    ],
    undefined,
    '2026-12-06',
  );
  const models = [
    { id: 'a', name: 'Test A', rows: a },
    { id: 'b', name: 'Test B', rows: b },
  ];
  const calendars = providerCalendars(models);
  const cloud = calendars[0];
  if (!cloud) throw new Error('no calendar');
  const text = providerCalendar(cloud, SOURCES, ORIGIN, NAMES);
  const events = eventsOf(text);
  const description = (uid: string) => String(events.get(uid)?.description);

  it('gives a calendar only to a provider that dates its own retirement, not to a listing', () => {
    expect(calendars.map((c) => [c.id, c.name, c.models.map((m) => m.id)])).toEqual([
      ['cloud', 'Cloud One', ['a', 'b']],
    ]);
  });

  it("holds that provider's events only, soonest first, all-day, with UIDs of its own", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'GPT mini catalog: Retirements at Cloud One',
    );
    expect([...events.keys()]).toEqual([
      providerNoNewDeploymentsUid('cloud', 'a'),
      providerRetirementUid('cloud', 'a'),
      providerRetirementUid('cloud', 'b'),
    ]);
    expect([...events.values()].map((e) => e.startDate.toString())).toEqual([
      '2026-10-01',
      '2027-02-09',
      '2027-03-01',
    ]);
    expect([...events.values()].every((e) => e.startDate.isDate)).toBe(true);
    expect(events.get(providerRetirementUid('cloud', 'a'))?.endDate.toString()).toBe('2027-02-10');
    expect(text).not.toContain('2026-11-04');
    expect(text).not.toContain('20261104');
    expect(providerRetirementUid('cloud', 'a')).not.toBe(shutdownUid('a'));
  });

  it("says the model, the id there, the date against OpenAI's, the replacement, the source", () => {
    const retiring = events.get(providerRetirementUid('cloud', 'a'));
    expect(retiring?.summary).toBe('Test A at Cloud One: a retires');
    const text = description(providerRetirementUid('cloud', 'a'));
    expect(text).toContain("Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026.");
    expect(text).toContain('Id there: a.');
    expect(text).toContain('Names no replacement.');
    expect(text).toContain('As of Sep 2, 2026.');
    // Read through a copy: marked third-party, as on the page.
    expect(text).toContain(`${SOURCES.get('third')?.url} (third-party)`);
    // The earlier edition of the schedule, with its own source, unmarked (first-party).
    expect(text).toContain(`Earlier (as of Jul 7, 2026): Feb 6, 2027. Source: OpenAI: Model page`);
    expect(text).toContain(`Details: ${ORIGIN}/models/a/#access`);
    expect(retiring?.sequence).toBe(1);
    const b = description(providerRetirementUid('cloud', 'b'));
    expect(b).toContain('Retires Mar 1, 2027; OpenAI has announced no shutdown.');
    expect(b).toContain('Names Test A (a) as the replacement.');
    expect(b).not.toContain('(third-party)');
  });

  it('makes the day new deployments stop an event of its own, with its source', () => {
    const closing = events.get(providerNoNewDeploymentsUid('cloud', 'a'));
    expect(closing?.summary).toBe('Test A at Cloud One: no new deployments');
    expect(closing?.description).toContain('No new deployments since Oct 1, 2026.');
    expect(closing?.description).toContain('Retires Feb 9, 2027');
    expect(closing?.description).toContain(
      `Source: OpenAI: Model page ${SOURCES.get('docs')?.url}`,
    );
  });

  it('stamps each event with the day the row was checked, never the clock', () => {
    for (const event of events.values())
      expect(String(event.component.getFirstPropertyValue('dtstamp'))).toBe(
        `${CLOUD_ROW.checked}T00:00:00Z`,
      );
  });

  it('writes the same bytes for the same rows, with UIDs whatever the origin', () => {
    expect(providerCalendar(cloud, SOURCES, ORIGIN, NAMES)).toBe(text);
    const elsewhere = providerCalendar(cloud, SOURCES, 'https://elsewhere.example', NAMES);
    expect([...eventsOf(elsewhere).keys()]).toEqual([...events.keys()]);
  });

  it('ends every line in CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => line.includes('\n') || Buffer.byteLength(line) > 75)).toEqual([]);
  });
});

describe('provider calendars, from the real content', () => {
  const real = realProviderContent();
  const calendars = providerCalendars(real.models);
  const texts = new Map(
    calendars.map((c) => [c.id, providerCalendar(c, real.sources, ORIGIN, real.names)]),
  );

  /** Every row of content a provider's own schedule dates, read from the files as written. */
  const dated = [...real.availability].flatMap(([model, file]) =>
    file.providers.flatMap((row) =>
      row.offer === 'offered' &&
      'value' in row.lifecycle.retirement &&
      real.providers.get(row.provider)?.kind !== 'catalog'
        ? [{ model, provider: row.provider, row, retirement: row.lifecycle.retirement.value }]
        : [],
    ),
  );

  it('gives each provider that dates a retirement a calendar, and no third-party listing', () => {
    expect(dated.length).toBeGreaterThan(0);
    expect(calendars.map((c) => c.id)).toEqual([...new Set(dated.map((d) => d.provider))].sort());
    const listings = [...real.providers].filter(([, p]) => p.kind === 'catalog').map(([id]) => id);
    expect(listings.length).toBeGreaterThan(0);
    for (const id of listings) expect(texts.has(id), id).toBe(false);
  });

  it("holds one retirement event per dated row of that provider, on the content's day", () => {
    for (const [provider, text] of texts) {
      const events = eventsOf(text);
      expect([...events.keys()].every((uid) => uid.startsWith(`${provider}/`))).toBe(true);
      const own = dated.filter((d) => d.provider === provider);
      const retirements = [...events.values()].filter((e) => e.uid.includes('/retirement-'));
      expect(retirements).toHaveLength(own.length);
      for (const { model, retirement } of own)
        expect(events.get(providerRetirementUid(provider, model))?.startDate.toString()).toBe(
          retirement,
        );
    }
  });

  it("says how far Azure's GPT-5 mini date is from OpenAI's, as the content gives both", () => {
    const row = dated.find((d) => d.provider === 'azure' && d.model === 'gpt-5-mini');
    const openai = real.openai.get('gpt-5-mini');
    if (!row || !openai) throw new Error('gpt-5-mini: no Azure date or no OpenAI date in content');
    // The dates issue #18 reports: Azure 60 days after OpenAI.
    expect(daysBetween(openai, row.retirement)).toBe(60);
    const event = eventsOf(texts.get('azure') ?? '').get(
      providerRetirementUid('azure', 'gpt-5-mini'),
    );
    expect(event?.startDate.toString()).toBe(row.retirement);
    expect(event?.description).toContain(
      `Retires ${formatDate(row.retirement)}, ` +
        `${dayCount(60)} after OpenAI's ${formatDate(openai)}.`,
    );
    // Microsoft's table is read through a copy: medium confidence, marked.
    expect(event?.description).toMatch(/learn\.microsoft\.com\S* \(third-party\)/);
  });

  it("never puts a listing's date in a provider's calendar", () => {
    const listingDates = [...real.availability].flatMap(([model, file]) =>
      file.providers.flatMap((row) =>
        row.offer === 'offered' &&
        'value' in row.lifecycle.retirement &&
        real.providers.get(row.provider)?.kind === 'catalog'
          ? [{ model, date: row.lifecycle.retirement.value }]
          : [],
      ),
    );
    expect(listingDates.length).toBeGreaterThan(0);
    for (const text of texts.values())
      for (const event of eventsOf(text).values())
        for (const { model, date } of listingDates)
          if (event.uid.endsWith(`-${model}@gpt-mini-catalog`))
            expect(event.startDate.toString()).not.toBe(date);
  });
});
