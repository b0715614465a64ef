import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatList,
  formatScore,
  formatTokens,
  formatUsd,
} from '../../src/lib/format.ts';
import {
  effortLabel,
  FEATURE_LABELS,
  modalitiesLabel,
  RATE_LABELS,
  TIER_LABELS,
} from '../../src/lib/labels.ts';
import { isCalendarDate } from '../../src/schemas/primitives.ts';

describe.each([
  [0.15, '$0.15'],
  [0.6, '$0.60'],
  [0.075, '$0.075'],
  [0.0125, '$0.0125'],
  [2, '$2.00'],
  [4.5, '$4.50'],
  [0, '$0.00'],
  [1234.5, '$1,234.50'],
])('formatUsd(%s)', (amount, expected) => {
  it(`is ${expected}`, () => expect(formatUsd(amount)).toBe(expected));
});

describe.each([
  [128000, '128,000'],
  [16384, '16,384'],
  [1047576, '1,047,576'],
  [400000, '400,000'],
  [512, '512'],
])('formatTokens(%s)', (count, expected) => {
  it(`is ${expected}`, () => expect(formatTokens(count)).toBe(expected));
});

describe.each([
  ['2024-07-18', 'Jul 18, 2024'],
  ['2026-03-01', 'Mar 1, 2026'],
  ['2023-10', 'Oct 2023'],
  ['2026', '2026'],
  ['2025-12-31', 'Dec 31, 2025'],
])('formatDate(%s)', (text, expected) => {
  it(`is ${expected} in any time zone`, () => expect(formatDate(text)).toBe(expected));
});

describe.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13-01', false],
  ['2024-00-10', false],
  ['2024-04-31', false],
  ['2024-07', true],
  ['2024', true],
  ['07/18/2024', false],
  ['2024-7-18', false],
])('isCalendarDate(%s)', (text, expected) => {
  it(`is ${expected}`, () => expect(isCalendarDate(text)).toBe(expected));
});

describe.each([
  [82, 'percent', '82.0%'],
  [8.65, 'percent', '8.7%'],
  [75000, 'usd', '$75,000'],
  [0.1263, 'edit-distance', '0.1263'],
] as const)('formatScore(%s, %s)', (score, unit, expected) => {
  it(`is ${expected}`, () => expect(formatScore(score, unit)).toBe(expected));
});

describe('small labels', () => {
  it.each([
    [['text', 'image'], 'Text, image'],
    [['text'], 'Text'],
  ] as const)('modalitiesLabel(%j) is %s', (list, expected) =>
    expect(modalitiesLabel(list)).toBe(expected),
  );
  it.each([
    [['text'], 'text'],
    [['text', 'image'], 'text and image'],
    [['text', 'image', 'audio'], 'text, image, and audio'],
  ] as const)('formatList(%j) is %s', (list, expected) => expect(formatList(list)).toBe(expected));
  it.each([
    ['xhigh', 'xhigh'],
    ['not-applicable', 'no reasoning step'],
    ['not-stated', 'not stated'],
  ] as const)('effortLabel(%s) is %s', (effort, expected) =>
    expect(effortLabel(effort)).toBe(expected),
  );
  it.each([
    ...Object.entries(FEATURE_LABELS),
    ...Object.entries(TIER_LABELS),
    ...Object.entries(RATE_LABELS),
  ])('names %s for a reader, not by its schema key: "%s"', (key, label) => {
    // A key written for code (camelCase or kebab-case) must not reach a reader as it is.
    if (/[A-Z-]/.test(key)) expect(label).not.toBe(key);
    expect(label).not.toMatch(/[a-z][A-Z]/);
  });
});
