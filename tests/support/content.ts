/** The real content, parsed through the real schemas, for tests of the pure lib. */
import {
  BenchmarkSchema,
  LineSchema,
  ModelSchema,
  NotModelSchema,
  ReplacementSchema,
  SourceSchema,
  type Benchmark,
  type Line,
  type Model,
  type NotModel,
  type Replacement,
  type Source,
} from '../../src/schemas/index.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import type { ModelEntry } from '../../src/lib/lineage/members.ts';
import { CONTENT_DIR } from './fixtures.ts';

export interface ParsedContent {
  models: Map<string, ModelEntry>;
  replacements: Map<string, Replacement>;
  lines: Map<string, Line>;
  sources: Map<string, Source>;
  benchmarks: Map<string, Benchmark>;
  notModels: Map<string, NotModel>;
}

export function loadContent(): ParsedContent {
  const { tree, problems } = loadContentTree(CONTENT_DIR);
  if (problems.length > 0) throw new Error(`Content did not load: ${JSON.stringify(problems)}`);
  return {
    models: new Map(
      tree.models.map((e) => [e.id, { id: e.id, data: ModelSchema.parse(e.data) as Model }]),
    ),
    replacements: new Map(tree.replacements.map((e) => [e.id, ReplacementSchema.parse(e.data)])),
    lines: new Map(tree.lines.map((e) => [e.id, LineSchema.parse(e.data)])),
    sources: new Map(tree.sources.map((e) => [e.id, SourceSchema.parse(e.data)])),
    benchmarks: new Map(tree.benchmarks.map((e) => [e.id, BenchmarkSchema.parse(e.data)])),
    notModels: new Map(tree.notModels.map((e) => [e.id, NotModelSchema.parse(e.data)])),
  };
}

/** The model entry `id`, or a thrown error naming it. */
export function modelEntry(content: ParsedContent, id: string): ModelEntry {
  const entry = content.models.get(id);
  if (!entry) throw new Error(`No model ${id}`);
  return entry;
}
