/** Where a version stands on a given day, from its dated events: the site's sense of time. */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/lib/lifecycle/days.ts';
import {
  byUrgency,
  nearestGroupFirst,
  lifecycleState,
  staleDays,
  stateDays,
  urgencyGroup,
} from '../../src/lib/lifecycle/state.ts';
import { timeline } from '../../src/lib/lifecycle/timeline.ts';
import { describeIds, statusText } from '../../src/lib/lifecycle/wording.ts';
import { LifecycleEventSchema, type LifecycleEvent } from '../../src/schemas/lifecycle.ts';

const event = (raw: Record<string, unknown>): LifecycleEvent => LifecycleEventSchema.parse(raw);

const reading = (asOf: string, replacement: string, source = 'docs', ids = ['x-2025-01-01']) =>
  event({
    type: 'shutdown',
    date: '2026-12-11',
    announced: '2026-06-11',
    ids: ids.map((id) => ({ id, kind: id.includes('-20') ? 'snapshot' : 'alias' })),
    replacement,
    asOf,
    source,
  });

/** The days of a state on `day`, for data checked on `checked` (by default the same day). */
const on = (day: string, checked = day) => ({ day, checked });

const check = (asOf: string, finding: string) =>
  event({ type: 'api-check', asOf, finding, source: 'third', confidence: 'medium' });

