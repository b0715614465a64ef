/** Describing how a number changed between two versions, in words both ways. Pure. */

/** The words for a rise and a fall: prices go higher or lower, windows larger or smaller. */
export interface Direction {
  up: string;
  down: string;
}

export const HIGHER_LOWER: Direction = { up: 'higher', down: 'lower' };
export const LARGER_SMALLER: Direction = { up: 'larger', down: 'smaller' };

/** `after / before` in words: `2.7× higher`, `1.6× lower`, `the same`; never divides by zero. */
export function ratioText(before: number, after: number, words: Direction = HIGHER_LOWER): string {
  if (before === 0) return after === 0 ? 'the same' : `${words.up}, up from zero`;
  const ratio = after / before;
  if (ratio === 1) return 'the same';
  if (ratio > 1) return `${Number(ratio.toFixed(1))}× ${words.up}`;
  return `${Number((1 / ratio).toFixed(1))}× ${words.down}`;
}

/** `Input price: $0.15 → $0.40 (2.7× higher)`. `format` renders each value. Plain text. */
export function describeChange(
  label: string,
  before: number,
  after: number,
  format: (n: number) => string,
  words: Direction = HIGHER_LOWER,
): string {
  if (before === after) return `${label}: unchanged at ${format(after)}`;
  return `${label}: ${format(before)} → ${format(after)} (${ratioText(before, after, words)})`;
}
