/**
 * Benchmarks scored on several versions of a line: which scores are the same measurement (one
 * source post, one reasoning effort) and can stand side by side in a chart, which are not and
 * why, and the grouped bar chart of those that are. Pure.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Score } from '../../schemas/model.ts';
import { runEffort, runKey } from '../benchmarks/scores.ts';
import { effortLabel } from '../labels.ts';
import type { ModelEntry } from '../lineage/members.ts';
import { notChartedReason, PERCENT_AXIS, series, type ChartSpec } from './data.ts';

/** Scores of one benchmark (and setup) across versions. */
interface CrossVersionGroup {
  benchmark: Benchmark;
  benchmarkId: string;
  setup: string | undefined;
  scores: { model: ModelEntry; score: Score }[];
}

/** Scores from one source at one effort: the same measurement, so they can stand side by side. */
export interface ComparableGroup extends CrossVersionGroup {
  source: string;
  /**
   * The reasoning effort of the run, as a reader reads it ("xhigh", "not stated / no reasoning
   * step").
   */
  effortText: string;
}

/** Scores of several versions that are not the same measurement, and why. */
export interface NotComparableGroup extends CrossVersionGroup {
  reasons: string[];
}

/**
 * Every benchmark (and setup) scored on two or more versions, split into groups that are comparable
 * (same source post and same reasoning effort) and those that are not, with the reason.
 */
export function crossVersionBenchmarks(
  oldestFirst: readonly ModelEntry[],
  benchmarks: ReadonlyMap<string, Benchmark>,
): { comparable: ComparableGroup[]; notComparable: NotComparableGroup[] } {
  const byBenchmark = new Map<string, CrossVersionGroup>();
  for (const model of oldestFirst) {
    for (const score of model.data.benchmarks) {
      const benchmark = benchmarks.get(score.benchmark);
      if (!benchmark) throw new Error(`Unknown benchmark "${score.benchmark}"`);
      const key = `${score.benchmark}|${score.setup ?? ''}`;
      const group = byBenchmark.get(key) ?? {
        benchmark,
        benchmarkId: score.benchmark,
        setup: score.setup,
        scores: [],
      };
      group.scores.push({ model, score });
      byBenchmark.set(key, group);
    }
  }
  const comparable: ComparableGroup[] = [];
  const notComparable: NotComparableGroup[] = [];
  for (const group of byBenchmark.values()) {
    const versions = new Set(group.scores.map((s) => s.model.id));
    if (versions.size < 2) continue;
    const runs = new Map<string, ComparableGroup>();
    for (const entry of group.scores) {
      const key = runKey(entry.score);
      const run = runs.get(key) ?? {
        ...group,
        source: entry.score.source,
        effortText: '',
        scores: [],
      };
      run.scores.push(entry);
      runs.set(key, run);
    }
    for (const run of runs.values()) {
      run.effortText = [...new Set(run.scores.map((s) => effortLabel(s.score.effort)))].join(' / ');
    }
    const sideBySide = [...runs.values()].filter(
      (run) => new Set(run.scores.map((s) => s.model.id)).size >= 2,
    );
    comparable.push(...sideBySide);
    if (sideBySide.length === 0) {
      const reasons: string[] = [];
      if (new Set(group.scores.map((s) => s.score.source)).size > 1)
        reasons.push('reported in different posts or runs');
      if (new Set(group.scores.map((s) => runEffort(s.score.effort))).size > 1)
        reasons.push('run at different reasoning efforts');
      notComparable.push({ ...group, reasons });
    }
  }
  return { comparable, notComparable };
}

/** Grouped bars of the comparable groups: one group per benchmark run, one series per version. */
export function crossVersionChart(
  lineName: string,
  groups: readonly ComparableGroup[],
  oldestFirst: readonly ModelEntry[],
): ChartSpec {
  const versions = oldestFirst.filter((m) =>
    groups.some((g) => g.scores.some((s) => s.model.id === m.id)),
  );
  const percentGroups = groups.filter((g) => notChartedReason(g.benchmark) === undefined);
  return {
    title: `${lineName}: benchmarks scored on several versions in the same run`,
    categories: percentGroups.map((g) => `${g.benchmark.name}${g.setup ? ` (${g.setup})` : ''}`),
    series: versions.map((v) => {
      const scores = percentGroups.map((g) => g.scores.find((s) => s.model.id === v.id)?.score);
      return series(
        v.data.name,
        scores.map((s) => s?.score ?? null),
        scores.map((s) => s?.source ?? null),
        'percent',
        '—',
      );
    }),
    axis: PERCENT_AXIS,
    nullLabel: '—',
  };
}
