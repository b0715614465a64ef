/**
 * Whether a value the catalog cites still appears in its source's text: prices, token counts,
 * dates, ids and quotes, each in the spellings pages use. Pure: takes text, returns answers.
 */
import type { Check, CitedValue } from './cited-values.ts';
import { normalizeText, pageText } from './page-text.ts';

/** A number written on the page: `$0.25`, `400,000`, `400K`, `2.00`. */
interface NumberToken {
  value: number;
  /** As written, for the report. */
  text: string;
  dollar: boolean;
  decimals: boolean;
  /** Written with K or M (`400K`): a token count, never a price. */
  scaled: boolean;
}

/** What the matchers need of one page, read once. */
export interface PageIndex {
  /** The normalised text, lower-cased. */
  text: string;
  numbers: NumberToken[];
  /** Every whole day written on the page, as YYYY-MM-DD, in page order. */
  days: string[];
  /** Every month (YYYY-MM) written on the page, alone or as part of a day. */
  months: Set<string>;
  years: Set<string>;
}

// Numbers: an optional $, digits with or without thousands commas, decimals, and a K or M.
// Not part of a longer word or number: the lookbehind leaves `gpt-4.1`, `o3`, `2024-05` alone.
const NUMBER =
  /(?<![\w.,-])(\$ ?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?: ?([kKmM])(?![\w]))?(?![\w]|[.,]\d)/g;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** `jan`, `jan.`, `january`, `sept` → month number. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return index === -1 ? undefined : index + 1;
}

