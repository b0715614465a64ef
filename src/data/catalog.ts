/**
 * The query module: loads every collection once, orders lines, and hands pages ready-made views.
 * Pages and components import from here, never from astro:content directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/model.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Line } from '../schemas/line.ts';
import type { NamedModel, NotModel } from '../schemas/other-ids.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Source } from '../schemas/source.ts';
import { faqAnchor, faqSlug, generateFaq, mergeFaq, type FaqItem } from '../lib/faq.ts';
import { compareFile, mergeFiles } from '../lib/compare/files.ts';
import { toCompareModel } from '../lib/compare/model.ts';
import { linePairs } from '../lib/compare/pairs.ts';
import { comparisonView, type ComparisonView } from '../lib/compare/view.ts';
import {
  REPLACEMENTS_GROUP,
  type CompareFile,
  type CompareGroup,
  type CompareSet,
  type Sourced,
} from '../lib/compare/types.ts';
import { migrationNotes } from '../lib/migration.ts';
import { formatDate } from '../lib/format.ts';
import { CATEGORY_LABELS } from '../lib/labels.ts';
import { buildDay } from '../build-day.ts';
import {
  byUrgency,
  lifecycleState,
  staleDays,
  stateDays,
  urgencyGroup,
  type LifecycleState,
  type StateDays,
} from '../lib/lifecycle/state.ts';
import { statusText } from '../lib/lifecycle/wording.ts';
import {
  membersOf,
  newestFirst,
  positionIn,
  type LinePosition,
  type ModelEntry,
} from '../lib/lineage.ts';
import { lineageRows, type LineageRow } from '../lib/lineage-table.ts';
import { FEATURED_LINE } from '../site.ts';

/** A model OpenAI names as a replacement, with its id (its API model id). */
interface ReplacementEntry {
  id: string;
  data: Replacement;
}

/**
 * A replacement the catalog describes: a model of content/replacements, or a version of another
 * line (gpt-5.4-mini for gpt-5.1-codex-mini), which has a page of its own.
 */
export type ListedReplacement =
  (ReplacementEntry & { kind: 'replacement' }) | (ModelEntry & { kind: 'version' });

export interface LineView {
  id: string;
  data: Line;
  /** Oldest first. */
  members: ModelEntry[];
  /** The build's day and the day the line's facts were last checked. */
  days: StateDays;
  /** Days since the line was checked, when more than two weeks before the build's day. */
  stale: number | undefined;
}

export interface Catalog {
  lines: LineView[];
  /** Each line by id, and the line of each version: a page looks its line up, never searches. */
  lineById: Map<string, LineView>;
  lineOfModel: Map<string, LineView>;
  models: Map<string, ModelEntry>;
  /** Models OpenAI names as replacements for versions; not members of any line. */
  replacements: Map<string, ReplacementEntry>;
  sources: Map<string, Source>;
  benchmarks: Map<string, Benchmark>;
  faqEntries: CollectionEntry<'faq'>[];
  /** Models a source names that the catalog does not describe, by id. */
  namedModels: Map<string, NamedModel>;
  /** Ids that are not models, with what a source says of them. */
  notModels: Map<string, NotModel>;
  comparisons: { id: string; data: Comparison }[];
  /** Display name of any model id: catalog versions and the models of published comparisons. */
  modelNames: Map<string, string>;
  /** The latest `verified` day across lines: when any of the data was last checked. */
  verified: string;
  /** The build's day (src/build-day.ts): every phase and count is computed for it. */
  day: string;
  /**
   * Each version's lifecycle state on the build's day, computed once here: every page, file and
   * card reads it rather than deriving its own.
   */
  status: Map<string, LifecycleState>;
}

