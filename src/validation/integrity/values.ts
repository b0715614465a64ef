/**
 * Values that must agree with what they rest on: every score is in its benchmark's range (a
 * version's and a published comparison's), and every strength or best-for claim has evidence that
 * resolves and leaves the figures to that evidence.
 */
import { UNIT_RANGE, type Benchmark } from '../../schemas/benchmark.ts';
import { resolveEvidence } from '../../lib/sources/evidence.ts';
import type { Add, Parsed, ParsedTree, Path } from './types.ts';

/** Model names (GPT-4o, GPT-3.5 Turbo, GPT-5.4) may hold digits; figures may not. */
const MODEL_NAMES = /\bGPT-\d[\d.]*[a-z]?\b/gi;

type Benchmarks = ReadonlyMap<string, Benchmark>;

/** Reports any score outside its benchmark's range (an unknown benchmark is reported apart). */
function checkScores(
  benchmarks: Benchmarks,
  add: Add,
  entry: Parsed<unknown>,
  id: string,
  scores: { value: number | null; path: Path }[],
): void {
  const benchmark = benchmarks.get(id);
  if (!benchmark) return;
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
}

const benchmarksOf = (tree: ParsedTree): Benchmarks =>
  new Map(tree.benchmarks.map((b) => [b.id, b.data]));

/** Each version's scores in range, and its claims backed by evidence that resolves. */
export function checkModelValues(tree: ParsedTree, add: Add): void {
  const benchmarks = benchmarksOf(tree);
  for (const model of tree.models) {
    model.data.benchmarks.forEach((score, index) =>
      checkScores(benchmarks, add, model, score.benchmark, [
        { value: score.score, path: ['benchmarks', index, 'score'] },
      ]),
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
}

/** Every score of a published comparison in range. */
export function checkComparisonScores(tree: ParsedTree, add: Add): void {
  const benchmarks = benchmarksOf(tree);
  for (const comparison of tree.comparisons) {
    comparison.data.rows.forEach((row, r) =>
      checkScores(
        benchmarks,
        add,
        comparison,
        row.benchmark,
        row.scores.map((value, c) => ({ value, path: ['rows', r, 'scores', c] })),
      ),
    );
  }
}
