/**
 * Where each collection's files are and how an entry's id is made: the one definition that both
 * the Astro loaders (src/content.config.ts) and the validator (src/validation/load-content.ts)
 * read, so the build and `npm run validate` can never see different entries.
 */

/** A folder of files, one entry per file; or one YAML file, one entry per top-level key. */
export type CollectionLayout =
  { kind: 'folder'; folder: string; pattern: string } | { kind: 'keyed-file'; file: string };

const folder = (name: string, pattern = '*.yaml'): CollectionLayout => ({
  kind: 'folder',
  folder: name,
  pattern,
});
const keyedFile = (file: string): CollectionLayout => ({ kind: 'keyed-file', file });

/** Paths are relative to the content folder. */
export const COLLECTION_LAYOUT = {
  lines: folder('lines'),
  models: folder('models'),
  replacements: folder('replacements'),
  sources: keyedFile('sources.yaml'),
  benchmarks: keyedFile('benchmarks.yaml'),
  comparisonModels: keyedFile('comparison-models.yaml'),
  comparisons: folder('comparisons'),
  // Hand-written FAQ answers, one folder per model: faq/<model>/<slug>.mdx.
  faq: folder('faq', '**/*.mdx'),
  // Ids a source names that the catalog does not describe, and ids that are not models.
  namedModels: keyedFile('named-models.yaml'),
  notModels: keyedFile('not-models.yaml'),
  // Where a model runs besides OpenAI's API: the providers, and each model's offer at each.
  providers: keyedFile('providers.yaml'),
  availability: folder('availability'),
  // Evidence with no public address: named where it corroborates, never cited.
  uncitableSources: keyedFile('uncitable-sources.yaml'),
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof COLLECTION_LAYOUT;

/**
 * The id of a file in a folder collection: its path below the folder without the extension,
 * verbatim. (Astro's default slugifies it, which would turn `gpt-4.1-mini` into `gpt-41-mini`.)
 */
export function entryId(pathInFolder: string): string {
  return pathInFolder
    .split('\\')
    .join('/')
    .replace(/\.[^./]+$/, '');
}