async function load(): Promise<Catalog> {
  const [
    lineEntries,
    modelEntries,
    sourceEntries,
    benchmarkEntries,
    faqEntries,
    comparisonEntries,
    comparisonModels,
    replacementEntries,
    namedModelEntries,
    notModelEntries,
  ] = await Promise.all([
    getCollection('lines'),
    getCollection('models'),
    getCollection('sources'),
    getCollection('benchmarks'),
    getCollection('faq'),
    getCollection('comparisons'),
    getCollection('comparisonModels'),
    getCollection('replacements'),
    getCollection('namedModels'),
    getCollection('notModels'),
  ]);
  const models = new Map(modelEntries.map((m) => [m.id, { id: m.id, data: m.data }]));
  const day = buildDay();
  const lines = lineEntries
    .map((l) => {
      const days = stateDays(day, l.data.verified);
      return {
        id: l.id,
        data: l.data,
        members: membersOf(l.data, models),
        days,
        stale: staleDays(days),
      };
    })
    // By name, numbers by value: "GPT mini 9" before "GPT mini 10".
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { numeric: true }));
  const verified = lines
    .map((l) => l.data.verified)
    .sort()
    .at(-1);
  if (verified === undefined) throw new Error('No line in content/lines');
  const status = new Map(
    lines.flatMap((line) =>
      line.members.map((m) => [m.id, lifecycleState(m.data.lifecycle, line.days)] as const),
    ),
  );
  return {
    lines,
    lineById: new Map(lines.map((l) => [l.id, l])),
    lineOfModel: new Map(lines.flatMap((l) => l.members.map((m) => [m.id, l] as const))),
    models,
    replacements: new Map(replacementEntries.map((r) => [r.id, { id: r.id, data: r.data }])),
    sources: new Map(sourceEntries.map((s) => [s.id, s.data])),
    benchmarks: new Map(benchmarkEntries.map((b) => [b.id, b.data])),
    faqEntries,
    namedModels: new Map(namedModelEntries.map((e) => [e.id, e.data])),
    notModels: new Map(notModelEntries.map((e) => [e.id, e.data])),
    comparisons: comparisonEntries.map((c) => ({ id: c.id, data: c.data })),
    modelNames: new Map([
      ...comparisonModels.map((m) => [m.id, m.data.name] as const),
      ...replacementEntries.map((m) => [m.id, m.data.name] as const),
      ...modelEntries.map((m) => [m.id, m.data.name] as const),
    ]),
    verified,
    day,
    status,
  };
}

/** A version's state on the build's day, as the catalog computed it; throws for an unknown id. */
export function stateOf(catalog: Pick<Catalog, 'status'>, id: string): LifecycleState {
  const state = catalog.status.get(id);
  if (!state) throw new Error(`No lifecycle state for "${id}": it is in no line`);
  return state;
}

let cached: Promise<Catalog> | undefined;

