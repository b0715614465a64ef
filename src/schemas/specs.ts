/**
 * Building blocks that a line's versions and their replacement models share: API features,
 * reasoning settings, and the rules that tie limits and prices together.
 */
import { z } from 'astro/zod';
import { knowable, type Knowable } from './fact.ts';
import { Effort } from './primitives.ts';
import type { Pricing } from './pricing.ts';

/** API features, each sourced or explicitly unknown. Reader-facing names: src/lib/labels.ts. */
export const FeaturesSchema = z.strictObject({
  functionCalling: knowable(z.boolean()),
  structuredOutputs: knowable(z.boolean()),
  imageInput: knowable(z.boolean()),
  audio: knowable(z.boolean()),
  fineTuning: knowable(z.boolean()),
  batchApi: knowable(z.boolean()),
  streaming: knowable(z.boolean()),
});

/** Reasoning efforts; an empty list means the model has no reasoning step. */
export const ReasoningSchema = knowable(
  z.strictObject({ efforts: z.array(Effort), default: Effort.nullable() }),
);

/** The fields checkSpecs reads. */
interface Specs {
  contextWindow: Knowable<number>;
  maxInput: Knowable<number>;
  maxOutput: Knowable<number>;
  reasoning: Knowable<{ efforts: string[]; default: string | null }>;
  pricing: Pricing;
}

/** Cross-field rules of any priced model: limits within the context window, sane prices. */
export function checkSpecs(specs: Specs, ctx: z.RefinementCtx): void {
  const { pricing, contextWindow, maxInput, maxOutput, reasoning } = specs;
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
}
