/**
 * Prices: standard rates, other tiers and surcharges. Shared by the line's versions and by the
 * models OpenAI names as their replacements, so both are priced, compared and calculated alike.
 */
import { z } from 'astro/zod';
import { Confidence, Conflict, fact, knowable } from './fact.ts';
import { SourceId, TokenCount, UsdPer1M } from './primitives.ts';

/** Kinds of rate a price tier can hold. */
const RateKind = z.enum(['input', 'cached-input', 'output', 'training'], {
  error: 'Rate kind is input, cached-input, output or training',
});

/**
 * Which tier a price belongs to. Reader-facing names live in src/lib/labels.ts.
 * `fast`: OpenAI's "Fast mode" as its replacement models' pages name it.
 */
const TierKind = z.enum(['batch', 'flex', 'priority', 'fast', 'fine-tuned', 'training'], {
  error: 'Tier is batch, flex, priority, fast, fine-tuned or training',
});

/**
 * A pricing tier beyond the standard rates. A source gives either the tier's own rates or a
 * multiple of the standard rates ("Batch is 50% of standard"), never both.
 */
const PriceTierSchema = z
  .strictObject({
    tier: TierKind,
    /** One line on when this tier applies. */
    description: z.string().min(1).optional(),
    /** The tier's own rates, as the source lists them. */
    rates: z
      .array(z.strictObject({ kind: RateKind, usdPer1M: UsdPer1M }))
      .min(1, { error: 'A price tier needs at least one rate' })
      .optional(),
    /** The tier's price as a multiple of every standard rate, when the source states it so. */
    factor: z
      .number({ error: 'A factor is a number, such as 0.5 for half price' })
      .positive({ error: 'A factor must be greater than zero' })
      .optional(),
    source: SourceId,
    confidence: Confidence.default('high'),
    note: z.string().min(1).optional(),
    conflicts: z.array(Conflict).optional(),
  })
  .superRefine((tier, ctx) => {
    if ((tier.rates === undefined) === (tier.factor === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rates'],
        message: 'Give the tier either its rates or a factor of the standard rates, not both',
      });
    }
  });

/** A surcharge on the whole request when its input is longer than a threshold. */
const LongContextSchema = z.strictObject({
  /** Requests whose input is above this many tokens pay the surcharge. */
  aboveInputTokens: TokenCount,
  /** Multiples of the standard rates for the whole request. */
  inputFactor: z.number().positive(),
  cachedInputFactor: z.number().positive(),
  outputFactor: z.number().positive(),
});

export const PricingSchema = z.strictObject({
  /** Standard rates, US dollars per 1M tokens. */
  input: knowable(UsdPer1M),
  cachedInput: knowable(UsdPer1M),
  output: knowable(UsdPer1M),
  tiers: z.array(PriceTierSchema),
  /** A long-context surcharge, where a source states one. */
  longContext: fact(LongContextSchema).optional(),
  /** Discounts, surcharges and other pricing remarks. */
  notes: z.array(fact(z.string().min(1))),
});

export type Pricing = z.infer<typeof PricingSchema>;
export type PriceTier = z.infer<typeof PriceTierSchema>;
export type TierKindName = z.infer<typeof TierKind>;
export type RateKindName = z.infer<typeof RateKind>;