/** The whole catalog, loaded once per build. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/** A hand-written FAQ entry, ready to render. */
export interface HandWrittenFaqItem extends FaqItem {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** Everything a model page shows beyond the model itself. */
export interface ModelPageData {
  model: ModelEntry;
  line: LineView;
  position: LinePosition;
  lifecycle: LifecycleState;
  /** The model OpenAI names as the replacement, when one is named and the catalog describes it. */
  replacement: ListedReplacement | undefined;
  faq: (FaqItem | HandWrittenFaqItem)[];
}

/** Data for /models/<id>/. */
export async function getModelPage(id: string): Promise<ModelPageData> {
  const catalog = await getCatalog();
  const model = catalog.models.get(id);
  const line = catalog.lineOfModel.get(id);
  if (!model || !line) throw new Error(`No model "${id}" in any line`);
  const position = positionIn(line.id, line.data, line.members, id);
  const handWritten = await Promise.all(
    catalog.faqEntries
      .filter((entry) => entry.data.model === id)
      .map(async (entry): Promise<HandWrittenFaqItem> => ({
        anchor: faqAnchor(faqSlug(entry.id)),
        question: entry.data.question,
        answer: entry.data.summary,
        sources: entry.data.sources,
        confidence: entry.data.confidence,
        order: entry.data.order,
        Content: (await render(entry)).Content,
      })),
  );
  const lifecycle = stateOf(catalog, id);
  const context = {
    state: lifecycle,
    names: catalog.modelNames,
    lineRecommendations: line.data.recommendations,
  };
  return {
    model,
    line,
    position,
    lifecycle,
    replacement: listedReplacement(catalog, model),
    faq: mergeFaq(generateFaq(id, model.data, position, context), handWritten),
  };
}

/** One version's standing, for the line's lifecycle overview. */
export interface LifecycleItem {
  model: ModelEntry;
  state: LifecycleState;
  replacement: ListedReplacement | undefined;
  /** Its line, named where a list spans lines. */
  line: { id: string; name: string; path: string };
}

/** The line's versions, most urgent first: the next shutdown at the top. */
async function getLineLifecycle(lineId: string): Promise<LifecycleItem[]> {
  const catalog = await getCatalog();
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  const where = { id: line.id, name: line.data.name, path: linePath(line.id) };
  return byUrgency(
    line.members.map((model) => ({
      model,
      state: stateOf(catalog, model.id),
      replacement: listedReplacement(catalog, model),
      line: where,
    })),
  );
}

/** Every model id, for getStaticPaths. */
export async function getModelIds(): Promise<string[]> {
  return [...(await getCatalog()).models.keys()];
}

/** A version's API status on the build's day, as a sourced fact for the comparison table. */
function statusFact(state: LifecycleState): Sourced<string> {
  const event = state.shutdown ?? state.lastCheck;
  if (!event) return null;
  const replacement = state.replacement ? ` → ${state.replacement}` : '';
  return {
    value: `${statusText(state)}${replacement} (as of ${formatDate(state.day)})`,
    source: event.source,
    confidence: event.confidence,
  };
}

/** The model OpenAI lists as a version's replacement, if the catalog describes it. */
function listedReplacement(catalog: Catalog, member: ModelEntry): ListedReplacement | undefined {
  const { replacement } = stateOf(catalog, member.id);
  if (!replacement) return undefined;
  const model = catalog.replacements.get(replacement);
  if (model) return { ...model, kind: 'replacement' };
  const version = catalog.models.get(replacement);
  return version && { ...version, kind: 'version' };
}

/**
 * Every model's comparison file, by id (versions in line order, then the replacement models):
 * published one per model as /compare/data/<id>.json, and merged by the build for pair pages.
 */
export function getCompareFiles(): Promise<Map<string, CompareFile>> {
  compareFiles ??= buildCompareFiles();
  return compareFiles;
}

let compareFiles: Promise<Map<string, CompareFile>> | undefined;

async function buildCompareFiles(): Promise<Map<string, CompareFile>> {
  const catalog = await getCatalog();
  const { benchmarks, sources } = catalog;
  const files = new Map<string, CompareFile>();
  for (const line of catalog.lines) {
    for (const member of line.members) {
      const status = statusFact(stateOf(catalog, member.id));
      const model = toCompareModel(member.id, member.data, status, 'version', line.id);
      const to = listedReplacement(catalog, member);
      const migration = to && {
        from: member.id,
        to: to.id,
        notes: migrationNotes(member.data, to.data),
      };
      files.set(member.id, compareFile(model, benchmarks, sources, migration));
    }
  }
  for (const r of catalog.replacements.values()) {
    const model = toCompareModel(r.id, r.data, null, 'replacement', REPLACEMENTS_GROUP);
    files.set(r.id, compareFile(model, benchmarks, sources));
  }
  return files;
}

/** The comparison data of `ids`, merged from their files as the browser merges them. */
async function getCompareSet(ids: readonly string[]): Promise<CompareSet> {
  const files = await getCompareFiles();
  return mergeFiles(
    ids.map((id) => {
      const file = files.get(id);
      if (!file) throw new Error(`No model "${id}" to compare`);
      return file;
    }),
  );
}

/** Everything the comparison of `ids` (in column order) shows. */
export async function getComparison(ids: readonly string[]): Promise<ComparisonView> {
  return comparisonView(await getCompareSet(ids), ids);
}

/** The picker's groups: each line's versions oldest first, then the replacement models. */
export async function getCompareGroups(): Promise<CompareGroup[]> {
  const catalog = await getCatalog();
  if (catalog.lines.some((line) => line.id === REPLACEMENTS_GROUP))
    throw new Error(`A line cannot be called "${REPLACEMENTS_GROUP}": the picker uses that name`);
  const replacements = [...catalog.replacements.values()];
  return [
    ...catalog.lines.map((line) => ({
      id: line.id,
      name: line.data.name,
      kind: 'line' as const,
      members: line.members.map((m) => ({ id: m.id, name: m.data.name })),
    })),
    ...(replacements.length > 0
      ? [
          {
            id: REPLACEMENTS_GROUP,
            name: 'Models OpenAI lists as replacements',
            kind: 'replacements' as const,
            members: replacements.map((r) => ({ id: r.id, name: r.data.name })),
          },
        ]
      : []),
  ];
}

/** The models /compare/ shows before a reader chooses: the first line's oldest and newest. */
export async function getDefaultComparison(): Promise<[string, string]> {
  const [line] = (await getCatalog()).lines;
  const oldest = line?.members[0];
  const newest = line?.members.at(-1);
  if (!oldest || !newest || oldest === newest) throw new Error('Nothing to compare');
  return [oldest.id, newest.id];
}

/**
 * The comparisons pre-rendered, older first: every pair within each line (lines are small), and
 * each version with the model OpenAI lists as its replacement. Never pairs across lines.
 */
export async function getComparisonPairs(): Promise<[string, string][]> {
  return [...(await getPairsByLine()).values()].flat();
}

let pairsByLine: Promise<Map<string, [string, string][]>> | undefined;

/** Each line's pre-rendered comparisons, worked out once per build (many pages ask). */
function getPairsByLine(): Promise<Map<string, [string, string][]>> {
  pairsByLine ??= (async () => {
    const catalog = await getCatalog();
    const seen = new Set<string>();
    const byLine = new Map<string, [string, string][]>();
    for (const line of catalog.lines) {
      const pairs: [string, string][] = [];
      const add = (pair: [string, string]) => {
        const key = pair.join('|');
        if (seen.has(key)) return;
        seen.add(key);
        pairs.push(pair);
      };
      linePairs(line.members).forEach(add);
      for (const member of line.members) {
        const to = listedReplacement(catalog, member);
        if (to && !seen.has(`${to.id}|${member.id}`)) add([member.id, to.id]);
      }
      byLine.set(line.id, pairs);
    }
    return byLine;
  })();
  return pairsByLine;
}

/** A line's ready-made comparisons: every pair of its versions and each with its replacement. */
export async function getLinePairs(lineId: string): Promise<[string, string][]> {
  const pairs = (await getPairsByLine()).get(lineId);
  if (!pairs) throw new Error(`No line "${lineId}"`);
  return [...pairs];
}

/** One benchmark with every version's sourced score on it. */
export interface GlossaryBenchmark {
  id: string;
  b: Benchmark;
  scores: { model: ModelEntry; score: Score }[];
}

/**
 * Benchmarks by category, in the model pages' category order, with the scores of one line's
 * versions. `all`: every benchmark in the catalog (the featured line's page is also the glossary);
 * otherwise only those the line has scores on.
 */
export async function getBenchmarkGlossary(
  lineId: string,
  all: boolean,
): Promise<{ category: Benchmark['category']; label: string; benchmarks: GlossaryBenchmark[] }[]> {
  const catalog = await getCatalog();
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  // One pass over the scores: a benchmark's list is looked up, never searched for.
  const scores = new Map<string, GlossaryBenchmark['scores']>();
  for (const model of line.members) {
    for (const score of model.data.benchmarks) {
      const list = scores.get(score.benchmark) ?? [];
      list.push({ model, score });
      scores.set(score.benchmark, list);
    }
  }
  return (Object.keys(CATEGORY_LABELS) as Benchmark['category'][]).map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    benchmarks: [...catalog.benchmarks]
      .filter(([id, b]) => b.category === category && (all || scores.has(id)))
      .map(([id, b]) => ({ id, b, scores: scores.get(id) ?? [] })),
  }));
}

