/** Grouping and ordering of a model's scores for display. Pure. */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Score } from '../../schemas/model.ts';
import { CATEGORY_LABELS } from '../labels.ts';

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

/**
 * The effort a score's run was set to, for deciding whether two scores are one measurement.
 * A post that names no effort for either score (one model has no reasoning step, the other's
 * effort is not stated) reports them side by side in one table, so they count as one run;
 * two different named efforts never do.
 */
export function runEffort(effort: Score['effort']): string {
  return effort === 'not-applicable' || effort === 'not-stated' ? 'unnamed' : effort;
}

/** The key of the run a score belongs to: the post that reported it and the effort it names. */
export function runKey(score: Pick<Score, 'source' | 'effort'>): string {
  return `${score.source}|${runEffort(score.effort)}`;
}
