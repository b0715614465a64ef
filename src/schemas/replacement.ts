/**
 * A model OpenAI names as the replacement for a version of the line
 * (content/replacements/<id>.yaml, the file name is its API id). It sits beside the line, not in
 * it: the catalog never calls it a "mini", and it carries only what the sources state of it.
 */
import { z } from 'astro/zod';
import { fact, knowable } from './fact.ts';
import { PricingSchema } from './pricing.ts';
import { DateString, Modality, TokenCount } from './primitives.ts';
import { checkSpecs, FeaturesSchema, ReasoningSchema } from './specs.ts';

export const ReplacementSchema = z
  .strictObject({
    /** Display name, as OpenAI writes it, such as "GPT-6 Luna". */
    name: z.string().min(1, { error: 'A replacement model needs a name' }),
    released: knowable(DateString),
    contextWindow: knowable(TokenCount),
    maxInput: knowable(TokenCount),
    maxOutput: knowable(TokenCount),
    knowledgeCutoff: knowable(DateString),
    modalities: z.strictObject({
      input: knowable(z.array(Modality).min(1)),
      output: knowable(z.array(Modality).min(1)),
    }),
    reasoning: ReasoningSchema,
    features: FeaturesSchema,
    pricing: PricingSchema,
    /** What the sources say about moving to it (fine-tuning, reasoning defaults, notice given). */
    notes: z.array(fact(z.string().min(1))),
  })
  .superRefine((model, ctx) => {
    checkSpecs(model, ctx);
    // The line is defined by its name; a model outside it must never read as one of its versions.
    if (/\bmini\b/i.test(model.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'A replacement model is not a GPT mini version: its name cannot say "mini"',
      });
    }
  });

export type Replacement = z.infer<typeof ReplacementSchema>;
