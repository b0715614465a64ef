/**
 * Content collections. Every schema lives in src/schemas (pure zod, shared with the validator).
 * Relations are plain ids rather than reference(): Astro only logs a dangling reference and
 * carries on, so src/validation/integrity.ts checks every id and fails the build instead.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS as schemas } from './schemas/index.ts';

/**
 * The id is the file path without its extension, verbatim. Astro's default slugifies it, which
 * would turn the API id `gpt-4.1-mini` into `gpt-41-mini`.
 */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');

export const collections = {
  lines: defineCollection({
    loader: glob({ base: './content/lines', pattern: '*.yaml', generateId: fileNameId }),
    schema: schemas.lines,
  }),
  models: defineCollection({
    loader: glob({ base: './content/models', pattern: '*.yaml', generateId: fileNameId }),
    schema: schemas.models,
  }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: schemas.sources }),
  benchmarks: defineCollection({
    loader: file('./content/benchmarks.yaml'),
    schema: schemas.benchmarks,
  }),
  comparisonModels: defineCollection({
    loader: file('./content/comparison-models.yaml'),
    schema: schemas.comparisonModels,
  }),
  comparisons: defineCollection({
    loader: glob({ base: './content/comparisons', pattern: '*.yaml', generateId: fileNameId }),
    schema: schemas.comparisons,
  }),
  faq: defineCollection({
    loader: glob({ base: './content/faq', pattern: '**/*.mdx', generateId: fileNameId }),
    schema: schemas.faq,
  }),
};
