/** The "did you mean" beside an unknown id: only a near, unambiguous guess is offered. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/validation/did-you-mean.ts';

const KNOWN = ['gpt-6-luna', 'gpt-6.1-terra', 'gpt-5.6-terra', 'gpt-5-mini', 'gpt-5.4-mini'];

describe.each([
  ['gpt-6.1-tera', 'gpt-6.1-terra'], // a letter dropped
  ['gpt-6-lnua', 'gpt-6-luna'], // two letters swapped: two edits
  ['gpt-5.5-mini', 'gpt-5.4-mini'], // one edit away; gpt-5-mini is two
  ['gpt-5.5-terra', 'gpt-5.6-terra'],
  ['claude-3-opus', undefined], // nothing near
  ['gpt-7-luna', 'gpt-6-luna'],
  ['gpt-7.2-luna', undefined], // three edits: not a typo
])('closest(%s)', (typed, expected) => {
  it(`is ${String(expected)}`, () => expect(closest(typed, KNOWN)).toBe(expected));
});

it('offers nothing when two ids are equally near', () => {
  expect(closest('gpt-5-terra', ['gpt-5-terrb', 'gpt-5-terrc'])).toBeUndefined();
});
