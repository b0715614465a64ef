/** Which comparisons are pre-rendered. Pure. */

/**
 * Every pair of a line's versions, older first (members come oldest first). Lines are small, so
 * this is n(n−1)/2 per line; pairs across lines are drawn in the browser, never pre-rendered.
 */
export function linePairs(oldestFirst: readonly { id: string }[]): [string, string][] {
  return oldestFirst.flatMap((a, i) =>
    oldestFirst.slice(i + 1).map((b): [string, string] => [a.id, b.id]),
  );
}
