/**
 * The shape of one sourced fact, and of an explicit unknown.
 * Every value the site shows is one of these: a value with the source it was read from,
 * or a stated reason why the catalog does not know it.
 */
import { z } from 'astro/zod';
import { DateString, SourceId } from './primitives.ts';

/**
 * `high`: OpenAI's own text. `medium`: third-party data (two independent third parties), a derived
 * value, or an OpenAI text read through a copy; the site marks these as third-party. `low`: one
 * third party alone; the site marks these as unconfirmed, never as a plain fact.
 */
export const Confidence = z.enum(['high', 'medium', 'low'], {
  error: 'Confidence is "high", "medium" or "low"',
});

/** Another source that gives a different value; shown next to the value the site uses. */
export const Conflict = z.strictObject({
  /** What the other source says, as text. */
  value: z.string().min(1, { error: 'A conflict needs the other value' }),
  /** Where it says so. */
  source: SourceId,
});

/** Common fields of every sourced fact, whatever its value type. */
const factFields = {
  /** Key of the source in content/sources.yaml. */
  source: SourceId,
  /** Defaults to `high`; third-party or derived values must say `medium`. */
  confidence: Confidence.default('high'),
  /** A short remark shown with the fact (derivation, caveat). */
  note: z.string().min(1).optional(),
  /** Sources that disagree with the value used. */
  conflicts: z.array(Conflict).optional(),
  /**
   * The day the value took effect, where the source states it (a price change's `from_date`): the
   * date of the change in the feed. Without it a change is dated by its earlier value's `asOf`.
   */
  since: DateString.optional(),
  /** Other sources that say the same thing; shown as extra source markers. */
  corroboratedBy: z.array(SourceId).min(1).optional(),
  /**
   * The value is the source's own words (a vendor's first-person claim): the site shows it as a
   * quotation attributed to the source's publisher, never in its own voice.
   */
  verbatim: z.literal(true).optional(),
};

/** An earlier value of a fact that has since changed, with the date it was true as of. */
function historyEntry<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    /** When the source showed this value (at the precision known). */
    asOf: DateString,
    source: SourceId,
    confidence: Confidence.default('high'),
    note: z.string().min(1).optional(),
  });
}

/** A value with its source. `history` keeps earlier values, each with its own source and date. */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, ...factFields, history: z.array(historyEntry(value)).optional() });
}

/**
 * A fact that changes with time (a status, an availability, a recommendation): it carries the
 * date it was true as of, and the page says "as of <date>".
 */
export function timely<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    ...factFields,
    /** The date the source showed this value: the page states it as "as of <date>". */
    asOf: DateString,
    history: z.array(historyEntry(value)).optional(),
  });
}

/**
 * Why a value is not shown. `not-disclosed`: OpenAI does not publish it.
 * `not-in-sources`: none of the sources the catalog has read states it.
 */
export const Unknown = z.strictObject({
  unknown: z.enum(['not-disclosed', 'not-in-sources'], {
    error: 'unknown is "not-disclosed" or "not-in-sources"',
  }),
  note: z.string().min(1).optional(),
});

/**
 * Either a sourced value or an explicit unknown: never omitted, never guessed.
 * Not a bare z.union: a union reports only "no option matched" at the parent field. Choosing the
 * branch by the `unknown` key keeps the branch's own issues, so errors name the exact field
 * (`contextWindow.value: A token count must be a whole number`).
 *
 * The transform that chooses the branch is piped into the union it has already satisfied. Parsing
 * is unchanged (the transform reports every issue first; the union then only re-reads a valid
 * value), but the schema now says what it produces: z.toJSONSchema renders a pipe by its output
 * side, so the published JSON Schema (/api/v1/schema.json) describes `{ value, source, … }` or
 * `{ unknown }`, where a bare transform would be unrepresentable.
 */
export function knowable<T extends z.ZodType>(value: T) {
  return orUnknown(fact(value));
}

/**
 * `known` (any schema: a timely fact, a list of sourced rows) or an explicit unknown, chosen the
 * way `knowable` chooses: by the `unknown` key, so errors keep their exact field.
 */
export function orUnknown<K extends z.ZodType>(known: K) {
  type Output = z.output<K> | z.output<typeof Unknown>;
  const chooseBranch = z.unknown().transform((input, ctx): Output => {
    if (input === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'Missing: give { value, source } or { unknown: not-disclosed | not-in-sources }',
      });
      return z.NEVER;
    }
    const branch =
      typeof input === 'object' && input !== null && !Array.isArray(input) && 'unknown' in input
        ? Unknown
        : known;
    const result = branch.safeParse(input);
    if (result.success) return result.data as Output;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
  // Both sides typed as `Output`: TypeScript cannot match the generic transform's output with the
  // union's input (exactOptionalPropertyTypes), though at run time one is exactly the other.
  const produced = z.union([known, Unknown]) as unknown as z.ZodType<Output, Output>;
  return (chooseBranch as z.ZodType<Output, unknown>).pipe(produced);
}

/** How sure a value is: `high` (OpenAI's own), `medium` (third-party), `low` (unconfirmed). */
export type ConfidenceLevel = z.infer<typeof Confidence>;
type UnknownValue = z.infer<typeof Unknown>;
type ConflictEntry = z.infer<typeof Conflict>;
/** An earlier value of a fact. */
interface HistoryEntry<T> {
  value: T;
  asOf: string;
  source: string;
  confidence: ConfidenceLevel;
  note?: string | undefined;
}
/** A sourced fact holding a value of type T. */
export interface Fact<T> {
  value: T;
  source: string;
  confidence: ConfidenceLevel;
  note?: string | undefined;
  conflicts?: ConflictEntry[] | undefined;
  corroboratedBy?: string[] | undefined;
  verbatim?: true | undefined;
  since?: string | undefined;
  history?: HistoryEntry<T>[] | undefined;
}
/** A fact, or an explicit unknown. */
export type Knowable<T> = Fact<T> | UnknownValue;

/** True when a knowable value is known. */
export function isKnown<T>(item: Knowable<T>): item is Fact<T> {
  return 'value' in item;
}
