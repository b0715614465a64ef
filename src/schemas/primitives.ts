/**
 * Small building blocks shared by every content schema.
 * Pure zod (through `astro/zod`) with no `astro:*` imports, so the same schemas
 * run in `content.config.ts`, in `npm run validate` and in vitest.
 */
import { z } from 'astro/zod';

const KEBAB_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A lower-case, kebab-case identifier (dots allowed, as in `gpt-4.1-mini`). */
export const Id = z.string({ error: 'Expected an id (a string)' }).regex(KEBAB_ID, {
  error: 'Ids are lower-case words joined by "-" or "." (for example "gpt-4.1-mini")',
});

/** Key of an entry in the `sources` collection. */
export const SourceId = Id.describe('Key of an entry in content/sources.yaml');

/** Key of an entry in the `benchmarks` collection. */
export const BenchmarkId = Id.describe('Key of an entry in content/benchmarks.yaml');

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day or month. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * A date written as text at the precision the source gives: `2024`, `2024-07` or `2024-07-18`.
 * YAML parsers may turn an unquoted date into a Date object; that is folded back to text.
 */
export const DateString = z.preprocess(
  (input) => (input instanceof Date ? input.toISOString().slice(0, 10) : input),
  z
    .string({ error: 'Expected a date as text: YYYY-MM-DD, YYYY-MM or YYYY' })
    // The shape as a regex too (not only inside the refinement), so the published JSON Schema
    // carries it as a `pattern`; `abort` keeps a malformed date to one message.
    .regex(DATE_PATTERN, {
      error: 'Not a valid date: use YYYY-MM-DD, YYYY-MM or YYYY',
      abort: true,
    })
    .refine(isCalendarDate, {
      error: 'Not a valid date: use YYYY-MM-DD, YYYY-MM or YYYY with a real month and day',
    }),
);

/** A whole calendar day, `2026-12-11`: for dates a countdown is measured to. */
export const Day = z
  .string({ error: 'Expected a day as text: YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected a whole day: YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'Not a real calendar day' });

/** An https URL. */
export const Url = z.url({ protocol: /^https$/, error: 'Expected a full https:// URL' });

/** How many tokens a `UsdPer1M` price is for. */
export const TOKENS_PER_PRICE = 1_000_000;

/** A price in US dollars per one million tokens. */
export const UsdPer1M = z
  .number({ error: 'Expected a price in USD per 1M tokens (a number)' })
  .nonnegative({ error: 'A price cannot be negative' })
  .finite();

/** A price in US dollars (per image, per 1,000 tool calls: the field's name says per what). */
export const Usd = z
  .number({ error: 'Expected a price in US dollars (a number)' })
  .nonnegative({ error: 'A price cannot be negative' })
  .finite();

/** A whole number of tokens. */
export const TokenCount = z
  .number({ error: 'Expected a token count (a whole number)' })
  .int({ error: 'A token count must be a whole number' })
  .positive({ error: 'A token count must be greater than zero' });

/** Reasoning effort settings OpenAI exposes through `reasoning_effort`. */
export const Effort = z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'], {
  error: 'Expected a reasoning effort: none, minimal, low, medium, high, xhigh or max',
});

/** Input and output modalities. */
export const Modality = z.enum(['text', 'image', 'audio', 'video'], {
  error: 'Expected a modality: text, image, audio or video',
});

export type ModalityName = z.infer<typeof Modality>;
