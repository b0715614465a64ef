/**
 * Ids a reader may hold that are not models of the catalog: models a source names (as a
 * replacement) that the catalog does not describe, and ids that are not models at all. Both are
 * keyed YAML files, the key being the id; both let the site answer a pasted id, and let the
 * validator tell a typo from an id a source really names.
 */
import { z } from 'astro/zod';
import { Confidence, fact } from './fact.ts';
import { SourceId } from './primitives.ts';

/**
 * A model a source names (`content/named-models.yaml`), shown as its id with that source and
 * nothing else: the catalog invents no facts about it.
 */
export const NamedModelSchema = z.strictObject({
  /** Where the id is named. */
  source: SourceId,
  confidence: Confidence.default('high'),
  /** What the source says it is for, in a few words, where it says so. */
  note: z.string().min(1).optional(),
});

/**
 * An id that is not a model (`content/not-models.yaml`): what a source says of it, usually in its
 * own words (`verbatim: true`), so a reader who looks it up is told, with the source.
 */
export const NotModelSchema = z.strictObject({
  said: fact(z.string().min(1)),
});

export type NamedModel = z.infer<typeof NamedModelSchema>;
export type NotModel = z.infer<typeof NotModelSchema>;
