/**
 * The benchmark rows of a comparison table: one per benchmark (and setup) any selected model has,
 * each model's score from the run most of them share, marked better only when the scores are one
 * measurement (same post, same reasoning effort) and otherwise noted as not comparable. Pure.
 */
import type { Score } from '../../schemas/model.ts';
import { runEffort, runKey } from '../benchmarks/scores.ts';
import { formatScore } from '../format.ts';
import { effortLabel, withSetup } from '../labels.ts';
import { bestOf, pointDelta, sameDisplay, type Cell, type Row } from './cells.ts';
import type { CompareBenchmark, CompareModel, CompareScore } from './types.ts';

const EFFORT_SHOWN = (effort: string) => effort !== 'not-applicable' && effort !== 'not-stated';
const effortOf = (s: CompareScore) => s.effort as Score['effort'];
const runOf = (s: CompareScore) => runKey({ source: s.source, effort: effortOf(s) });

/** A score's benchmark and setup, the key of its row. */
const rowKey = (s: CompareScore) => JSON.stringify([s.benchmark, s.setup]);

/**
 * Each model's scores by row key, grouped once per comparison: a row then looks its scores up
 * instead of filtering every score of every model (this runs for every pre-rendered pair).
 */
function scoresByRow(models: readonly CompareModel[]): Map<string, CompareScore[]>[] {
  // A loop, not Map.groupBy: the browser runs this too, and Safari before 17.4 lacks it.
  return models.map((m) => {
    const byRow = new Map<string, CompareScore[]>();
    for (const score of m.scores) {
      const key = rowKey(score);
      const list = byRow.get(key);
      if (list) list.push(score);
      else byRow.set(key, [score]);
    }
    return byRow;
  });
}

/** Each model's score on one row, preferring the run most of them share. */
function chosenScores(key: string, byRow: ReturnType<typeof scoresByRow>): (CompareScore | null)[] {
  const candidates = byRow.map((scores) => scores.get(key) ?? []);
  const runCounts = new Map<string, number>();
  for (const list of candidates)
    for (const run of new Set(list.map(runOf))) runCounts.set(run, (runCounts.get(run) ?? 0) + 1);
  const [sharedRun] = [...runCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return candidates.map((list) => list.find((s) => runOf(s) === sharedRun) ?? list[0] ?? null);
}

/** Why scores are not one measurement, or [] when they are. Each cell's marker names its source. */
function notComparableReasons(present: readonly CompareScore[]): string[] {
  if (present.length < 2) return [];
  const reasons: string[] = [];
  if (new Set(present.map((s) => s.source)).size > 1) reasons.push('reported in different posts');
  if (new Set(present.map((s) => runEffort(effortOf(s)))).size > 1) {
    const efforts = present.map((s) => effortLabel(effortOf(s))).join(' vs ');
    reasons.push(`run at different reasoning efforts (${efforts})`);
  }
  return reasons;
}

function scoreRow(
  key: string,
  byRow: ReturnType<typeof scoresByRow>,
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): Row | undefined {
  const [benchmarkId, setup] = JSON.parse(key) as [string, string | null];
  const benchmark = benchmarks[benchmarkId];
  if (!benchmark) return undefined;
  const chosen = chosenScores(key, byRow);
  const present = chosen.filter((s): s is CompareScore => s !== null);
  const reasons = notComparableReasons(present);
  const comparable = present.length >= 2 && reasons.length === 0;
  const base = chosen[0];
  const cells = chosen.map((s, i): Cell | null => {
    if (!s) return null;
    const effort = EFFORT_SHOWN(s.effort) ? ` · ${s.effort}` : '';
    const cell: Cell = {
      display: `${formatScore(s.score, benchmark.unit)}${effort}`,
      value: s.score,
      source: s.source,
      confidence: s.confidence,
    };
    if (comparable && i > 0 && base && benchmark.unit === 'percent')
      cell.delta = pointDelta(base.score, s.score);
    return cell;
  });
  const direction = benchmark.higherIsBetter ? 'higher' : 'lower';
  const result: Row = {
    id: `benchmark:${benchmarkId}${setup ? `:${setup}` : ''}`,
    group: 'Benchmarks',
    label:
      withSetup(benchmark.name, setup) + (benchmark.higherIsBetter ? '' : ' — lower is better'),
    cells,
    best: comparable
      ? bestOf(
          chosen.map((s) => s?.score ?? null),
          direction,
        )
      : [],
    betterWord: direction,
    same: sameDisplay(cells),
  };
  if (reasons.length > 0) result.note = `Not directly comparable: ${reasons.join('; ')}.`;
  return result;
}

/** Every benchmark row of the selected models, in the order their scores first appear. */
export function scoreRows(
  models: readonly CompareModel[],
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): Row[] {
  const byRow = scoresByRow(models);
  const keys = [...new Set(byRow.flatMap((scores) => [...scores.keys()]))];
  return keys.flatMap((key) => scoreRow(key, byRow, benchmarks) ?? []);
}
