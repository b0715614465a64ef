/**
 * One version of a line: content/models/<api-model-id>.yaml.
 * The file name is the model's API id (the alias, such as `gpt-4o-mini`); it is not repeated
 * inside.
 */
import { z } from 'astro/zod';
import { Confidence, Conflict, fact, knowable } from './fact.ts';
import { LifecycleEventSchema, RecommendationSchema } from './lifecycle.ts';
import { PricingSchema } from './pricing.ts';
import { checkSpecs, FeaturesSchema, ReasoningSchema } from './specs.ts';
import {
  BenchmarkId,
  DateString,
  Effort,
  Id,
  Modality,
  SourceId,
  TokenCount,
} from './primitives.ts';

/** A dated snapshot id that the alias points to. Its shutdown, if any, is a lifecycle event. */
const SnapshotSchema = z.strictObject({
  /** Snapshot model id, such as `gpt-4o-mini-2024-07-18`. */
  id: Id,
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
});

/** `not-applicable`: the model has no reasoning step. `not-stated`: the source does not say. */
const ScoreEffort = z.union([Effort, z.enum(['not-applicable', 'not-stated'])], {
  error: 'effort is a reasoning effort, "not-applicable" or "not-stated"',
});

/** One benchmark result as one source reports it. */
const ScoreSchema = z.strictObject({
  benchmark: BenchmarkId,
  /** In the benchmark's unit; its range is checked against the benchmark. */
  score: z.number({ error: 'A score is a number' }).finite(),
  /** The reasoning effort the score was run at. */
  effort: ScoreEffort,
  /** Harness details that change the number (tools, grader, subset). */
  setup: z.string().min(1).optional(),
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  conflicts: z.array(Conflict).optional(),
});

/**
 * A short claim backed by one fact of this model: `price.input`, `price.cached-input`,
 * `price.output`, `context-window`, `max-input`, `max-output`, `knowledge-cutoff`, `released`,
 * `feature:<key>`, `claim:<key>`, `tier:<kind>`, or `benchmark:<id>` (add `@<source>` when several
 * sources score it).
 */
const EvidencedClaim = z.strictObject({
  text: z
    .string()
    .min(1, { error: 'A claim needs text' })
    .max(140, { error: 'Keep a claim under 140 characters' }),
  evidence: z.string().min(1, { error: 'A claim needs an evidence path' }),
});

export const ModelSchema = z
  .strictObject({
    /** Display name, such as "GPT-4o mini". */
    name: z.string().min(1, { error: 'A model needs a name' }),
    /** OpenAI's own one-line description of the model, or unknown where no source gives one. */
    summary: knowable(z.string().min(1)),
    released: fact(DateString),
    /** Dated snapshots, the default one first; empty where no source names one. */
    snapshots: z.array(SnapshotSchema),
    /** Total context window in tokens. */
    contextWindow: knowable(TokenCount),
    /** Largest input, where it is smaller than the context window. */
    maxInput: knowable(TokenCount),
    /** Largest output per request (includes reasoning tokens for reasoning models). */
    maxOutput: knowable(TokenCount),
    knowledgeCutoff: knowable(DateString),
    modalities: z.strictObject({
      input: knowable(z.array(Modality).min(1)),
      output: knowable(z.array(Modality).min(1)),
    }),
    parameters: knowable(z.string()),
    architecture: knowable(z.string()),
    license: knowable(z.string()),
    weights: knowable(z.string()),
    reasoning: ReasoningSchema,
    features: FeaturesSchema,
    /** Built-in tools available through the Responses API. */
    tools: knowable(z.array(z.string().min(1))),
    pricing: PricingSchema,
    /**
     * OpenAI statements and other sourced remarks, keyed for `claim:<key>` evidence and the FAQ.
     */
    claims: z.record(Id, fact(z.string().min(1))),
    /** Shutdowns, API checks, fine-tuning deadlines and product changes, each dated and sourced. */
    lifecycle: z.array(LifecycleEventSchema),
    /** Where OpenAI points new work instead of this version, each as of a date. */
    recommendations: z.array(RecommendationSchema),
    benchmarks: z.array(ScoreSchema),
    /** Short claims, each backed by one fact; empty where the sources back none (no section). */
    strengths: z.array(EvidencedClaim),
    bestFor: z.array(EvidencedClaim),
  })
  .superRefine((model, ctx) => {
    checkSpecs(model, ctx);
    const { reasoning } = model;
    const snapshotIds = new Set<string>();
    model.snapshots.forEach((snapshot, index) => {
      if (snapshotIds.has(snapshot.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['snapshots', index, 'id'],
          message: `Duplicate snapshot id "${snapshot.id}"`,
        });
      }
      snapshotIds.add(snapshot.id);
    });
    // "No reasoning" on a score is a claim about the model: only where a source says it has none.
    const noReasoning = 'value' in reasoning && reasoning.value.efforts.length === 0;
    model.benchmarks.forEach((score, index) => {
      if (score.effort === 'not-applicable' && !noReasoning) {
        ctx.addIssue({
          code: 'custom',
          path: ['benchmarks', index, 'effort'],
          message:
            'effort "not-applicable" says the model has no reasoning step, ' +
            'but its reasoning fact does not say so: use "not-stated"',
        });
      }
    });
    const scoreKeys = new Set<string>();
    model.benchmarks.forEach((score, index) => {
      const key = [score.benchmark, score.source, score.effort, score.setup ?? ''].join('|');
      if (scoreKeys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['benchmarks', index],
          message: `Duplicate score for "${score.benchmark}" from the same source and setup`,
        });
      }
      scoreKeys.add(key);
    });
  });

export type Model = z.infer<typeof ModelSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type Claim = z.infer<typeof EvidencedClaim>;
export type FeatureKey = keyof Model['features'];
