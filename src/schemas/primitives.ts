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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How to write a date, said by every message about one. */
const DATE_ADVICE = 'write it in quotes as "YYYY-MM-DD" (or "YYYY-MM", "YYYY")';

/**
 * Why `text` (already YYYY, YYYY-MM or YYYY-MM-DD) names no real month or day, or undefined when it
 * does: "February 2026 has 28 days".
 */
export function calendarProblem(text: string): string | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return 'not YYYY-MM-DD, YYYY-MM or YYYY';
  const [, year, month, day] = match;
  if (month === undefined) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return `there is no month ${month}`;
  if (day === undefined) return undefined;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  if (d >= 1 && d <= daysInMonth) return undefined;
  return `${MONTHS[m - 1]} ${year} has ${daysInMonth} days`;
}

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day or month. */
export function isCalendarDate(text: string): boolean {
  return calendarProblem(text) === undefined;
}

/**
 * Where the text of an unquoted YAML date is kept. js-yaml reads `2026-02-30` as a timestamp and
 * rolls it over to March 2; the validator's loader (src/validation/yaml.ts) stores the text as
 * typed on the Date under this key, so the date checks below see the day that was written.
 */
export const TYPED_TEXT = Symbol.for('gpt-mini-catalog.typed-date-text');

/** The text an unquoted YAML date was typed as, when the loader kept it. */
export function typedText(date: Date): string | undefined {
  const text = (date as Date & { [TYPED_TEXT]?: unknown })[TYPED_TEXT];
  return typeof text === 'string' ? text : undefined;
}

/**
 * An unquoted YAML date folded back to text: as typed where the validator's loader kept it,
 * otherwise (Astro's loaders) the UTC day js-yaml made of it.
 */
const dateAsText = (input: unknown) =>
  input instanceof Date ? (typedText(input) ?? input.toISOString().slice(0, 10)) : input;

/** The message for a well-shaped date that names no real month or day. */
export const impossibleDateMessage = (text: string, problem: string) =>
  `Not a valid date: ${text} is not a real date (${problem}); ${DATE_ADVICE}`;

/** Refuses a well-shaped date that names no real month or day, saying why. */
function realCalendarDate(text: string, ctx: z.RefinementCtx): void {
  const problem = calendarProblem(text);
  if (problem !== undefined)
    ctx.addIssue({ code: 'custom', message: impossibleDateMessage(text, problem) });
}

/**
 * A date written as text at the precision the source gives: `2024`, `2024-07` or `2024-07-18`.
 * YAML parsers may turn an unquoted date into a Date object; that is folded back to text.
 */
export const DateString = z.preprocess(
  dateAsText,
  z
    .string({ error: `Expected a date: ${DATE_ADVICE}` })
    // The shape as a regex too (not only inside the refinement), so the published JSON Schema
    // carries it as a `pattern`; `abort` keeps a malformed date to one message.
    .regex(DATE_PATTERN, {
      error: `Not a valid date: ${DATE_ADVICE}`,
      abort: true,
    })
    .superRefine(realCalendarDate),
);

/** A whole calendar day, `2026-12-11`: for dates a countdown is measured to. */
export const Day = z.preprocess(
  dateAsText,
  z
    .string({ error: 'Expected a day: write it in quotes as "YYYY-MM-DD"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: 'Expected a whole day: write it in quotes as "YYYY-MM-DD"',
      abort: true,
    })
    .superRefine(realCalendarDate),
);

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
