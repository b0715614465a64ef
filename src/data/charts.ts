/**
 * Every chart the site draws, by page. The figures render their captions, legends and tables from
 * these specs, and each page's `charts.json` (fetched with Chart.js only when a chart nears view)
 * is the same specs serialised, so the numbers a page shows and the bars it draws come from one
 * place. A chart that a page renders but this module does not publish fails the build.
 */
import type { Comparison } from '../schemas/comparison.ts';
import { comparisonChart, priceChart, scoreCharts, type ChartSpec } from '../lib/charts/data.ts';
import {
  crossVersionBenchmarks,
  crossVersionChart,
  type ComparableGroup,
  type NotComparableGroup,
} from '../lib/charts/cross-version.ts';
import type { ScoreGroup } from '../lib/benchmarks/scores.ts';
import { pairPath } from '../lib/paths.ts';
import { getCatalog } from './catalog.ts';
import { getComparison, getComparisonPairs, getDefaultComparison } from './compare.ts';
import { linePath, modelPagePath } from '../lib/paths.ts';
import { type LineSection } from './lines.ts';
import { oncePerKey } from './once.ts';

/**
 * A chart as a page places it: `id` is unique on the page and keys it in the page's charts.json.
 */
export interface PageChart {
  id: string;
  spec: ChartSpec;
}

export interface ModelCharts {
  /** The version's scores by category; `chart` is absent where nothing can go on a 0–100 chart. */
  scores: (ScoreGroup & { chart: PageChart | undefined })[];
  /** Published comparisons that include this version. */
  comparisons: { id: string; data: Comparison; chart: PageChart }[];
}

export interface LineCharts {
  prices: PageChart;
  /** Absent when no benchmark was measured on two versions in the same run. */
  crossVersion: PageChart | undefined;
  comparable: ComparableGroup[];
  notComparable: NotComparableGroup[];
}

/** The charts of /models/<id>/. */
export const getModelCharts = oncePerKey(async (modelId): Promise<ModelCharts> => {
  const catalog = await getCatalog();
  const model = catalog.models.get(modelId);
  if (!model) throw new Error(`No model "${modelId}"`);
  const title = (source: string) => catalog.sources.get(source)?.title ?? source;
  return {
    scores: scoreCharts(model.data.name, model.data.benchmarks, catalog.benchmarks, title).map(
      ({ spec, ...group }) => ({
        ...group,
        chart: spec && { id: `chart-${group.category}`, spec },
      }),
    ),
    comparisons: catalog.comparisons
      .filter((c) => c.data.model === modelId)
      .map((c) => {
        const names = c.data.columns.map((column) => catalog.modelNames.get(column) ?? column);
        return {
          ...c,
          chart: { id: `chart-${c.id}`, spec: comparisonChart(c.data, names, catalog.benchmarks) },
        };
      }),
  };
});

/** The charts of a line on the home page: price by release date and benchmarks across versions. */
export const getLineCharts = oncePerKey(async (lineId): Promise<LineCharts> => {
  const catalog = await getCatalog();
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}"`);
  const { comparable, notComparable } = crossVersionBenchmarks(line.members, catalog.benchmarks);
  const crossVersion = crossVersionChart(line.data.name, comparable, line.members);
  return {
    prices: { id: `chart-prices-${lineId}`, spec: priceChart(line.data.name, line.members) },
    crossVersion:
      crossVersion.categories.length > 0
        ? { id: `chart-benchmarks-${lineId}`, spec: crossVersion }
        : undefined,
    comparable,
    notComparable,
  };
});

/** The id of a comparison's chart in its page's charts.json. */
export const COMPARE_CHART_ID = 'chart-compare';

const compareChart = oncePerKey(async (key): Promise<PageChart | undefined> => {
  const ids = key.split(',');
  const spec = (await getComparison(ids)).chart;
  return spec && { id: COMPARE_CHART_ID, spec };
});

/**
 * The shared-benchmark chart of a comparison of these versions, if they share any benchmark run.
 */
const getCompareChart = (ids: readonly string[]) => compareChart(ids.join(','));

/** Where a page's chart data is published. */
export const chartDataPath = (page: string) => `${page}charts.json`;

/** Every page that draws charts, with its charts: what the charts.json endpoint publishes. */
export function getPublishedCharts(): Promise<Map<string, PageChart[]>> {
  published ??= collect();
  return published;
}

let published: Promise<Map<string, PageChart[]>> | undefined;

async function collect(): Promise<Map<string, PageChart[]>> {
  const catalog = await getCatalog();
  const pages = new Map<string, PageChart[]>();
  const add = (page: string, charts: (PageChart | undefined)[]) => {
    const present = charts.filter((c): c is PageChart => c !== undefined);
    if (present.length > 0) pages.set(page, present);
  };
  // Each line's charts on its own page (the featured line's on the home page).
  for (const line of catalog.lines) {
    const charts = await getLineCharts(line.id);
    add(linePath(line.id), [charts.prices, charts.crossVersion]);
  }
  for (const id of catalog.models.keys()) {
    const charts = await getModelCharts(id);
    add(modelPagePath(id), [
      ...charts.scores.map((s) => s.chart),
      ...charts.comparisons.map((c) => c.chart),
    ]);
  }
  add('/compare/', [await getCompareChart(await getDefaultComparison())]);
  for (const [a, b] of await getComparisonPairs()) {
    add(pairPath(a, b), [await getCompareChart([a, b])]);
  }
  return pages;
}

/**
 * Throws unless `chart` is published for `page`: a figure must never point at data that is not
 * there.
 */
export async function assertPublished(page: string, chart: PageChart): Promise<void> {
  const published = (await getPublishedCharts()).get(page)?.find((c) => c.id === chart.id);
  if (!published)
    throw new Error(
      `Chart "${chart.id}" on ${page} is not in ${chartDataPath(page)}: ` +
        'publish it from src/data/charts.ts',
    );
  if (JSON.stringify(published.spec) !== JSON.stringify(chart.spec)) {
    throw new Error(
      `Chart "${chart.id}" on ${page} differs from the one in ${chartDataPath(page)}`,
    );
  }
}

/**
 * The sources a line's section cites, in the order it shows them (lifecycle, table, figures):
 * what the page's footnote numbers are built from.
 */
export async function lineSectionCitations(section: LineSection): Promise<unknown[]> {
  const charts = await getLineCharts(section.line.id);
  return [
    section.lifecycle.map((item) => item.state.shutdown ?? item.state.lastCheck),
    section.rows,
    [...charts.comparable, ...charts.notComparable].flatMap((g) =>
      g.scores.map(({ score }) => ({ source: score.source })),
    ),
  ];
}
