/**
 * Rules that span entries: every id a fact names exists, every score is in its benchmark's
 * range, lines and models agree, and every claim's evidence resolves. Pure: takes parsed data.
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Comparison, ComparisonModel } from '../schemas/comparison.ts';
import { UNIT_RANGE } from '../schemas/benchmark.ts';
import type { FaqEntry } from '../schemas/faq.ts';
import type { Line } from '../schemas/line.ts';
import type { Model } from '../schemas/model.ts';
import type { NamedModel, NotModel } from '../schemas/other-ids.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Source } from '../schemas/source.ts';
import { resolveEvidence } from '../lib/evidence.ts';
import { FAQ_TOPIC_IDS, faqSlug } from '../lib/faq.ts';
import { outOfReleaseOrder } from '../lib/lineage.ts';
import { sourceRefs, type FieldPath } from '../lib/source-refs.ts';
import type { Problem } from './types.ts';

export interface Parsed<T> {
  id: string;
  file: string;
  /** Prefix for field paths: the key for keyed entries, empty for one-file entries. */
  prefix: string;
  data: T;
}

export interface ParsedTree {
  lines: Parsed<Line>[];
  models: Parsed<Model>[];
  replacements: Parsed<Replacement>[];
  sources: Parsed<Source>[];
  benchmarks: Parsed<Benchmark>[];
  comparisonModels: Parsed<ComparisonModel>[];
  comparisons: Parsed<Comparison>[];
  faq: Parsed<FaqEntry>[];
  namedModels: Parsed<NamedModel>[];
  notModels: Parsed<NotModel>[];
}

type Path = FieldPath;

/** Model names (GPT-4o, GPT-3.5 Turbo, GPT-5.4) may hold digits; figures may not. */
const MODEL_NAMES = /\bGPT-\d[\d.]*[a-z]?\b/gi;

const join = (prefix: string, path: Path) =>
  [prefix, ...path].filter((part) => part !== '').join('.');

