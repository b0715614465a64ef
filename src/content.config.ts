/**
 * Content collections. Every schema lives in src/schemas (pure zod, shared with the validator).
 * Relations are plain ids rather than reference(): Astro only logs a dangling reference and
 * carries on, so src/validation/integrity.ts checks every id and fails the build instead.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  BenchmarkSchema,
  ComparisonModelSchema,
  ComparisonSchema,
  FaqEntrySchema,
  LineSchema,
  ModelSchema,
  SourceSchema,
} from './schemas/index.ts';

/**
 * The id is the file path without its extension, verbatim. Astro's default slugifies it, which
 * would turn the API id `gpt-4.1-mini` into `gpt-41-mini`.
 */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');

export const collections = {
  lines: defineCollection({
    loader: glob({ base: './content/lines', pattern: '*.yaml', generateId: fileNameId }),
    schema: LineSchema,
  }),
  models: defineCollection({
    loader: glob({ base: './content/models', pattern: '*.yaml', generateId: fileNameId }),
    schema: ModelSchema,
  }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: SourceSchema }),
  benchmarks: defineCollection({ loader: file('./content/benchmarks.yaml'), schema: BenchmarkSchema }),
  comparisonModels: defineCollection({ loader: file('./content/comparison-models.yaml'), schema: ComparisonModelSchema }),
  comparisons: defineCollection({
    loader: glob({ base: './content/comparisons', pattern: '*.yaml', generateId: fileNameId }),
    schema: ComparisonSchema,
  }),
  faq: defineCollection({
    loader: glob({ base: './content/faq', pattern: '**/*.mdx', generateId: fileNameId }),
    schema: FaqEntrySchema,
  }),
};
