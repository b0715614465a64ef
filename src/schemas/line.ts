import { z } from 'astro/zod';
import { DateString, Id } from './primitives.ts';

/** A product line (GPT mini). The file name in content/lines is its id. */
export const LineSchema = z.strictObject({
  /** Display name of the line. */
  name: z.string().min(1, { error: 'A line needs a name' }),
  /** One or two sentences introducing the line. */
  description: z.string().min(1, { error: 'A line needs a description' }),
  /** Model ids in release order, oldest first. Every id must be a file in content/models. */
  members: z.array(Id).min(1, { error: 'A line needs at least one member' }),
  /** When the line's facts were last checked against their sources. */
  verified: DateString,
});

export type Line = z.infer<typeof LineSchema>;
