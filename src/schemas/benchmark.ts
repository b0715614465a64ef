import { z } from 'astro/zod';
import { Url } from './primitives.ts';

/** How a benchmark's score is expressed; fixes the range a score may take. */
export const BenchmarkUnit = z.enum(['percent', 'usd', 'edit-distance'], {
  error: 'unit is "percent", "usd" or "edit-distance"',
});

/** The valid range of a score in each unit. */
export const UNIT_RANGE: Record<z.infer<typeof BenchmarkUnit>, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  usd: { min: 0, max: Number.POSITIVE_INFINITY },
  'edit-distance': { min: 0, max: 1 },
};

/**
 * A benchmark that scores in content/models refer to. The key in content/benchmarks.yaml is its id.
 */
export const BenchmarkSchema = z.strictObject({
  /** Display name, as the reporting posts write it. */
  name: z.string().min(1, { error: 'A benchmark needs a name' }),
  /** One plain sentence on what it measures. */
  measures: z.string().min(1, { error: 'Say what the benchmark measures' }),
  /** Grouping used on model pages. */
  category: z.enum(
    [
      'knowledge',
      'reasoning',
      'math',
      'coding',
      'agents-and-tools',
      'instruction-following',
      'long-context',
      'multimodal',
      'factuality',
    ],
    { error: 'Unknown benchmark category' },
  ),
  unit: BenchmarkUnit,
  /** False for error rates and distances. */
  higherIsBetter: z.boolean({ error: 'higherIsBetter must be true or false' }),
  /** Home page of the benchmark; null where the facts file gives none. */
  url: Url.nullable(),
});

export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type BenchmarkUnitName = z.infer<typeof BenchmarkUnit>;
