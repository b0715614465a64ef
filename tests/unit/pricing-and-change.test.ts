import { describe, expect, it } from 'vitest';
import { describeChange, ratioText } from '../../src/lib/compare/change.ts';
import { describeRates } from '../../src/lib/pricing/rates.ts';

describe.each([
  [0.15, 0.4, '2.7× higher'],
  [0.4, 0.25, '1.6× lower'],
  [1, 1, 'the same'],
  [0, 0, 'the same'],
  [0, 1, 'higher, up from zero'],
  [0.25, 0.75, '3× higher'],
])('ratioText(%s, %s)', (before, after, expected) => {
  it(`is ${expected}`, () => expect(ratioText(before, after)).toBe(expected));
});

describe('describeChange', () => {
  const usd = (n: number) => `$${n}`;
  it.each([
    ['Input price', 0.15, 0.4, usd, 'Input price: $0.15 → $0.4 (2.7× higher)'],
    ['Input price', 0.4, 0.4, usd, 'Input price: unchanged at $0.4'],
  ])('%s %s → %s', (label, before, after, format, expected) => {
    expect(describeChange(label, before, after, format)).toBe(expected);
  });
});

describe('describeRates', () => {
  it('lists every rate with its kind', () => {
    expect(
      describeRates([
        { kind: 'input', usdPer1M: 0.075 },
        { kind: 'output', usdPer1M: 0.3 },
      ]),
    ).toBe('$0.075 input / $0.30 output per 1M tokens');
  });
});
