/**
 * Prices: standard rates, other tiers and surcharges. Shared by the line's versions and by the
 * models OpenAI names as their replacements, so both are priced, compared and calculated alike.
 */
import { z } from 'astro/zod';
import { Confidence, Conflict, fact, knowable } from './fact.ts';
import { SourceId, TokenCount, Usd, UsdPer1M } from './primitives.ts';

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

/**
 * Standard rates of one kind of token (audio, image), US dollars per 1M tokens of that kind. Each
 * kind is shown and priced in its own unit: an audio rate is never added to a text rate.
 */
const TokenRatesSchema = z.strictObject({
  input: knowable(UsdPer1M),
  cachedInput: knowable(UsdPer1M),
  output: knowable(UsdPer1M),
});

/** Writing to the prompt cache, where a source prices it: per 1M tokens, by how long it is kept. */
const CacheWriteSchema = z
  .array(
    z.strictObject({
      /** How long the cache keeps what is written, as the source says it ("30 minutes"). */
      retention: z.string().min(1).optional(),
      usdPer1M: UsdPer1M,
    }),
  )
  .min(1, { error: 'Give at least one cache-write price' });

/** A fee per call of a built-in tool, on top of the tokens. */
const ToolCallFeeSchema = z.strictObject({
  /** Which tool: `web-search`. */
  tool: z.enum(['web-search'], { error: 'tool is "web-search"' }),
  /** US dollars per 1,000 calls. */
  usdPer1000Calls: Usd,
});

/** The price of one generated image, by its size and quality. */
const ImagePriceSchema = z
  .array(
    z.strictObject({
      /** Width × height in pixels, as `1024x1024`. */
      size: z.string().regex(/^\d+x\d+$/, { error: 'A size is WIDTHxHEIGHT, as 1024x1024' }),
      quality: z.enum(['low', 'medium', 'high'], { error: 'quality is low, medium or high' }),
      usd: Usd,
    }),
  )
  .min(1, { error: 'Give at least one image price' });

export const PricingSchema = z.strictObject({
  /** Standard rates of text tokens, US dollars per 1M tokens. */
  input: knowable(UsdPer1M),
  cachedInput: knowable(UsdPer1M),
  output: knowable(UsdPer1M),
  /** Audio tokens' standard rates, where a source prices them. */
  audio: TokenRatesSchema.optional(),
  /** Image tokens' standard rates, where a source prices them apart from text. */
  image: TokenRatesSchema.optional(),
  /** Cache writes, where a source prices them (by retention). */
  cacheWrite: fact(CacheWriteSchema).optional(),
  /** Fees per tool call (web search per 1,000 calls), where a source states them. */
  toolCalls: z.array(fact(ToolCallFeeSchema)).optional(),
  /** Prices per generated image by size and quality (image models). */
  perImage: fact(ImagePriceSchema).optional(),
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
