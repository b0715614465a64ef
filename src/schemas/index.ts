/** Every content schema, for content.config.ts, the validator and tests. */
export * from './primitives.ts';
export * from './fact.ts';
export * from './source.ts';
export * from './benchmark.ts';
export * from './line.ts';
export * from './model.ts';
export * from './faq.ts';
export * from './comparison.ts';
