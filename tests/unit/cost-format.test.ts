/** Money and ratios as the calculator shows them: the rounding rule, with no binary noise. */
import { describe, expect, it } from 'vitest';
import { formatCost, formatRatio } from '../../src/lib/format.ts';

describe.each([
  // From $1: to the cent, half away from zero.
  [1234.567, '$1,234.57'],
  [1, '$1.00'],
  [1.005, '$1.01'],
  [12.345, '$12.35'],
  // Below $1: three significant digits, at least two decimals, never $0.00 for a cost above zero.
  [0.5, '$0.50'],
  [0.0123456, '$0.0123'],
  [0.000045, '$0.000045'],
  [0.000125, '$0.000125'],
  [0.00012345, '$0.000123'],
  [0.99996, '$1.00'],
  // Binary noise is dropped before rounding.
  [0.1 + 0.2, '$0.30'],
  [0.000405 * 3, '$0.00122'],
  [0, '$0.00'],
])('formatCost(%s)', (amount, expected) => {
  it(`is ${expected}`, () => expect(formatCost(amount)).toBe(expected));
});

it('formatCost refuses what is not a finite amount, rather than print NaN or Infinity', () => {
  expect(() => formatCost(Number.NaN)).toThrow('Not a finite amount');
  expect(() => formatCost(Number.POSITIVE_INFINITY)).toThrow('Not a finite amount');
});

describe.each([
  [0.1333, '0.13×'],
  [1, '1×'],
  [2.45, '2.5×'],
  [12.5, '13×'],
  [1250.4, '1,250×'],
  [350 / 1100, '0.32×'],
])('formatRatio(%s)', (ratio, expected) => {
  it(`is ${expected}`, () => expect(formatRatio(ratio)).toBe(expected));
});
