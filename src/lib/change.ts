/** Describing how a number changed between two versions. Pure. */

/** `after / before` as text: `2.7×`, `half`; never divides by zero. */
export function ratioText(before: number, after: number): string {
  if (before === 0) return after === 0 ? 'the same' : 'up from zero';
  const ratio = after / before;
  if (ratio === 1) return 'the same';
  if (ratio >= 1) return `${Number(ratio.toFixed(1))}×`;
  return `${Number((1 / ratio).toFixed(1))}× lower`;
}

/**
 * `Input price: $0.15 → $0.40 (2.7×)`. `format` renders each value. Pure text for FAQ answers.
 */
export function describeChange(
  label: string,
  before: number,
  after: number,
  format: (n: number) => string,
): string {
  if (before === after) return `${label}: unchanged at ${format(after)}`;
  return `${label}: ${format(before)} → ${format(after)} (${ratioText(before, after)})`;
}
