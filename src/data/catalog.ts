/**
 * The query module: loads every collection once, orders lines, and hands pages ready-made views.
 * Pages and components import from here, never from astro:content directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/model.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Line } from '../schemas/line.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Source } from '../schemas/source.ts';
import { faqAnchor, faqSlug, generateFaq, mergeFaq, type FaqItem } from '../lib/faq.ts';
import {
  canonicalPairs,
  factRows,
  toCompareModel,
  type CompareData,
  type Sourced,
} from '../lib/compare.ts';
import { formatDate } from '../lib/format.ts';
import { CATEGORY_LABELS } from '../lib/labels.ts';
import { byUrgency, lifecycleState, statusText, type LifecycleState } from '../lib/lifecycle.ts';
import { membersOf, positionIn, type LinePosition, type ModelEntry } from '../lib/lineage.ts';
import { lineageRows, type LineageRow } from '../lib/lineage-table.ts';
import { FEATURED_LINE } from '../site.ts';

/** A model OpenAI names as a replacement, with its id (its API model id). */
export interface ReplacementEntry {
  id: string;
  data: Replacement;
}

export interface LineView {
  id: string;
  data: Line;
  /** Oldest first. */
  members: ModelEntry[];
}

export interface Catalog {
  lines: LineView[];
  models: Map<string, ModelEntry>;
  /** Models OpenAI names as replacements for versions; not members of any line. */
  replacements: Map<string, ReplacementEntry>;
  sources: Map<string, Source>;
  benchmarks: Map<string, Benchmark>;
  faqEntries: CollectionEntry<'faq'>[];
  comparisons: { id: string; data: Comparison }[];
  /** Display name of any model id: catalog versions and the models of published comparisons. */
  modelNames: Map<string, string>;
  /** The latest `verified` day across lines: when any of the data was last checked. */
  verified: string;
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
  ] = await Promise.all([
    getCollection('lines'),
    getCollection('models'),
    getCollection('sources'),
    getCollection('benchmarks'),
    getCollection('faq'),
    getCollection('comparisons'),
    getCollection('comparisonModels'),
    getCollection('replacements'),
  ]);
  const models = new Map(modelEntries.map((m) => [m.id, { id: m.id, data: m.data }]));
  const lines = lineEntries
    .map((l) => ({ id: l.id, data: l.data, members: membersOf(l.data, [...models.values()]) }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  const verified = lines
    .map((l) => l.data.verified)
    .sort()
    .at(-1);
  if (verified === undefined) throw new Error('No line in content/lines');
  return {
    lines,
    models,
    replacements: new Map(replacementEntries.map((r) => [r.id, { id: r.id, data: r.data }])),
    sources: new Map(sourceEntries.map((s) => [s.id, s.data])),
    benchmarks: new Map(benchmarkEntries.map((b) => [b.id, b.data])),
    faqEntries,
    comparisons: comparisonEntries.map((c) => ({ id: c.id, data: c.data })),
    modelNames: new Map([
      ...comparisonModels.map((m) => [m.id, m.data.name] as const),
      ...replacementEntries.map((m) => [m.id, m.data.name] as const),
      ...modelEntries.map((m) => [m.id, m.data.name] as const),
    ]),
    verified,
  };
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
  /** The day the page's statuses are true as of: the line's `verified` day. */
  asOf: string;
  lifecycle: LifecycleState;
  /** The model OpenAI names as the replacement, when one is named and in the catalog. */
  replacement: ReplacementEntry | undefined;
  faq: (FaqItem | HandWrittenFaqItem)[];
}

/** Data for /models/<id>/. */
export async function getModelPage(id: string): Promise<ModelPageData> {
  const catalog = await getCatalog();
  const model = catalog.models.get(id);
  const line = catalog.lines.find((l) => l.data.members.includes(id));
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
        thirdParty: entry.data.confidence === 'medium',
        order: entry.data.order,
        Content: (await render(entry)).Content,
      })),
  );
  const asOf = line.data.verified;
  const lifecycle = lifecycleState(model.data.lifecycle, asOf);
  const context = {
    asOf,
    names: catalog.modelNames,
    lineRecommendations: line.data.recommendations,
  };
  return {
    model,
    line,
    position,
    asOf,
    lifecycle,
    replacement: lifecycle.replacement
      ? catalog.replacements.get(lifecycle.replacement)
      : undefined,
    faq: mergeFaq(generateFaq(id, model.data, position, context), handWritten),
  };
}

/** One version's standing, for the line's lifecycle overview. */
export interface LifecycleItem {
  model: ModelEntry;
  state: LifecycleState;
  replacement: ReplacementEntry | undefined;
}

