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

/**
 * `2024-07-18` → `Jul 18, 2024`; `2024-07` → `Jul 2024`; `2024` → `2024`. Reads the text, so no
 * time zone can shift it.
 */
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

// The formatters below are marked pure so bundles that use none of them (the compare page's
// script) drop them: a constructor call at the top of a module is otherwise kept.

/** Drops binary noise (0.1 + 0.2 → 0.3) before display rounding; returns exact decimal text. */
const snap = (amount: number): `${number}` => {
  if (!Number.isFinite(amount)) throw new Error(`Not a finite amount: ${amount}`);
  return amount.toPrecision(12) as `${number}`;
};

const cents = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  roundingMode: 'halfExpand',
});
const threeDigits = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 3,
  useGrouping: false,
  roundingMode: 'halfExpand',
});
const smallUsd = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 20,
});

/**
 * A computed amount of money (a cost, not a published rate): `$1,234.57`, `$0.45`, `$0.000045`.
 * The rule: drop binary noise (12 significant digits), then round half away from zero — to the
 * cent from $1, to 3 significant digits below $1, so a small cost never reads as $0.00.
 * formatUsd is for published rates, which it never rounds; it cannot show $0.000045.
 */
export function formatCost(amount: number): string {
  const exact = snap(amount);
  if (Math.abs(Number(exact)) >= 1) return cents.format(exact);
  return smallUsd.format(threeDigits.format(exact) as `${number}`);
}

const twoDigits = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 2,
  roundingMode: 'halfExpand',
});
const whole = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
  roundingMode: 'halfExpand',
});

/** A ratio of two costs: `0.13×`, `2.5×`, `12×`, `1,250×` (2 significant digits; whole from 10). */
export function formatRatio(ratio: number): string {
  const exact = snap(ratio);
  return `${Number(exact) >= 10 ? whole.format(exact) : twoDigits.format(exact)}×`;
}
