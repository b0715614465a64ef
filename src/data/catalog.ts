/**
 * The query module: loads every collection once, orders lines, and hands pages ready-made views.
 * Pages and components import from here, never from astro:content directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Line } from '../schemas/line.ts';
import type { Source } from '../schemas/source.ts';
import { faqAnchor, faqSlug, generateFaq, mergeFaq, type FaqItem } from '../lib/faq.ts';
import { factRows, toCompareModel, type CompareData } from '../lib/compare.ts';
import { membersOf, positionIn, type LinePosition, type ModelEntry } from '../lib/lineage.ts';

export interface LineView {
  id: string;
  data: Line;
  /** Oldest first. */
  members: ModelEntry[];
}

export interface Catalog {
  lines: LineView[];
  models: Map<string, ModelEntry>;
  sources: Map<string, Source>;
  benchmarks: Map<string, Benchmark>;
  faqEntries: CollectionEntry<'faq'>[];
  comparisons: { id: string; data: Comparison }[];
  /** Display name of any model id: catalog versions and the models of published comparisons. */
  modelNames: Map<string, string>;
  /** The latest `verified` date across lines: when the data was last checked. */
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
  ] = await Promise.all([
    getCollection('lines'),
    getCollection('models'),
    getCollection('sources'),
    getCollection('benchmarks'),
    getCollection('faq'),
    getCollection('comparisons'),
    getCollection('comparisonModels'),
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
    sources: new Map(sourceEntries.map((s) => [s.id, s.data])),
    benchmarks: new Map(benchmarkEntries.map((b) => [b.id, b.data])),
    faqEntries,
    comparisons: comparisonEntries.map((c) => ({ id: c.id, data: c.data })),
    modelNames: new Map([
      ...comparisonModels.map((m) => [m.id, m.data.name] as const),
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
  return {
    model,
    line,
    position,
    faq: mergeFaq(generateFaq(id, model.data, position), handWritten),
  };
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

async function buildCompareData(): Promise<CompareData> {
  const catalog = await getCatalog();
  const models = catalog.lines.flatMap((line) =>
    line.members.map((m) => toCompareModel(m.id, m.data, line.data.verified)),
  );
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

/** The versions /compare/ shows before a reader chooses: the oldest against the latest. */
export async function getDefaultComparison(): Promise<[string, string]> {
  const { models } = await getCompareData();
  const oldest = models[0];
  const latest = models.at(-1);
  if (!oldest || !latest) throw new Error('Nothing to compare');
  return [oldest.id, latest.id];
}