/** Every cross-entry problem in an already schema-checked tree. */
export function checkIntegrity(tree: ParsedTree): Problem[] {
  const problems: Problem[] = [];
  const add = (entry: Parsed<unknown>, path: Path, message: string) =>
    problems.push({ file: entry.file, path: join(entry.prefix, path), message });

  const sourceIds = new Set(tree.sources.map((s) => s.id));
  const benchmarks = new Map(tree.benchmarks.map((b) => [b.id, b.data]));
  const modelIds = new Set(tree.models.map((m) => m.id));

  // Every source named anywhere exists.
  const everyEntry = [
    ...tree.lines,
    ...tree.models,
    ...tree.replacements,
    ...tree.comparisons,
    ...tree.faq,
    ...tree.namedModels,
    ...tree.notModels,
  ] as Parsed<unknown>[];
  for (const entry of everyEntry) {
    for (const { id, path } of sourceRefs(entry.data)) {
      if (!sourceIds.has(id))
        add(entry, path, `Unknown source "${id}": add it to content/sources.yaml or fix the key`);
    }
  }

  /** Reports an unknown benchmark id, or any of its scores outside the benchmark's range. */
  const checkScores = (
    entry: Parsed<unknown>,
    id: string,
    idPath: Path,
    scores: { value: number | null; path: Path }[],
  ) => {
    const benchmark = benchmarks.get(id);
    if (!benchmark) {
      add(entry, idPath, `Unknown benchmark "${id}": add it to content/benchmarks.yaml`);
      return;
    }
    const range = UNIT_RANGE[benchmark.unit];
    for (const { value, path } of scores) {
      if (value !== null && (value < range.min || value > range.max)) {
        add(
          entry,
          path,
          `Score ${value} is out of range for ${benchmark.name} ` +
            `(${benchmark.unit}: ${range.min} to ${range.max})`,
        );
      }
    }
  };

  for (const model of tree.models) {
    model.data.benchmarks.forEach((score, index) =>
      checkScores(
        model,
        score.benchmark,
        ['benchmarks', index, 'benchmark'],
        [{ value: score.score, path: ['benchmarks', index, 'score'] }],
      ),
    );
    for (const list of ['strengths', 'bestFor'] as const) {
      model.data[list].forEach((claim, index) => {
        const result = resolveEvidence(model.data, claim.evidence, benchmarks);
        if (!result.ok) add(model, [list, index, 'evidence'], result.reason);
        if (/\d/.test(claim.text.replace(MODEL_NAMES, ''))) {
          add(
            model,
            [list, index, 'text'],
            'Claim text holds a number; the evidence shows the figure from data, ' +
              'so write the claim without it',
          );
        }
      });
    }
  }

  // Lifecycle events name real ids: each replacement is a model of the catalog, a replacement model
  // or a model a source names (content/named-models.yaml), so a typo is caught; a shutdown names
  // the model's own alias or one of its snapshots.
  const replacementIds = new Set(tree.replacements.map((r) => r.id));
  const namedIds = new Set(tree.namedModels.map((n) => n.id));
  const checkReplacement = (model: Parsed<Model>, path: Path, id: string | undefined) => {
    if (id && !replacementIds.has(id) && !modelIds.has(id) && !namedIds.has(id)) {
      add(
        model,
        path,
        `Unknown replacement "${id}": add content/replacements/${id}.yaml, or name it with its ` +
          'source in content/named-models.yaml',
      );
    }
  };
  for (const model of tree.models) {
    const ownIds = new Set([model.id, ...model.data.snapshots.map((s) => s.id)]);
    const snapshotIds = new Set(model.data.snapshots.map((s) => s.id));
    model.data.lifecycle.forEach((event, index) => {
      if (event.type === 'snapshot-shutdown') {
        event.ids.forEach((id, i) => {
          if (!snapshotIds.has(id))
            add(
              model,
              ['lifecycle', index, 'ids', i],
              `"${id}" is not one of this model's snapshots: list it under snapshots`,
            );
        });
        checkReplacement(model, ['lifecycle', index, 'replacement'], event.replacement);
        return;
      }
      if (event.type !== 'shutdown') return;
      event.ids.forEach((entry, i) => {
        if (!ownIds.has(entry.id)) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'id'],
            `"${entry.id}" is neither this model's id nor one of its snapshots`,
          );
        } else if ((entry.kind === 'alias') !== (entry.id === model.id)) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'kind'],
            `"${entry.id}" is ${entry.id === model.id ? 'the alias' : 'a dated snapshot'}, ` +
              `not ${entry.kind === 'alias' ? 'the alias' : 'a snapshot'}`,
          );
        }
      });
      checkReplacement(model, ['lifecycle', index, 'replacement'], event.replacement);
      event.alternatives?.forEach((id, i) =>
        checkReplacement(model, ['lifecycle', index, 'alternatives', i], id),
      );
    });
  }
  for (const replacement of tree.replacements) {
    if (modelIds.has(replacement.id)) {
      add(replacement, [], `"${replacement.id}" is both a line version and a replacement model`);
    }
  }
  // An id is one thing: a model the catalog describes, or one a source only names, or not a model.
  for (const entry of [...tree.namedModels, ...tree.notModels]) {
    if (modelIds.has(entry.id) || replacementIds.has(entry.id))
      add(entry, [], `"${entry.id}" is a model of the catalog; remove it from ${entry.file}`);
  }
  for (const entry of tree.notModels) {
    if (namedIds.has(entry.id))
      add(entry, [], `"${entry.id}" is also in content/named-models.yaml; keep it in one file`);
  }

  // Lines and models agree: every member exists, once, and every model belongs to exactly one line.
  const lineOf = new Map<string, string>();
  for (const line of tree.lines) {
    const seen = new Set<string>();
    line.data.members.forEach((member, index) => {
      if (!modelIds.has(member))
        add(
          line,
          ['members', index],
          `Unknown model "${member}": no content/models/${member}.yaml`,
        );
      if (seen.has(member)) add(line, ['members', index], `"${member}" is listed twice`);
      seen.add(member);
      const other = lineOf.get(member);
      if (other !== undefined && other !== line.id)
        add(line, ['members', index], `"${member}" is already a member of line "${other}"`);
      lineOf.set(member, line.id);
    });
  }
  const modelById = new Map(tree.models.map((m) => [m.id, { id: m.id, data: m.data }]));
  for (const line of tree.lines) {
    const members = line.data.members.flatMap((id) => modelById.get(id) ?? []);
    for (const id of outOfReleaseOrder(members)) {
      add(
        line,
        ['members', line.data.members.indexOf(id)],
        `"${id}" is released before the member listed ahead of it; list members oldest first`,
      );
    }
  }
  for (const model of tree.models) {
    if (!lineOf.has(model.id))
      add(model, [], `Model "${model.id}" is not a member of any line in content/lines`);
  }

  // Published comparisons: every column is a catalog or comparison model, every score in range.
  const comparisonModelIds = new Set(tree.comparisonModels.map((m) => m.id));
  for (const comparison of tree.comparisons) {
    if (!modelIds.has(comparison.data.model))
      add(comparison, ['model'], `Unknown model "${comparison.data.model}"`);
    comparison.data.columns.forEach((column, index) => {
      if (!modelIds.has(column) && !comparisonModelIds.has(column)) {
        add(
          comparison,
          ['columns', index],
          `Unknown model "${column}": not in content/models nor content/comparison-models.yaml`,
        );
      }
    });
    comparison.data.rows.forEach((row, r) =>
      checkScores(
        comparison,
        row.benchmark,
        ['rows', r, 'benchmark'],
        row.scores.map((value, c) => ({ value, path: ['rows', r, 'scores', c] })),
      ),
    );
  }

  // Hand-written FAQ entries point at a model and do not take a generated question's anchor.
  for (const entry of tree.faq) {
    if (!modelIds.has(entry.data.model))
      add(entry, ['model'], `Unknown model "${entry.data.model}"`);
    const slug = faqSlug(entry.id);
    if ((FAQ_TOPIC_IDS as readonly string[]).includes(slug)) {
      add(
        entry,
        [],
        `File name "${slug}" would give the same anchor as a generated question; rename the file`,
      );
    }
  }
  return problems;
}
