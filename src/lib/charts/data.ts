/**
 * Turns content into chart specs: small, JSON-serialisable descriptions that the client renderer
 * draws and that the figure's table shows as numbers: the spec's shape, a version's scores, a
 * published comparison and a line's prices (benchmarks across versions are in cross-version.ts).
 * Pure; no Chart.js here.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Comparison } from '../../schemas/comparison.ts';
import type { Score } from '../../schemas/model.ts';
import { groupScores, type ScoreGroup } from '../benchmarks/scores.ts';
import { formatDate, formatScore, formatUsd } from '../format.ts';
import { withSetup } from '../labels.ts';
import type { ModelEntry } from '../lineage/members.ts';
import { rateColumns, rateOf } from '../pricing/headline.ts';
import type { Knowable } from '../../schemas/fact.ts';

/** One set of bars (one colour and pattern). */
export interface ChartSeries {
  name: string;
  /** One value per category; null draws no bar and shows `nullLabel` instead. */
  values: (number | null)[];
  /** The text written on each bar, formatted at build time as the tables format it. */
  labels: string[];
  /** Source id of each bar; selecting a bar jumps to that source in the page's list. */
  sources: (string | null)[];
}

export interface ChartSpec {
  /** Accessible name of the chart. */
  title: string;
  /** Bar labels (or group labels), top to bottom. */
  categories: string[];
  series: ChartSeries[];
  axis: { min: number; max: number; step: number; unit: 'percent' | 'usd' };
  /** What a missing value means: "n/a" (does not apply) or "—" (no score). */
  nullLabel: string;
}

/** What the browser draws from (the build already used the null label, in the bar labels). */
export type ClientChartSpec = Pick<ChartSpec, 'title' | 'categories' | 'series' | 'axis'>;

/** The part of a spec the browser needs: what a page's charts.json holds for each chart. */
export function clientSpec({ title, categories, series, axis }: ChartSpec): ClientChartSpec {
  return { title, categories, series, axis };
}

/** The 0–100 scale with gridlines every 25 points. */
export const PERCENT_AXIS = { min: 0, max: 100, step: 25, unit: 'percent' } as const;

/**
 * A series with its bar labels ("82.0%", "$0.15", or the null label) and the source of each bar.
 */
export function series(
  name: string,
  values: (number | null)[],
  sources: (string | null)[],
  unit: ChartSpec['axis']['unit'],
  nullLabel: string,
): ChartSeries {
  const label = (v: number | null) =>
    v === null ? nullLabel : unit === 'usd' ? formatUsd(v) : formatScore(v, 'percent');
  return {
    name,
    values,
    labels: values.map(label),
    sources: values.map((v, i) => (v === null ? null : (sources[i] ?? null))),
  };
}

/** Bars a chart draws (values that are not null). */
export function barCount(spec: Pick<ChartSpec, 'series'>): number {
  return spec.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
}

/**
 * Why a score is in the table but not on a 0–100, higher-is-better chart; undefined when it is
 * charted.
 */
export function notChartedReason(benchmark: Benchmark): string | undefined {
  if (!benchmark.higherIsBetter)
    return 'lower is better, so it is not mixed into a higher-is-better chart';
  if (benchmark.unit !== 'percent')
    return (
      `measured in ${benchmark.unit === 'usd' ? 'dollars' : benchmark.unit}, ` +
      'not on the 0–100 scale'
    );
  return undefined;
}

/** `GPQA Diamond (no tools) · high`: the name, the setup, and the effort when one is stated. */
export function scoreLabel(score: Score, benchmark: Benchmark): string {
  const effort =
    score.effort === 'not-applicable' || score.effort === 'not-stated' ? '' : ` · ${score.effort}`;
  return `${withSetup(benchmark.name, score.setup)}${effort}`;
}

/** Makes labels unique by appending the source's title to any that repeat. */
function uniqueLabels(labels: string[], sources: string[]): string[] {
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} — ${sources[i]}` : label,
  );
}

export interface ScoreChartGroup extends ScoreGroup {
  /** The chart of this group's chartable scores; undefined when none can be charted. */
  spec: ChartSpec | undefined;
}

/**
 * One chart per benchmark category of a model: every percent, higher-is-better score on the 0–100
 * scale. `sourceTitle` names a source for labels that would otherwise repeat.
 */
export function scoreCharts(
  modelName: string,
  scores: readonly Score[],
  benchmarks: ReadonlyMap<string, Benchmark>,
  sourceTitle: (id: string) => string,
): ScoreChartGroup[] {
  return groupScores(scores, benchmarks).map((group) => {
    const charted = group.rows.filter((row) => notChartedReason(row.benchmark) === undefined);
    if (charted.length === 0) return { ...group, spec: undefined };
    const labels = uniqueLabels(
      charted.map((row) => scoreLabel(row.score, row.benchmark)),
      charted.map((row) => sourceTitle(row.score.source)),
    );
    return {
      ...group,
      spec: {
        title: `${modelName}: ${group.label.toLowerCase()} scores, 0 to 100`,
        categories: labels,
        series: [
          series(
            modelName,
            charted.map((row) => row.score.score),
            charted.map((row) => row.score.source),
            'percent',
            '—',
          ),
        ],
        axis: PERCENT_AXIS,
        nullLabel: '—',
      },
    };
  });
}

/** A published comparison as grouped bars: one group per benchmark, one series per model. */
export function comparisonChart(
  comparison: Comparison,
  columnNames: readonly string[],
  benchmarks: ReadonlyMap<string, Benchmark>,
): ChartSpec {
  return {
    title: comparison.title,
    categories: comparison.rows.map((row) => benchmarks.get(row.benchmark)?.name ?? row.benchmark),
    series: columnNames.map((name, c) =>
      series(
        name,
        comparison.rows.map((row) => row.scores[c] ?? null),
        comparison.rows.map(() => comparison.source),
        'percent',
        'n/a',
      ),
    ),
    axis: PERCENT_AXIS,
    nullLabel: 'n/a',
  };
}

/** A round upper bound for a price axis: 4.5 → 5, 1.6 → 2, 0.6 → 1. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  const step = steps.find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * Input and output price per 1M tokens of each version, in release order (oldest at the top): one
 * series per rate the line's versions are compared by (by kind of token where they are priced by
 * several, each kind in its own unit: a bar is never a sum of kinds).
 */
export function priceChart(lineName: string, oldestFirst: readonly ModelEntry[]): ChartSpec {
  const columns = rateColumns(oldestFirst.map((m) => m.data.pricing));
  const rates = columns.map((c) =>
    oldestFirst.map((m) => rateOf(m.data.pricing, c.kind, c.direction)),
  );
  const price = (item: Knowable<number> | undefined) =>
    item !== undefined && 'value' in item ? item.value : null;
  const source = (item: Knowable<number> | undefined) =>
    item !== undefined && 'value' in item ? item.source : null;
  const values = rates.map((column) => column.map(price));
  const max = niceMax(Math.max(0, ...values.flat().filter((v): v is number => v !== null)));
  // Five round steps: $5 → $1 steps, $1 → $0.20 steps.
  const step = niceMax(max / 5);
  return {
    title: `${lineName}: price per 1M tokens by release date`,
    categories: oldestFirst.map((m) => `${m.data.name} (${formatDate(m.data.released.value)})`),
    series: columns.map((c, i) =>
      series(c.label, values[i] ?? [], (rates[i] ?? []).map(source), 'usd', 'unknown'),
    ),
    axis: { min: 0, max, step, unit: 'usd' },
    nullLabel: 'unknown',
  };
}
