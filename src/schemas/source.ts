import { z } from 'astro/zod';
import { DateString, Url } from './primitives.ts';

/** A public document that facts are read from. The key in content/sources.yaml is its id. */
export const SourceSchema = z.strictObject({
  /** Full address of the document. */
  url: Url,
  /** The document's title, or a description of it when it has none. */
  title: z.string().min(1, { error: 'A source needs a title' }),
  /** Who published it (OpenAI, Microsoft, a blog, a data project). */
  publisher: z.string().min(1, { error: 'A source needs a publisher' }),
  /** When it was published or captured, at the precision known; null when unknown. */
  date: DateString.nullable(),
  /** `first-party`: OpenAI's own page. `third-party`: anyone else, or a copy of an OpenAI page. */
  kind: z.enum(['first-party', 'third-party'], { error: 'kind is "first-party" or "third-party"' }),
});

export type Source = z.infer<typeof SourceSchema>;

/**
 * Evidence with no public address (content/uncitable-sources.yaml): a copy or a report the
 * research read but cannot link. It may be named where it corroborates a value (`uncitedEvidence`),
 * so a reader learns that more evidence exists, but no fact ever cites it: the validator refuses it
 * in any `source`, `sources` or `corroboratedBy`.
 */
export const UncitableSourceSchema = z.strictObject({
  /** What it is and how it was read, in a few words. */
  description: z.string().min(1, { error: 'Say what the evidence is' }),
  /** Who published it, as far as is known. */
  publisher: z.string().min(1, { error: 'An uncitable source needs a publisher' }),
  /** When it was published or read, at the precision known; null when unknown. */
  date: DateString.nullable(),
});

export type UncitableSource = z.infer<typeof UncitableSourceSchema>;
