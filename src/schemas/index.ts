/** Every content schema, for content.config.ts, the validator and tests. */
export * from './primitives.ts';
export * from './fact.ts';
export * from './source.ts';
export * from './benchmark.ts';
export * from './line.ts';
export * from './model.ts';
export * from './faq.ts';
export * from './comparison.ts';
export * from './lifecycle.ts';
export * from './pricing.ts';
export * from './replacement.ts';
export * from './specs.ts';
export * from './other-ids.ts';
export * from './provider.ts';
export * from './availability.ts';

import { BenchmarkSchema } from './benchmark.ts';
import { ComparisonModelSchema, ComparisonSchema } from './comparison.ts';
import { FaqEntrySchema } from './faq.ts';
import { LineSchema } from './line.ts';
import { ModelSchema } from './model.ts';
import { NamedModelSchema, NotModelSchema } from './other-ids.ts';
import { ReplacementSchema } from './replacement.ts';
import { SourceSchema, UncitableSourceSchema } from './source.ts';
import { ProviderSchema } from './provider.ts';
import { AvailabilitySchema } from './availability.ts';

/**
 * The schema of each collection. content.config.ts and the validator both read this one map, so a
 * collection cannot be checked by one and missed by the other.
 */
export const COLLECTION_SCHEMAS = {
  lines: LineSchema,
  models: ModelSchema,
  replacements: ReplacementSchema,
  sources: SourceSchema,
  benchmarks: BenchmarkSchema,
  comparisonModels: ComparisonModelSchema,
  comparisons: ComparisonSchema,
  faq: FaqEntrySchema,
  namedModels: NamedModelSchema,
  notModels: NotModelSchema,
  providers: ProviderSchema,
  availability: AvailabilitySchema,
  uncitableSources: UncitableSourceSchema,
} as const;
