import { z } from 'astro/zod';
import { Confidence } from './fact.ts';
import { Id, SourceId } from './primitives.ts';

/**
 * Front matter of a hand-written FAQ entry (content/faq/<model>/<slug>.mdx).
 * The MDX body is the answer. Generated questions come from the model data; these add to them.
 */
export const FaqEntrySchema = z.strictObject({
  /** The model page the question appears on. */
  model: Id,
  /** The question, as a reader would ask it. */
  question: z
    .string()
    .min(1, { error: 'An FAQ entry needs a question' })
    .refine((q) => q.trim().endsWith('?'), {
      error: 'A question ends with "?"',
    }),
  /** Plain-text answer used in the FAQPage JSON-LD; it must say what the MDX body says. */
  summary: z
    .string()
    .min(1, { error: 'An FAQ entry needs a plain-text summary for structured data' }),
  /** Sources the answer relies on. */
  sources: z.array(SourceId).min(1, { error: 'An FAQ answer cites at least one source' }),
  confidence: Confidence.default('high'),
  /** Position among the model's questions; generated ones use 10, 20, 30… */
  order: z.number().int().default(1000),
});

export type FaqEntry = z.infer<typeof FaqEntrySchema>;
