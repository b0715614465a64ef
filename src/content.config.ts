/**
 * Content collections. Every schema lives in src/schemas (pure zod, shared with the validator) and
 * every file location in src/content-layout.ts (shared with the validator's loader).
 * Relations are plain ids rather than reference(): Astro only logs a dangling reference and
 * carries on, so src/validation/integrity.ts checks every id and fails the build instead.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { COLLECTION_LAYOUT, entryId, type CollectionName } from './content-layout.ts';
import { COLLECTION_SCHEMAS as schemas } from './schemas/index.ts';

/** The Astro loader for a collection, from its layout. */
function loaderFor(name: CollectionName): Loader {
  const layout = COLLECTION_LAYOUT[name];
  return layout.kind === 'folder'
    ? glob({
        base: `./content/${layout.folder}`,
        pattern: layout.pattern,
        generateId: ({ entry }) => entryId(entry),
      })
    : file(`./content/${layout.file}`);
}

export const collections = {
  lines: defineCollection({ loader: loaderFor('lines'), schema: schemas.lines }),
  models: defineCollection({ loader: loaderFor('models'), schema: schemas.models }),
  replacements: defineCollection({
    loader: loaderFor('replacements'),
    schema: schemas.replacements,
  }),
  sources: defineCollection({ loader: loaderFor('sources'), schema: schemas.sources }),
  benchmarks: defineCollection({ loader: loaderFor('benchmarks'), schema: schemas.benchmarks }),
  comparisonModels: defineCollection({
    loader: loaderFor('comparisonModels'),
    schema: schemas.comparisonModels,
  }),
  comparisons: defineCollection({ loader: loaderFor('comparisons'), schema: schemas.comparisons }),
  faq: defineCollection({ loader: loaderFor('faq'), schema: schemas.faq }),
  namedModels: defineCollection({ loader: loaderFor('namedModels'), schema: schemas.namedModels }),
  notModels: defineCollection({ loader: loaderFor('notModels'), schema: schemas.notModels }),
  providers: defineCollection({ loader: loaderFor('providers'), schema: schemas.providers }),
  availability: defineCollection({
    loader: loaderFor('availability'),
    schema: schemas.availability,
  }),
  uncitableSources: defineCollection({
    loader: loaderFor('uncitableSources'),
    schema: schemas.uncitableSources,
  }),
};
