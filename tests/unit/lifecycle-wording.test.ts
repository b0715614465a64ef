/**
 * Every sentence about a version's lifecycle, as the pages, files and cards say it, on each kind
 * of day: before the shutdown, on its day, after it, and with no shutdown at all.
 */
import { describe, expect, it } from 'vitest';
import { lifecycleState, staleDays, stateDays } from '../../src/lib/lifecycle/state.ts';
import {
  countdownSentence,
  datedStopsSentence,
  replacementNames,
  replacementSentence,
  stalenessNote,
  statusText,
  statusWithCount,
  stopsSentence,
  whenClause,
} from '../../src/lib/lifecycle/wording.ts';
import { ShutdownEvent } from '../../src/schemas/lifecycle.ts';

const shutdown = ShutdownEvent.parse({
  type: 'shutdown',
  date: '2026-12-11',
  ids: [
    { id: 'gpt-x', kind: 'alias' },
    { id: 'gpt-x-2025-08-07', kind: 'snapshot' },
  ],
  fineTunesToo: true,
  replacement: 'gpt-y',
  asOf: '2026-11-25',
  source: 'docs',
});

const stateOn = (day: string) => lifecycleState([shutdown], stateDays(day, '2026-11-25'));

describe.each([
  {
    day: '2026-12-06',
    status: 'Shuts down Dec 11, 2026',
    countdown: '5 days left as of Dec 6, 2026, the day this page was built.',
    withCount: 'Shuts down Dec 11, 2026 (5 days left as of Dec 6, 2026)',
    when: 'on Dec 11, 2026, 5 days after Dec 6, 2026, the day this page was built',
    stops:
      'The alias gpt-x and dated snapshot gpt-x-2025-08-07 stop being served, ' +
      'with the fine-tuned models built on it.',
  },
  {
    day: '2026-12-10',
    status: 'Shuts down Dec 11, 2026',
    countdown: '1 day left as of Dec 10, 2026, the day this page was built.',
    withCount: 'Shuts down Dec 11, 2026 (1 day left as of Dec 10, 2026)',
    when: 'on Dec 11, 2026, 1 day after Dec 10, 2026, the day this page was built',
    stops:
      'The alias gpt-x and dated snapshot gpt-x-2025-08-07 stop being served, ' +
      'with the fine-tuned models built on it.',
  },
  {
    day: '2026-12-11',
    status: 'Shuts down today, Dec 11, 2026',
    countdown: 'The shutdown day is Dec 11, 2026, the day this page was built.',
    withCount: 'Shuts down today, Dec 11, 2026',
    when: 'today, Dec 11, 2026',
    stops:
      'The alias gpt-x and dated snapshot gpt-x-2025-08-07 stop being served, ' +
      'with the fine-tuned models built on it.',
  },
  {
    day: '2026-12-12',
    status: 'Shut down Dec 11, 2026',
    countdown: 'Scheduled by OpenAI; dates last checked Nov 25, 2026.',
    withCount: 'Shut down Dec 11, 2026 (scheduled by OpenAI; dates last checked Nov 25, 2026)',
    when: 'on Dec 11, 2026 (scheduled by OpenAI; dates last checked Nov 25, 2026)',
    stops:
      'The alias gpt-x and dated snapshot gpt-x-2025-08-07 stopped being served, ' +
      'with the fine-tuned models built on it.',
  },
])('built on $day', ({ day, status, countdown, withCount, when, stops }) => {
  const state = stateOn(day);
  it(`the status reads "${status}"`, () => expect(statusText(state)).toBe(status));
  it('the countdown sentence never counts from an old day', () =>
    expect(countdownSentence(state)).toBe(countdown));
  it('the status with its count', () => expect(statusWithCount(state)).toBe(withCount));
  it('the clause an answer uses', () => expect(whenClause(state)).toBe(when));
  it('what stops, in the right tense', () =>
    expect(stopsSentence(shutdown, state.phase)).toBe(stops));
});

describe('with no shutdown announced', () => {
  const state = lifecycleState([], stateDays('2026-12-06', '2026-11-25'));
  it('says so, and has no countdown, clause or replacement', () => {
    expect(statusText(state)).toBe('Served, no shutdown announced');
    expect(statusWithCount(state)).toBe('Served, no shutdown announced');
    expect(countdownSentence(state)).toBeUndefined();
    expect(whenClause(state)).toBe('');
    expect(replacementSentence(state, () => undefined)).toBeUndefined();
  });
});

describe('dated sentences for feeds and calendars', () => {
  it('give the date, in the future or the past tense', () => {
    expect(datedStopsSentence(shutdown)).toBe(
      'The alias gpt-x and dated snapshot gpt-x-2025-08-07 stop being served on Dec 11, 2026, ' +
        'with the fine-tuned models built on it.',
    );
    expect(datedStopsSentence(shutdown, 'shut-down')).toMatch(/stopped being served on Dec 11/);
  });
});

describe('the replacement', () => {
  it('is named with its id, or by id alone', () => {
    const state = stateOn('2026-12-06');
    expect(replacementSentence(state, () => 'GPT Y')).toBe(
      'Replacement listed by OpenAI: GPT Y (gpt-y).',
    );
    expect(replacementSentence(state, () => undefined)).toBe(
      'Replacement listed by OpenAI: gpt-y.',
    );
  });

  it('gives several replacements as the source does: "a or b"', () => {
    const offered = ShutdownEvent.parse({
      ...shutdown,
      replacement: 'gpt-image-2.6-sunburst',
      alternatives: ['gpt-image-2.6-flare'],
    });
    const state = lifecycleState([offered], stateDays('2026-12-06', '2026-12-06'));
    const names = new Map([['gpt-image-2.6-flare', 'Flare']]);
    expect(replacementSentence(state, (id) => names.get(id))).toBe(
      'Replacement listed by OpenAI: gpt-image-2.6-sunburst or Flare (gpt-image-2.6-flare).',
    );
    expect(replacementNames(state, (id) => names.get(id))).toBe('gpt-image-2.6-sunburst or Flare');
  });
});

describe('staleness', () => {
  it('is said only after two weeks, with both days', () => {
    const fresh = stateDays('2026-12-09', '2026-11-25');
    expect(stalenessNote(fresh, staleDays(fresh))).toBeUndefined();
    const old = stateDays('2026-12-12', '2026-11-25');
    expect(stalenessNote(old, staleDays(old))).toBe(
      'The facts on this page were last checked Nov 25, 2026, 17 days before it was built ' +
        '(Dec 12, 2026); a date or price may have changed since.',
    );
  });
});