describe('daysBetween counts whole calendar days in UTC', () => {
  it.each([
    ['2026-11-25', '2026-12-11', 16],
    ['2026-11-25', '2027-01-14', 50],
    ['2026-12-11', '2026-12-11', 0],
    ['2026-12-12', '2026-12-11', -1],
    ['2024-02-28', '2024-03-01', 2], // a leap day
    ['2026-03-28', '2026-03-30', 2], // a clock change in Europe
  ])('%s → %s is %i', (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  it('throws on text that is not a day', () => {
    expect(() => daysBetween('2026-11', 'soon')).toThrow('Not a pair of days');
  });
});

describe('lifecycle state on a given day', () => {
  const events = [reading('2026-08-14', 'old-terra', 'third'), reading('2026-11-25', 'new-terra')];

  it.each([
    ['2026-11-25', 'shutdown-scheduled', 16, 'Shuts down Dec 11, 2026'],
    ['2026-12-10', 'shutdown-scheduled', 1, 'Shuts down Dec 11, 2026'],
    ['2026-12-11', 'shutdown-today', 0, 'Shuts down today, Dec 11, 2026'],
    ['2026-12-12', 'shut-down', -1, 'Shut down Dec 11, 2026'],
    ['2027-06-01', 'shut-down', -172, 'Shut down Dec 11, 2026'],
  ])('as of %s: %s, %i days left, "%s"', (asOf, phase, daysLeft, text) => {
    const state = lifecycleState(events, on(asOf));
    expect(state.phase).toBe(phase);
    expect(state.daysLeft).toBe(daysLeft);
    expect(statusText(state)).toBe(text);
  });

  it('takes the newest reading as current and keeps the older one as history', () => {
    const state = lifecycleState(events, on('2026-11-25'));
    expect(state.shutdown?.source).toBe('docs');
    expect(state.replacement).toBe('new-terra');
    expect(state.earlierReadings.map((r) => r.replacement)).toEqual(['old-terra']);
    expect(state.replacementChanges).toEqual([
      expect.objectContaining({ from: 'old-terra', to: 'new-terra' }),
    ]);
  });

  it('does not know on a day what a source only showed later', () => {
    const state = lifecycleState(events, on('2026-09-01'));
    expect(state.replacement).toBe('old-terra');
    expect(state.replacementChanges).toEqual([]);
  });

  it('is in the order the readings were made, whatever order the content lists them in', () => {
    const reversed = lifecycleState([...events].reverse(), on('2026-11-25'));
    expect(reversed.replacement).toBe('new-terra');
  });

  it('reports a served version with its newest check, and no replacement', () => {
    const state = lifecycleState(
      [check('2026-10-08', 'Not listed.'), check('2026-11-25', 'Still served.')],
      on('2026-11-25'),
    );
    expect(state.phase).toBe('available');
    expect(state.daysLeft).toBeUndefined();
    expect(state.replacement).toBeUndefined();
    expect(state.lastCheck?.finding).toBe('Still served.');
    expect(statusText(state)).toBe('Served, no shutdown announced');
  });

  it('lists coming fine-tuning deadlines soonest first, and drops past ones', () => {
    const deadline = (date: string) =>
      event({ type: 'fine-tuning-deadline', date, what: `Stop ${date}.`, source: 'docs' });
    const state = lifecycleState(
      [deadline('2027-01-06'), deadline('2026-05-07'), deadline('2026-12-01')],
      on('2026-11-25'),
    );
    expect(state.upcomingDeadlines.map((d) => d.date)).toEqual(['2026-12-01', '2027-01-06']);
  });
});

describe('describeIds', () => {
  it.each([
    [[{ id: 'x-2025-01-01', kind: 'snapshot' }], 'dated snapshot x-2025-01-01'],
    [
      [
        { id: 'x', kind: 'alias' },
        { id: 'x-2025-01-01', kind: 'snapshot' },
      ],
      'alias x and dated snapshot x-2025-01-01',
    ],
  ] as const)('%j reads "%s"', (ids, text) => expect(describeIds([...ids])).toBe(text));
});

describe('timeline', () => {
  const released = { value: '2025-08-07', source: 'blog', confidence: 'high' as const };
  const events = [
    reading('2026-11-25', 'new-terra', 'docs', ['x', 'x-2025-01-01']),
    reading('2026-08-14', 'old-terra', 'third'),
    event({
      type: 'product',
      product: 'chatgpt',
      date: '2025-08-07',
      what: 'At launch, on.',
      source: 'blog',
    }),
  ];

  it('tells the story in date order, each entry sourced, future ones marked', () => {
    const entries = timeline(released, events, lifecycleState(events, on('2026-11-25')));
    expect(entries.map((e) => [e.date, e.kind, e.past])).toEqual([
      ['2025-08-07', 'released', true],
      ['2025-08-07', 'product', true],
      ['2026-06-11', 'deprecation-announced', true],
      ['2026-08-14', 'replacement-named', true],
      ['2026-11-25', 'replacement-changed', true],
      ['2026-12-11', 'shutdown', false],
    ]);
    expect(entries.at(-1)?.text).toBe('Shuts down: alias x and dated snapshot x-2025-01-01.');
    expect(entries.find((e) => e.kind === 'product')?.text).toBe('ChatGPT: At launch, on.');
    expect(entries.every((e) => e.source.length > 0)).toBe(true);
  });

  it('says "shut down" once the day has passed', () => {
    const entries = timeline(released, events, lifecycleState(events, on('2027-01-01')));
    expect(entries.at(-1)).toMatchObject({ kind: 'shutdown', past: true });
    expect(entries.at(-1)?.text).toMatch(/^Shut down: /);
  });
});

describe('byUrgency', () => {
  const item = (id: string, events: LifecycleEvent[]) => ({
    id,
    state: lifecycleState(events, on('2026-11-25')),
  });
  const at = (date: string) =>
    event({
      type: 'shutdown',
      date,
      ids: [{ id: 'x', kind: 'alias' }],
      asOf: '2026-11-25',
      source: 'docs',
    });

  it('puts the nearest coming shutdown first, then past ones (latest first), then the rest', () => {
    const ordered = byUrgency([
      item('served', []),
      item('january', [at('2027-01-14')]),
      item('long-gone', [at('2025-01-01')]),
      item('december', [at('2026-12-11')]),
      item('recently-gone', [at('2026-11-01')]),
    ]);
    expect(ordered.map((i) => i.id)).toEqual([
      'december',
      'january',
      'recently-gone',
      'long-gone',
      'served',
    ]);
  });
});

describe('nearestGroupFirst', () => {
  const at = (date: string) =>
    event({
      type: 'shutdown',
      date,
      ids: [{ id: 'x', kind: 'alias' }],
      asOf: '2026-11-25',
      source: 'docs',
    });
  const item = (id: string, date: string, day: string) => ({
    id,
    state: lifecycleState([at(date)], on(day)),
  });
  const order = (day: string) =>
    nearestGroupFirst(
      [item('january', '2027-01-06', day), item('march', '2027-03-01', day)],
      [item('december', '2026-12-11', day)],
    ).map((i) => i.id);

  it('puts a shutdown of yesterday before one weeks ahead', () => {
    expect(order('2026-12-12')).toEqual(['december', 'january', 'march']);
  });

  it('keeps what is ahead first when it is nearer, or as near', () => {
    expect(order('2026-12-28')).toEqual(['january', 'march', 'december']);
    // 2026-12-24: 13 days after one, 13 days before the other.
    expect(order('2026-12-24')).toEqual(['january', 'march', 'december']);
  });

  it('leaves either group alone when the other is empty', () => {
    expect(nearestGroupFirst([], [item('december', '2026-12-11', '2026-12-12')])).toHaveLength(1);
    expect(nearestGroupFirst([item('january', '2027-01-06', '2026-12-12')], [])).toHaveLength(1);
  });
});

describe('the days a state is computed for', () => {
  it('is the build day, counted from it, while the readings stay as checked', () => {
    const days = stateDays('2026-12-06', '2026-11-25');
    expect(days).toEqual({ day: '2026-12-06', checked: '2026-11-25' });
    const state = lifecycleState([reading('2026-11-25', 'terra')], days);
    expect(state.daysLeft).toBe(5);
    expect(state.checked).toBe('2026-11-25');
  });

  it('is never before the day the data was checked', () => {
    expect(stateDays('2026-01-01', '2026-11-25')).toEqual({
      day: '2026-11-25',
      checked: '2026-11-25',
    });
  });

  it.each([
    ['2026-12-06', undefined],
    ['2026-12-09', undefined],
    ['2026-12-10', 15],
    ['2027-01-14', 50],
  ])('built on %s, data checked Nov 25, 2026: stale by %s days', (day, stale) => {
    expect(staleDays(stateDays(day, '2026-11-25'))).toBe(stale);
  });
});

describe('urgency groups on the build day', () => {
  const at = (date: string) => [
    event({
      type: 'shutdown',
      date,
      ids: [{ id: 'x', kind: 'alias' }],
      asOf: '2026-01-01',
      source: 'docs',
    }),
  ];
  it.each([
    ['2026-12-11', 'going-away'],
    ['2026-12-06', 'going-away'],
    ['2026-12-05', 'recently-shut-down'],
    ['2026-09-07', 'recently-shut-down'],
    ['2026-09-06', 'shut-down-earlier'],
  ])('a shutdown on %s, seen on Dec 6, 2026, is %s', (date, group) => {
    expect(urgencyGroup(lifecycleState(at(date), on('2026-12-06')))).toBe(group);
  });

  it('puts a version with no shutdown among the served', () => {
    expect(urgencyGroup(lifecycleState([], on('2026-12-06')))).toBe('served');
  });
});