/**
 * The `[line]` routes under /lines/: every line but the featured one, whose pages sit at the top
 * of the site (/, /benchmarks/, /calculator/).
 */
export async function otherLinePaths(): Promise<{ params: { line: string } }[]> {
  return (await getCatalog()).lines
    .filter((line) => line.id !== FEATURED_LINE)
    .map((line) => ({ params: { line: line.id } }));
}

/** Where a line lives: the featured line is the home page, every other line has its own page. */
export function linePath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/' : `/lines/${lineId}/`;
}

/** Where a line's benchmark scores are listed. */
export function lineBenchmarksPath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/benchmarks/' : `/lines/${lineId}/benchmarks/`;
}

/** A line's cost calculator: /calculator/ for the featured line, under /lines/ for the others. */
export function lineCalculatorPath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/calculator/' : `/lines/${lineId}/calculator/`;
}

/** The featured line (src/site.ts); a clear error if it names no line in content/lines. */
export async function getFeaturedLine(): Promise<LineView> {
  const line = (await getCatalog()).lineById.get(FEATURED_LINE);
  if (!line)
    throw new Error(`FEATURED_LINE "${FEATURED_LINE}" in src/site.ts is not in content/lines`);
  return line;
}

/** Everything a line's page (or the home page, for the featured line) shows of it. */
export interface LineSection {
  line: LineView;
  lifecycle: LifecycleItem[];
  rows: LineageRow[];
}

