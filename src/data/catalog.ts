/**
 * The query module's core: loads every collection once, computes each version's lifecycle state
 * on the build's day, and looks lines and models up. The views pages read are built beside it, one
 * concern each: model pages (model-page.ts), lines and the family (lines.ts), comparisons
 * (compare.ts). Pages and components never import from astro:content directly.
 */
import { pricesTextRequests } from '../lib/calculator/cost.ts';
import { pricesOtherUnits } from '../lib/calculator/units.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Line } from '../schemas/line.ts';
import type { NamedModel, NotModel } from '../schemas/other-ids.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Source } from '../schemas/source.ts';
import { buildDay } from '../build-day.ts';
import {
  lifecycleState,
  staleDays,
  stateDays,
  type LifecycleState,
  type StateDays,
} from '../lib/lifecycle/state.ts';
import { membersOf, type ModelEntry } from '../lib/lineage/members.ts';
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
  /**
   * Whether any version has a price the calculator can use (text tokens, audio or image tokens,
   * images), so the line has a cost calculator.
   */
  calculator: boolean;
  /**
   * Whether any version prices more than text tokens: the line's calculator then prices every
   * unit on its own line (the unit calculator) instead of text requests.
   */
  unitCalculator: boolean;
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
      const members = membersOf(l.data, models);
      return {
        id: l.id,
        data: l.data,
        members,
        days,
        stale: staleDays(days),
        calculator: members.some(
          (m) => pricesTextRequests(m.data) || pricesOtherUnits(m.data.pricing),
        ),
        unitCalculator: members.some((m) => pricesOtherUnits(m.data.pricing)),
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

/** Every model id, for getStaticPaths. */
export async function getModelIds(): Promise<string[]> {
  return [...(await getCatalog()).models.keys()];
}

/** The model OpenAI lists as a version's replacement, if the catalog describes it. */
export function listedReplacement(
  catalog: Catalog,
  member: ModelEntry,
): ListedReplacement | undefined {
  const { replacement } = stateOf(catalog, member.id);
  if (!replacement) return undefined;
  const model = catalog.replacements.get(replacement);
  if (model) return { ...model, kind: 'replacement' };
  const version = catalog.models.get(replacement);
  return version && { ...version, kind: 'version' };
}

/** The featured line (src/site.ts); a clear error if it names no line in content/lines. */
export async function getFeaturedLine(): Promise<LineView> {
  const line = (await getCatalog()).lineById.get(FEATURED_LINE);
  if (!line)
    throw new Error(`FEATURED_LINE "${FEATURED_LINE}" in src/site.ts is not in content/lines`);
  return line;
}
