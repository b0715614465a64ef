/**
 * A small catalog for the export builders' tests, made with the model builders: one line, its
 * members as given, replacement models, two benchmarks and the builders' sources. Nothing is read
 * from content/, so a content edit cannot change what these tests check.
 */
import type { CatalogInput } from '../../src/lib/export/api.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import type { ModelEntry } from '../../src/lib/lineage/members.ts';
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
/** A state's days when the build is on the day the data was checked. */
export const ON_VERIFIED = { day: VERIFIED, checked: VERIFIED } as const;

/** The catalog of `members`, built on `day` (by default the day its data was checked). */
export function catalogInput(
  members: readonly ModelEntry[],
  replacements: readonly [string, Replacement][] = [],
  day = VERIFIED,
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
    day,
    status: new Map(
      members.map((m) => [m.id, lifecycleState(m.data.lifecycle, { day, checked: VERIFIED })]),
    ),
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
