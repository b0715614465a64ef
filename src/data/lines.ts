/**
 * Lines and the family: each line's section (what is going away, the lineage table), every line at
 * a glance, what is going away across lines, and a line's benchmark glossary.
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/model.ts';
import { CATEGORY_LABELS } from '../lib/labels.ts';
import {
  byUrgency,
  nearestGroupFirst,
  urgencyGroup,
  type LifecycleState,
  type StateDays,
} from '../lib/lifecycle/state.ts';
import { newestFirst, type ModelEntry } from '../lib/lineage/members.ts';
import { lineageRows, type LineageRow } from '../lib/lineage/table.ts';
import { FEATURED_LINE } from '../site.ts';

import {
  getCatalog,
  listedReplacement,
  stateOf,
  type LineView,
  type ListedReplacement,
} from './catalog.ts';
import { linePath } from '../lib/paths.ts';

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

/** Lines other than the featured one with a price a calculator can use: each has a calculator. */
export async function calculatorLinePaths(): Promise<{ params: { line: string } }[]> {
  return (await getCatalog()).lines
    .filter((line) => line.id !== FEATURED_LINE && line.calculator)
    .map((line) => ({ params: { line: line.id } }));
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
 * What is going away across every line: the versions going away and those recently shut down,
 * the group with the date nearest the build's day first, each most urgent first. At most `limit`
 * of each, so the home page stays one screen's list however many lines there are; the lines' own
 * pages list the rest.
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
  const items = nearestGroupFirst(going.slice(0, limit), recent.slice(0, limit));
  return { items, more: going.length + recent.length - items.length };
}
