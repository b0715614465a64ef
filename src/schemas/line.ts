import { z } from 'astro/zod';
import { RecommendationSchema } from './lifecycle.ts';
import { Day, Id } from './primitives.ts';

/** A product line (GPT mini). The file name in content/lines is its id. */
export const LineSchema = z.strictObject({
  /** Display name of the line. */
  name: z.string().min(1, { error: 'A line needs a name' }),
  /** One or two sentences introducing the line. */
  description: z.string().min(1, { error: 'A line needs a description' }),
  /** Model ids in release order, oldest first. Every id must be a file in content/models. */
  members: z.array(Id).min(1, { error: 'A line needs at least one member' }),
  /**
   * The day the line's facts were last checked against their sources: the "as of" date of every
   * status, countdown and "newest" on the site.
   */
  verified: Day,
  /** Where OpenAI points new work across the line, each as of a date. */
  recommendations: z.array(RecommendationSchema),
});

export type Line = z.infer<typeof LineSchema>;