/** A month's name, full or short, with an optional full stop: `Dec`, `Dec.`, `December`. */
const MONTH = `(${[
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sept?(?:ember)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
].join('|')})\\.?`;
const ISO_DAY = /(?<!\d)(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)/g;
const ISO_MONTH = /(?<![\d-])(\d{4})-(\d{2})(?![\d-])/g;
// Dec 11, 2026 / December 11 2026 / Dec. 1st, 2026
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi');
// 11 December 2026 / 11 Dec, 2026
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'gi');
// December 2026 / Dec 2026
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'gi');
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-11` when year, month and day make a real day; else undefined. */
function isoDay(year: string, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return day > last ? undefined : `${year}-${pad(month)}-${pad(day)}`;
}

/** Reads the numbers and dates of a page once, for every value cited to it. */
export function indexPage(pageText: string): PageIndex {
  const text = normalizeText(pageText).toLowerCase();
  const numbers: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, dollar, digits = '', decimals, scale] = match;
    const base = Number(`${digits.replace(/,/g, '')}${decimals ?? ''}`);
    const factor = scale === undefined ? 1 : scale.toLowerCase() === 'k' ? 1_000 : 1_000_000;
    numbers.push({
      value: base * factor,
      text: whole.trim().toUpperCase(),
      dollar: dollar !== undefined,
      decimals: decimals !== undefined,
      scaled: scale !== undefined,
    });
  }
  // Days in page order, whichever way each is written.
  const found: { at: number; day: string }[] = [];
  const addDay = (at: number, day: string | undefined) => {
    if (day !== undefined) found.push({ at, day });
  };
  for (const m of text.matchAll(ISO_DAY))
    addDay(m.index, isoDay(m[1] ?? '', Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(MONTH_DAY_YEAR))
    addDay(m.index, isoDay(m[3] ?? '', monthNumber(m[1] ?? ''), Number(m[2])));
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    addDay(m.index, isoDay(m[3] ?? '', monthNumber(m[2] ?? ''), Number(m[1])));
  const days = found.toSorted((a, b) => a.at - b.at).map(({ day }) => day);
  const months = new Set(days.map((day) => day.slice(0, 7)));
  for (const [, month = '', y = ''] of text.matchAll(MONTH_YEAR)) {
    const m = monthNumber(month);
    if (m !== undefined) months.add(`${y}-${pad(m)}`);
  }
  for (const [, y = '', m] of text.matchAll(ISO_MONTH)) {
    if (Number(m) >= 1 && Number(m) <= 12) months.add(`${y}-${m}`);
  }
  const years = new Set([...text.matchAll(YEAR)].map(([, y = '']) => y));
  return { text, numbers, days, months, years };
}

/** Equal as published decimals: 0.1 + 0.2 and 0.3 are one price. */
const same = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The outcome of looking for one value. */
export type Lookup = { found: true } | { found: false; seen: string[] };

/** Up to this many values of the same kind are quoted from the page when one is not found. */
const SEEN_LIMIT = 8;
const distinct = (items: string[]) => [...new Set(items)].slice(0, SEEN_LIMIT);

/**
 * A price is a number with a $ or with decimals (`$2`, `2.00`, `0.25`): a bare `2` on the page is
 * too common to count as the $2.00 price.
 */
const isPriceToken = (token: NumberToken) => !token.scaled && (token.dollar || token.decimals);

/** Looks for one checked value in an indexed page. */
export function lookUp(check: Check, page: PageIndex): Lookup {
  switch (check.kind) {
    case 'price': {
      const prices = page.numbers.filter(isPriceToken);
      if (prices.some((token) => same(token.value, check.value))) return { found: true };
      return { found: false, seen: distinct(prices.filter((t) => t.dollar).map((t) => t.text)) };
    }
    case 'count': {
      const counts = page.numbers.filter((token) => !token.dollar);
      if (counts.some((token) => same(token.value, check.value))) return { found: true };
      const seen = counts.filter((t) => t.value >= 1_000 && !/^(19|20)\d\d$/.test(t.text));
      return { found: false, seen: distinct(seen.map((t) => t.text)) };
    }
    case 'number': {
      if (page.numbers.some((token) => same(token.value, check.value))) return { found: true };
      return { found: false, seen: [] };
    }
    case 'date': {
      const [year = '', month, day] = check.value.split('-');
      const found =
        day !== undefined
          ? page.days.includes(check.value)
          : month !== undefined
            ? page.months.has(check.value)
            : page.years.has(year);
      return found ? { found: true } : { found: false, seen: distinct(page.days) };
    }
    case 'id': {
      const id = check.value.toLowerCase();
      // Not part of a longer id: `gpt-5-mini` is not found inside `gpt-5-mini-2025-08-07`, but is
      // before a full stop or a comma.
      const pattern = new RegExp(`(?<![a-z0-9_.-])${escapeRegExp(id)}(?![a-z0-9_]|[.-][a-z0-9])`);
      if (pattern.test(page.text)) return { found: true };
      // Ids of the same family: those sharing its first two parts (`gpt-5-…` for gpt-5-mini).
      const parts = id.split('-');
      const family = parts.slice(0, Math.max(1, Math.min(2, parts.length - 1))).join('-');
      const ids = page.text.match(
        new RegExp(`(?<![a-z0-9_.-])${escapeRegExp(family)}-[a-z0-9.-]*[a-z0-9]`, 'g'),
      );
      return { found: false, seen: distinct(ids ?? []) };
    }
    case 'quote': {
      const quote = normalizeText(check.value).toLowerCase().replace(/[.!]$/, '');
      return page.text.includes(quote) ? { found: true } : { found: false, seen: [] };
    }
  }
}

/** One cited value looked for on a page, and the outcome. */
interface PageLookup {
  value: CitedValue & { check: Check };
  lookup: Lookup;
}

/** What one page gave: every lookup, or why the page could not be read. */
export type PageResult =
  { ok: true; lookups: PageLookup[] } | { ok: false; reason: string; values: number };

/** A page's fetch, as far as the check needs it. */
type Fetched =
  { ok: true; status: number; contentType: string; body: string } | { ok: false; reason: string };

/**
 * Below this many values, a page where none is found is reported value by value; from it, the
 * page is taken for something other than the cited document (a bot check, a login wall, a page
 * drawn by script) and reported unchecked, never as changed.
 */
const NONE_FOUND_MIN = 3;

/** Checks `values` against a fetched page; a page that did not load is unchecked, never changed. */
export function checkPage(
  values: readonly (CitedValue & { check: Check })[],
  fetched: Fetched,
): PageResult {
  const failed = (reason: string): PageResult => ({ ok: false, reason, values: values.length });
  if (!fetched.ok) return failed(fetched.reason);
  if (fetched.status < 200 || fetched.status > 299) return failed(`HTTP ${fetched.status}`);
  const text = pageText(fetched.contentType, fetched.body);
  if (!text.ok) return failed(text.reason);
  const page = indexPage(text.text);
  const lookups = values.map((value) => ({ value, lookup: lookUp(value.check, page) }));
  if (lookups.length >= NONE_FOUND_MIN && lookups.every(({ lookup }) => !lookup.found)) {
    return failed(
      `none of its ${lookups.length} values appear in it: it may not be the cited page ` +
        '(a bot check, a login wall, or text drawn by script)',
    );
  }
  return { ok: true, lookups };
}
