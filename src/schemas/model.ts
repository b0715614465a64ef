/**
 * One version of a line: content/models/<api-model-id>.yaml.
 * The file name is the model's API id (the alias, such as `gpt-4o-mini`); it is not repeated inside.
 */
import { z } from 'astro/zod';
import { Confidence, Conflict, fact, knowable } from './fact.ts';
import {
  BenchmarkId,
  DateString,
  Effort,
  Id,
  Modality,
  SourceId,
  TokenCount,
  UsdPer1M,
} from './primitives.ts';

/** A dated snapshot id that the alias points to, with its shutdown where one is scheduled. */
export const SnapshotSchema = z.strictObject({
  /** Snapshot model id, such as `gpt-4o-mini-2024-07-18`. */
  id: Id,
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  /** A scheduled removal from the API, when one is announced. */
  shutdown: z
    .strictObject({
      /** The day the snapshot stops being served. */
      date: DateString,
      /** When the shutdown was announced, if known. */
      announced: DateString.optional(),
      /** The model OpenAI names as the replacement. */
      substitute: z.string().min(1).optional(),
      source: SourceId,
      confidence: Confidence.default('high'),
      note: z.string().min(1).optional(),
    })
    .optional(),
});

/** Kinds of rate a price tier can hold. */
export const RateKind = z.enum(['input', 'cached-input', 'output', 'training', 'blended'], {
  error: 'Rate kind is input, cached-input, output, training or blended',
});

/** A pricing tier beyond the standard rates (Batch, Flex, Priority, fine-tuned inference…). */
export const PriceTierSchema = z.strictObject({
  /** Display name, such as "Batch API". */
  name: z.string().min(1, { error: 'A price tier needs a name' }),
  /** One line on when this tier applies. */
  description: z.string().min(1).optional(),
  rates: z
    .array(z.strictObject({ kind: RateKind, usdPer1M: UsdPer1M }))
    .min(1, { error: 'A price tier needs at least one rate' }),
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  conflicts: z.array(Conflict).optional(),
});

/** `not-applicable`: the model has no reasoning step. `not-stated`: the source does not say. */
export const ScoreEffort = z.union([Effort, z.enum(['not-applicable', 'not-stated'])], {
  error: 'effort is a reasoning effort, "not-applicable" or "not-stated"',
});

/** One benchmark result as one source reports it. */
export const ScoreSchema = z.strictObject({
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
 * A short claim backed by one fact of this model: `price.input`, `price.cached-input`, `price.output`,
 * `context-window`, `max-input`, `max-output`, `knowledge-cutoff`, `released`, `feature:<key>`,
 * `claim:<key>`, `tier:<name>`, or `benchmark:<id>` (add `@<source>` when several sources score it).
 */
export const EvidencedClaim = z.strictObject({
  text: z
    .string()
    .min(1, { error: 'A claim needs text' })
    .max(140, { error: 'Keep a claim under 140 characters' }),
  evidence: z.string().min(1, { error: 'A claim needs an evidence path' }),
});

const features = z.strictObject({
  functionCalling: knowable(z.boolean()),
  structuredOutputs: knowable(z.boolean()),
  imageInput: knowable(z.boolean()),
  audio: knowable(z.boolean()),
  fineTuning: knowable(z.boolean()),
  batchApi: knowable(z.boolean()),
  streaming: knowable(z.boolean()),
});

export const ModelSchema = z
  .strictObject({
    /** Display name, such as "GPT-4o mini". */
    name: z.string().min(1, { error: 'A model needs a name' }),
    /** OpenAI's own one-line description of the model. */
    summary: fact(z.string().min(1)),
    released: fact(DateString),
    /** Dated snapshots, the default one first. */
    snapshots: z.array(SnapshotSchema).min(1, { error: 'List at least the default snapshot' }),
    /** Total context window in tokens. */
    contextWindow: knowable(TokenCount),
    /** Largest input, where it is smaller than the context window. */
    maxInput: knowable(TokenCount),
    /** Largest output per request (includes reasoning tokens for reasoning models). */
    maxOutput: knowable(TokenCount),
    knowledgeCutoff: knowable(DateString),
    modalities: z.strictObject({
      input: fact(z.array(Modality).min(1)),
      output: fact(z.array(Modality).min(1)),
    }),
    parameters: knowable(z.string()),
    architecture: knowable(z.string()),
    license: knowable(z.string()),
    weights: knowable(z.string()),
    /** Reasoning efforts; an empty list means the model has no reasoning step. */
    reasoning: knowable(z.strictObject({ efforts: z.array(Effort), default: Effort.nullable() })),
    features,
    /** Built-in tools available through the Responses API. */
    tools: knowable(z.array(z.string().min(1))),
    pricing: z.strictObject({
      input: knowable(UsdPer1M),
      cachedInput: knowable(UsdPer1M),
      output: knowable(UsdPer1M),
      tiers: z.array(PriceTierSchema),
      /** Discounts, surcharges and other pricing remarks. */
      notes: z.array(fact(z.string().min(1))),
    }),
    /** OpenAI statements and other sourced remarks, keyed for `claim:<key>` evidence and the FAQ. */
    claims: z.record(Id, fact(z.string().min(1))),
    status: z.strictObject({
      /** Availability in the API. */
      api: fact(z.string().min(1)),
      /** Availability in ChatGPT. */
      chatgpt: knowable(z.string().min(1)),
      /** Where OpenAI points new work instead, when it does. */
      recommendation: fact(z.string().min(1)).optional(),
    }),
    benchmarks: z.array(ScoreSchema),
    strengths: z.array(EvidencedClaim).min(1, { error: 'List at least one strength' }),
    bestFor: z
      .array(EvidencedClaim)
      .min(1, { error: 'List at least one use the model is best for' }),
  })
  .superRefine((model, ctx) => {
    const { pricing, contextWindow, maxInput, maxOutput, reasoning } = model;
    if (
      'value' in pricing.cachedInput &&
      'value' in pricing.input &&
      pricing.cachedInput.value > pricing.input.value
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['pricing', 'cachedInput', 'value'],
        message: 'Cached input price is higher than the input price',
      });
    }
    if ('value' in contextWindow) {
      for (const [key, limit] of [
        ['maxOutput', maxOutput],
        ['maxInput', maxInput],
      ] as const) {
        if ('value' in limit && limit.value > contextWindow.value) {
          ctx.addIssue({
            code: 'custom',
            path: [key, 'value'],
            message: `${key} is larger than the context window`,
          });
        }
      }
    }
    if (
      'value' in reasoning &&
      reasoning.value.default !== null &&
      !reasoning.value.efforts.includes(reasoning.value.default)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['reasoning', 'value', 'default'],
        message: 'The default effort is not in the list of efforts',
      });
    }
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
export type PriceTier = z.infer<typeof PriceTierSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Claim = z.infer<typeof EvidencedClaim>;
export type FeatureKey = keyof Model['features'];
