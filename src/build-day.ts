/**
 * The build's day: what "today" means for every phase, countdown and "recently shut down" on the
 * site. Facts keep their own "as of" (a line's `verified` day, a reading's `asOf`); only what is
 * derived from them moves with this day.
 *
 * SOURCE_DATE_EPOCH (whole seconds since 1970, UTC), the Reproducible Builds convention, when set;
 * otherwise the clock. Two builds with the same SOURCE_DATE_EPOCH write the same bytes; a daily
 * build without it flips a status on the day its date passes.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of `ms` milliseconds since 1970, as YYYY-MM-DD. */
function utcDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day from SOURCE_DATE_EPOCH's `value`, or from `now()` when it is unset or empty. A value that
 * is not whole seconds since 1970 throws, naming the variable: a mistyped epoch must not silently
 * become the clock's day.
 */
export function resolveBuildDay(value: string | undefined, now: () => number = Date.now): string {
  if (value === undefined || value.trim() === '') return utcDay(now());
  const text = value.trim();
  if (!/^\d+$/.test(text)) {
    throw new Error(
      'SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC ' +
        `(for example 1797033600 for 2026-12-12), ` +
        `got "${value}"`,
    );
  }
  return utcDay(Number(text) * 1000);
}

/** SOURCE_DATE_EPOCH for the start of `day` (YYYY-MM-DD, UTC): what a test or CI sets. */
export function epochOfDay(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms)) throw new Error(`Not a day: "${day}"`);
  return String(ms / 1000);
}

/** The build's day from this process's environment. */
export function buildDay(): string {
  return resolveBuildDay(process.env['SOURCE_DATE_EPOCH']);
}
