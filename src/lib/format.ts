/** Formatting of prices, token counts, dates and scores. Pure; every page formats through here. */
import type { BenchmarkUnitName } from '../schemas/benchmark.ts';

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** `0.15` → `$0.15`, `0.6` → `$0.60`, `0.0125` → `$0.0125`. Never rounds away a published digit. */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `128000` → `128,000`. */
export function formatTokens(count: number): string {
  return integer.format(count);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-07-18` → `Jul 18, 2024`; `2024-07` → `Jul 2024`; `2024` → `2024`. Reads the text, so no time zone can shift it. */
export function formatDate(text: string): string {
  const [year, month, day] = text.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? text;
  if (day === undefined) return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
}

/** A score in its unit: `82.0%`, `$75,000`, `0.1263`. Percentages keep one decimal as published. */
export function formatScore(score: number, unit: BenchmarkUnitName): string {
  switch (unit) {
    case 'percent':
      return `${score.toFixed(1)}%`;
    case 'usd':
      return `$${integer.format(score)}`;
    case 'edit-distance':
      return String(score);
  }
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** A list in prose: "text", "text and image", "text, image, and audio". */
export function formatList(items: readonly string[]): string {
  return LIST.format(items);
}
