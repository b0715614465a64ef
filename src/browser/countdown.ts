/**
 * Restates a shutdown countdown against the reader's today. The page says "5 days left as of
 * Dec 6, 2026, the day this page was built"; a reader opening it later also sees, on a line of its
 * own, the days left from their own date, or that the date has passed. Both count with the same
 * function (src/lib/lifecycle/days.ts), so on the build's day they agree.
 */
import { dayCount, daysBetween } from '../lib/lifecycle/days.ts';

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The reader's own date format for the reader's own today.
const readable = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

for (const element of document.querySelectorAll<HTMLElement>('.countdown[data-until]')) {
  const { until, asOf } = element.dataset;
  if (!until || !asOf) continue;
  const now = today();
  const days = daysBetween(now, until);
  const todayText = readable.format(new Date());
  // Short enough for one line on a phone: the line is reserved at that height.
  element.textContent =
    now <= asOf
      ? ''
      : days > 0
        ? `Today (${todayText}): ${dayCount(days)} left.`
        : days === 0
          ? `Today (${todayText}) is the shutdown day.`
          : `Today (${todayText}): that date has passed.`;
}
