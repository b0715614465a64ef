/** Grouping and ordering of a model's scores for display. Pure. */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/model.ts';

export const CATEGORY_LABELS: Record<Benchmark['category'], string> = {
  knowledge: 'Knowledge',
  reasoning: 'Reasoning',
  math: 'Maths',
  coding: 'Coding',
  'agents-and-tools': 'Agents and tool use',
  'instruction-following': 'Instruction following',
  'long-context': 'Long context',
  multimodal: 'Multimodal',
  factuality: 'Factuality and hallucination',
};

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as Benchmark['category'][];

export interface ScoreGroup {
  category: Benchmark['category'];
  label: string;
  rows: { score: Score; benchmark: Benchmark }[];
}

/**
 * Scores grouped by benchmark category in a fixed order. Within a group, scores of one benchmark
 * sit together, benchmarks in the order they first appear in the content.
 */
export function groupScores(
  scores: readonly Score[],
  benchmarks: ReadonlyMap<string, Benchmark>,
): ScoreGroup[] {
  const groups = new Map<Benchmark['category'], ScoreGroup>();
  for (const score of scores) {
    const benchmark = benchmarks.get(score.benchmark);
    if (!benchmark) throw new Error(`Unknown benchmark "${score.benchmark}"`);
    const group = groups.get(benchmark.category) ?? {
      category: benchmark.category,
      label: CATEGORY_LABELS[benchmark.category],
      rows: [],
    };
    group.rows.push({ score, benchmark });
    groups.set(benchmark.category, group);
  }
  const firstSeen = [...new Set(scores.map((s) => s.benchmark))];
  const rank = (row: { score: Score }) => firstSeen.indexOf(row.score.benchmark);
  return CATEGORY_ORDER.flatMap((category) => groups.get(category) ?? []).map((group) => ({
    ...group,
    rows: group.rows.toSorted((a, b) => rank(a) - rank(b)),
  }));
}
