/**
 * What happens to a version over time, as dated, sourced events. The page's status, countdown,
 * replacement and timeline are all derived from these (src/lib/lifecycle/) on the build's day, so
 * nothing about time is typed by hand twice.
 */
import { z } from 'astro/zod';
import { Confidence, timely } from './fact.ts';
import { DateString, Day, Id, SourceId } from './primitives.ts';

/**
 * Whether an id is the undated alias (`gpt-5-mini`) or a dated snapshot (`gpt-5-mini-2025-08-07`).
 */
export const ModelIdKind = z.enum(['alias', 'snapshot'], {
  error: 'kind is "alias" or "snapshot"',
});

const sourced = {
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  /** Other sources that report the same event. */
  corroboratedBy: z.array(SourceId).min(1).optional(),
};

/**
 * A scheduled removal from the API, as one source showed it on `asOf`. Several readings of the
 * same shutdown may exist: the newest is current, older ones are history (a replacement that
 * changed, an alias added to the list).
 */
export const ShutdownEvent = z.strictObject({
  type: z.literal('shutdown'),
  /** The day the ids stop being served. */
  date: Day,
  /** When the deprecation was announced, if the source says. */
  announced: DateString.optional(),
  /** The ids that stop, each marked alias or snapshot. */
  ids: z
    .array(z.strictObject({ id: Id, kind: ModelIdKind }))
    .min(1, { error: 'Name at least one id that shuts down' }),
  /** True when fine-tuned models built on these ids stop the same day. */
  fineTunesToo: z.boolean().default(false),
  /**
   * The model OpenAI names as the replacement: an id in content/models, content/replacements, or
   * content/named-models.yaml (a model the catalog knows only by the id a source names).
   */
  replacement: Id.optional(),
  /**
   * Further models the same source offers as replacements, in its order: shown as "a or b". Each
   * resolves like `replacement`.
   */
  alternatives: z.array(Id).min(1).optional(),
  /** Other sources that give another day for the same shutdown: shown beside it, dated, sourced. */
  dateConflicts: z
    .array(z.strictObject({ date: Day, source: SourceId }))
    .min(1)
    .optional(),
  /** The day the source showed this schedule. */
  asOf: DateString,
  ...sourced,
});

/**
 * A dated snapshot retired while the model's alias stays served (it points to a newer snapshot):
 * part of the model's story, not the model's own shutdown, so it never sets the model's status.
 */
const SnapshotShutdownEvent = z.strictObject({
  type: z.literal('snapshot-shutdown'),
  /** The day the snapshots stop being served. */
  date: Day,
  /** The dated snapshots that stop. */
  ids: z.array(Id).min(1, { error: 'Name at least one snapshot that shuts down' }),
  /** The model the source names for them, if any (resolves like a shutdown's replacement). */
  replacement: Id.optional(),
  /** The day the source showed this schedule. */
  asOf: DateString,
  ...sourced,
});

/** A dated check that the API still serves the version with no shutdown announced. */
export const ApiCheckEvent = z.strictObject({
  type: z.literal('api-check'),
  asOf: DateString,
  /** What the check found, in one sentence. */
  finding: z.string().min(1),
  ...sourced,
});

/** A deadline for fine-tuning on the version (new jobs stop, for example). */
export const FineTuningDeadlineEvent = z.strictObject({
  type: z.literal('fine-tuning-deadline'),
  date: DateString,
  /** What stops on that date, as a sentence without the date. */
  what: z.string().min(1),
  ...sourced,
});

/** A change in an OpenAI product other than the API: available in ChatGPT at launch, retired… */
const ProductEvent = z.strictObject({
  type: z.literal('product'),
  product: z.enum(['chatgpt', 'codex'], { error: 'product is "chatgpt" or "codex"' }),
  date: DateString,
  /** What happened, as a sentence without the date. */
  what: z.string().min(1),
  ...sourced,
});

export const LifecycleEventSchema = z.discriminatedUnion(
  'type',
  [ShutdownEvent, SnapshotShutdownEvent, ApiCheckEvent, FineTuningDeadlineEvent, ProductEvent],
  {
    error: 'type is shutdown, snapshot-shutdown, api-check, fine-tuning-deadline or product',
  },
);

/** Where OpenAI points new work instead, as of a date. */
export const RecommendationSchema = timely(z.string().min(1));

export type LifecycleEvent = z.infer<typeof LifecycleEventSchema>;
export type Shutdown = z.infer<typeof ShutdownEvent>;
export type SnapshotShutdown = z.infer<typeof SnapshotShutdownEvent>;
export type ApiCheck = z.infer<typeof ApiCheckEvent>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