export async function getLineSection(lineId: string): Promise<LineSection> {
  const catalog = await getCatalog();
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  return {
    line,
    lifecycle: await getLineLifecycle(lineId),
    rows: lineageRows(line.members, catalog.status),
  };
}

/** One line of the catalog: for the list of every line. */
export interface LineSummary {
  id: string;
  name: string;
  path: string;
  /** Its members, newest first, each with its state on the build's day. */
  members: LifecycleItem[];
  days: StateDays;
}

/** Every line, the featured one first, then by name. */
export async function getLineSummaries(): Promise<LineSummary[]> {
  const catalog = await getCatalog();
  const lines = [
    ...catalog.lines.filter((line) => line.id === FEATURED_LINE),
    ...catalog.lines.filter((line) => line.id !== FEATURED_LINE),
  ];
  return Promise.all(
    lines.map(async (line) => {
      const lifecycle = await getLineLifecycle(line.id);
      const byId = new Map(lifecycle.map((item) => [item.model.id, item]));
      return {
        id: line.id,
        name: line.data.name,
        path: linePath(line.id),
        members: newestFirst(line.members).flatMap((m) => byId.get(m.id) ?? []),
        days: line.days,
      };
    }),
  );
}

/**
 * What is going away across every line, most urgent first: the versions going away and those
 * recently shut down. At most `limit` of each, so the home page stays one screen's list however
 * many lines there are; the lines' own pages list the rest.
 */
export async function getFamilyLifecycle(limit: number): Promise<{
  items: LifecycleItem[];
  more: number;
}> {
  const catalog = await getCatalog();
  const all = byUrgency(
    (await Promise.all(catalog.lines.map((line) => getLineLifecycle(line.id)))).flat(),
  );
  const going = all.filter((item) => urgencyGroup(item.state) === 'going-away');
  const recent = all.filter((item) => urgencyGroup(item.state) === 'recently-shut-down');
  const items = [...going.slice(0, limit), ...recent.slice(0, limit)];
  return { items, more: going.length + recent.length - items.length };
}
