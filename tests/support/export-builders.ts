/**
 * A small catalog for the export builders' tests, made with the model builders: one line, its
 * members as given, replacement models, two benchmarks and the builders' sources. Nothing is read
 * from content/, so a content edit cannot change what these tests check.
 */
import type { CatalogInput } from '../../src/lib/export/api.ts';
import type { ModelEntry } from '../../src/lib/lineage.ts';
import { BenchmarkSchema, type Benchmark, type Replacement } from '../../src/schemas/index.ts';
import { baseLine, SOURCES } from './builders.ts';

export const BENCHMARKS: ReadonlyMap<string, Benchmark> = new Map([
  [
    'mmlu',
    BenchmarkSchema.parse({
      name: 'MMLU',
      measures: 'Knowledge.',
      category: 'knowledge',
      unit: 'percent',
      higherIsBetter: true,
      url: null,
    }),
  ],
  [
    'errors',
    BenchmarkSchema.parse({
      name: 'Error rate',
      measures: 'How often it is wrong.',
      category: 'factuality',
      unit: 'percent',
      higherIsBetter: false,
      url: null,
    }),
  ],
]);

export const ORIGIN = 'https://catalog.example.org';
export const VERIFIED = '2026-11-25';

export function catalogInput(
  members: readonly ModelEntry[],
  replacements: readonly [string, Replacement][] = [],
): CatalogInput {
  return {
    lines: [
      {
        id: 'test',
        data: baseLine({ members: members.map((m) => m.id), verified: VERIFIED }),
        members,
      },
    ],
    replacements: new Map(replacements.map(([id, data]) => [id, { id, data }])),
    sources: SOURCES,
    benchmarks: BENCHMARKS,
    verified: VERIFIED,
  };
}

/** A shutdown event as content writes it (before defaults). */
export function shutdown(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'shutdown',
    date: '2026-12-11',
    ids: [{ id: 'a', kind: 'alias' }],
    asOf: VERIFIED,
    source: 'docs',
    ...fields,
  };
}
