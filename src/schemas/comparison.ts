import { z } from 'astro/zod';
import { Confidence } from './fact.ts';
import { BenchmarkId, Id, SourceId } from './primitives.ts';

/** A model outside the catalog's lines that a published comparison includes. Key = id. */
export const ComparisonModelSchema = z.strictObject({
  /** Display name, as the comparison writes it. */
  name: z.string().min(1, { error: 'A comparison model needs a name' }),
  /** Who makes it. */
  vendor: z.string().min(1, { error: 'A comparison model needs a vendor' }),
});

/**
 * A published side-by-side table (such as the GPT-4o mini launch chart): one source, one setup,
 * several models. File name = id.
 */
export const ComparisonSchema = z
  .strictObject({
    /** Heading shown above the chart. */
    title: z.string().min(1, { error: 'A comparison needs a title' }),
    /** The catalog model whose page shows it. */
    model: Id,
    source: SourceId,
    confidence: Confidence.default('high'),
    /** How the numbers were read, and what a missing score means. */
    note: z.string().min(1).optional(),
    /**
     * Model ids in the source's column order: catalog models or entries of
     * content/comparison-models.yaml.
     */
    columns: z.array(Id).min(2, { error: 'A comparison needs at least two columns' }),
    rows: z
      .array(
        z.strictObject({
          benchmark: BenchmarkId,
          /** One per column; null where the benchmark does not apply to that model. */
          scores: z.array(
            z.number({ error: 'A score is a number or null (not applicable)' }).nullable(),
          ),
        }),
      )
      .min(1, { error: 'A comparison needs at least one row' }),
  })
  .superRefine((comparison, ctx) => {
    comparison.rows.forEach((row, index) => {
      if (row.scores.length !== comparison.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'scores'],
          message:
            `Expected ${comparison.columns.length} scores (one per column), ` +
            `found ${row.scores.length}`,
        });
      }
    });
  });

export type ComparisonModel = z.infer<typeof ComparisonModelSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
