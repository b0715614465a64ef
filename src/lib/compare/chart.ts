/** The chart of a comparison: benchmarks every selected model has from one run. Pure. */
import { PERCENT_AXIS, series, type ChartSpec } from '../charts/data.ts';
import type { Row } from './cells.ts';
import { sameRunRows } from './rows.ts';
import type { CompareBenchmark, CompareModel } from './types.ts';

/** The caption the chart's figure has, on pair pages and in the browser alike. */
export const SHARED_CHART_CAPTION = 'Benchmarks measured on each model in the same run';

/** Grouped bars of the benchmarks every selected model has from one run, on the 0–100 scale. */
export function sharedBenchmarkChart(
  models: readonly CompareModel[],
  rows: readonly Row[],
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): ChartSpec | undefined {
  const shared = sameRunRows(rows).filter((row) => {
    const b = benchmarks[row.id.split(':')[1] ?? ''];
    return b !== undefined && b.unit === 'percent' && b.higherIsBetter;
  });
  if (shared.length === 0) return undefined;
  return {
    title: `${models.map((m) => m.name).join(' vs ')}: benchmarks measured on each in the same run`,
    categories: shared.map((row) => row.label),
    series: models.map((m, i) =>
      series(
        m.name,
        shared.map((row) => row.cells[i]?.value ?? null),
        shared.map((row) => row.cells[i]?.source ?? null),
        'percent',
        '—',
      ),
    ),
    axis: PERCENT_AXIS,
    nullLabel: '—',
  };
}
