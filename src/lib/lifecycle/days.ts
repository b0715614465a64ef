/**
 * Counting whole days between calendar dates. No imports: the browser's countdown uses it too, and
 * the build's lifecycle rules, so both count the same way. Pure.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both YYYY-MM-DD), counted in UTC so no time zone shifts them. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y = NaN, m = NaN, d = NaN] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  const days = Math.round((utc(to) - utc(from)) / DAY_MS);
  if (!Number.isFinite(days)) throw new Error(`Not a pair of days: "${from}", "${to}"`);
  return days;
}

/** "16 days" / "1 day". */
export function dayCount(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
