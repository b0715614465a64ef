/**
 * One comparison file per model, and the merge of several into what a selection needs. The build
 * merges the same files the browser fetches, so a pre-rendered pair and one drawn in the browser
 * come from identical data. Pure.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Source } from '../../schemas/source.ts';
import type { CompareFile, CompareModel, CompareSet, Migration } from './types.ts';

/** Sources a model's values and its migration notes cite, in first-seen order. */
function citedBy(model: CompareModel, migration: Migration | undefined): string[] {
  return [
    ...new Set([
      ...Object.values(model.facts).flatMap((f) => (f ? [f.source] : [])),
      ...model.scores.map((s) => s.source),
      ...Object.values(model.providers ?? {}).flatMap((p) => (p.source ? [p.source] : [])),
      ...(migration?.notes ?? []).flatMap((n) => n.sources.map((s) => s.source)),
    ]),
  ];
}

/** The file of one model: it, and the metadata of only the benchmarks and sources it uses. */
export function compareFile(
  model: CompareModel,
  benchmarks: ReadonlyMap<string, Benchmark>,
  sources: ReadonlyMap<string, Source>,
  migration?: Migration,
): CompareFile {
  const lookup = <T>(map: ReadonlyMap<string, T>, id: string, what: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`${model.id} cites ${what} "${id}", which is not in the catalog`);
    return found;
  };
  const file: CompareFile = {
    model,
    benchmarks: Object.fromEntries(
      [...new Set(model.scores.map((s) => s.benchmark))].map((id) => {
        const b = lookup(benchmarks, id, 'benchmark');
        return [id, { name: b.name, unit: b.unit, higherIsBetter: b.higherIsBetter }];
      }),
    ),
    sources: Object.fromEntries(
      citedBy(model, migration).map((id) => [id, lookup(sources, id, 'source')]),
    ),
  };
  if (migration) file.migration = migration;
  return file;
}

/** Several files as one set; a migration counts only when both of its models are in it. */
export function mergeFiles(files: readonly CompareFile[]): CompareSet {
  const ids = new Set(files.map((f) => f.model.id));
  return {
    models: new Map(files.map((f) => [f.model.id, f.model])),
    benchmarks: Object.assign({}, ...files.map((f) => f.benchmarks)),
    sources: new Map(files.flatMap((f) => Object.entries(f.sources))),
    migrations: files.flatMap((f) => (f.migration && ids.has(f.migration.to) ? [f.migration] : [])),
  };
}