/** The line's versions, most urgent first: the next shutdown at the top. */
export async function getLineLifecycle(lineId: string): Promise<LifecycleItem[]> {
  const catalog = await getCatalog();
  const line = catalog.lines.find((l) => l.id === lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  return byUrgency(
    line.members.map((model) => {
      const state = lifecycleState(model.data.lifecycle, line.data.verified);
      const replacement = state.replacement
        ? catalog.replacements.get(state.replacement)
        : undefined;
      return { model, state, replacement };
    }),
  );
}

/** Every model id, for getStaticPaths. */
export async function getModelIds(): Promise<string[]> {
  return [...(await getCatalog()).models.keys()];
}

/**
 * The compact data of every version that the compare page needs, in line order: shipped once as
 * /compare/data.json, and used by the build for the pre-rendered pairs.
 */
export function getCompareData(): Promise<CompareData> {
  compareData ??= buildCompareData();
  return compareData;
}

let compareData: Promise<CompareData> | undefined;

/** A version's API status as of `asOf`, as a sourced fact for the comparison table. */
function statusFact(model: ModelEntry, asOf: string): Sourced<string> {
  const state = lifecycleState(model.data.lifecycle, asOf);
  const event = state.shutdown ?? state.lastCheck;
  if (!event) return null;
  const replacement = state.replacement ? ` → ${state.replacement}` : '';
  return {
    value: `${statusText(state)}${replacement} (as of ${formatDate(asOf)})`,
    source: event.source,
    thirdParty: event.confidence === 'medium',
  };
}

async function buildCompareData(): Promise<CompareData> {
  const catalog = await getCatalog();
  const models = [
    ...catalog.lines.flatMap((line) =>
      line.members.map((m) => toCompareModel(m.id, m.data, statusFact(m, line.data.verified))),
    ),
    ...[...catalog.replacements.values()].map((r) =>
      toCompareModel(r.id, r.data, null, 'replacement'),
    ),
  ];
  const used = new Set(
    models.flatMap((m) => [
      ...Object.values(m.facts).flatMap((f) => (f ? [f.source] : [])),
      ...m.scores.map((s) => s.source),
    ]),
  );
  return {
    models,
    rows: factRows(models),
    benchmarks: Object.fromEntries(
      [...catalog.benchmarks].map(([id, b]) => [
        id,
        { name: b.name, unit: b.unit, higherIsBetter: b.higherIsBetter },
      ]),
    ),
    sources: Object.fromEntries(
      [...catalog.sources]
        .filter(([id]) => used.has(id))
        .map(([id, s]) => [id, { title: s.title, url: s.url }]),
    ),
  };
}

/** The versions /compare/ shows before a reader chooses: the oldest against the newest. */
export async function getDefaultComparison(): Promise<[string, string]> {
  const versions = (await getCompareData()).models.filter((m) => m.kind === 'version');
  const oldest = versions[0];
  const latest = versions.at(-1);
  if (!oldest || !latest) throw new Error('Nothing to compare');
  return [oldest.id, latest.id];
}

/**
 * The comparisons worth a pre-rendered page, older first: pairs within each line, and each
 * version with the model OpenAI names as its replacement.
 */
export async function getComparisonPairs(): Promise<[string, string][]> {
  const catalog = await getCatalog();
  const pairs: [string, string][] = catalog.lines.flatMap((line) => canonicalPairs(line.members));
  for (const line of catalog.lines) {
    for (const member of line.members) {
      const { replacement } = lifecycleState(member.data.lifecycle, line.data.verified);
      if (replacement && catalog.replacements.has(replacement))
        pairs.push([member.id, replacement]);
    }
  }
  return pairs;
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
  const line = catalog.lines.find((l) => l.id === lineId);
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

/** Where a line lives: the featured line is the home page, every other line has its own page. */
export function linePath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/' : `/lines/${lineId}/`;
}

/** Where a line's benchmark scores are listed. */
export function lineBenchmarksPath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/benchmarks/' : `/lines/${lineId}/benchmarks/`;
}

/** The featured line (src/site.ts); a clear error if it names no line in content/lines. */
export async function getFeaturedLine(): Promise<LineView> {
  const line = (await getCatalog()).lines.find((l) => l.id === FEATURED_LINE);
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
  const line = catalog.lines.find((l) => l.id === lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  return {
    line,
    lifecycle: await getLineLifecycle(lineId),
    rows: lineageRows(line.members, line.data.verified),
  };
}

/** One line of the catalog in a sentence or two: for the list of every line. */
export interface LineSummary {
  id: string;
  name: string;
  path: string;
  versions: number;
  newest: ModelEntry | undefined;
  /** The soonest coming shutdown in the line, as of its verified day. */
  next: LifecycleItem | undefined;
  verified: string;
}

/** Every line, in name order, summarised: O(lines) on the page, whatever their size. */
export async function getLineSummaries(): Promise<LineSummary[]> {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.lines.map(async (line) => {
      const lifecycle = await getLineLifecycle(line.id);
      return {
        id: line.id,
        name: line.data.name,
        path: linePath(line.id),
        versions: line.members.length,
        newest: line.members.at(-1),
        next: lifecycle.find((item) => item.state.phase === 'shutdown-scheduled'),
        verified: line.data.verified,
      };
    }),
  );
}
