/** The chart registry: every page's charts.json holds exactly the charts its figures render. */
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/data/catalog.ts';
import {
  assertPublished,
  chartDataPath,
  getModelCharts,
  getPublishedCharts,
} from '../../src/data/charts.ts';
import { barCount } from '../../src/lib/charts/data.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();

describe('published charts', async () => {
  const published = await getPublishedCharts();

  it('publishes the home page and every model page with a chart, each chart once', async () => {
    expect(published.has('/')).toBe(true);
    for (const id of content.models.keys()) {
      const charts = await getModelCharts(id);
      const drawn = charts.scores.some((s) => s.chart) || charts.comparisons.length > 0;
      // A page without a chart publishes no chart data (and ships no chart code).
      expect(published.has(`/models/${id}/`), id).toBe(drawn);
    }
    expect([...published.keys()].filter((page) => page.startsWith('/models/'))).not.toEqual([]);
    for (const [page, charts] of published) {
      const ids = charts.map((c) => c.id);
      expect(new Set(ids).size, page).toBe(ids.length);
      for (const chart of charts)
        expect(barCount(chart.spec), `${page} ${chart.id}`).toBeGreaterThan(0);
    }
  });

  it("publishes a model page's score charts and its published comparisons", async () => {
    const charts = await getModelCharts('gpt-4o-mini');
    const ids = published.get('/models/gpt-4o-mini/')?.map((c) => c.id);
    expect(ids).toEqual([
      ...charts.scores.flatMap((s) => (s.chart ? [s.chart.id] : [])),
      ...charts.comparisons.map((c) => c.chart.id),
    ]);
    // Every published comparison that includes GPT-4o mini (its launch table) is charted on its
    // page.
    const launch = (await getCatalog()).comparisons.filter((c) => c.data.model === 'gpt-4o-mini');
    expect(launch.length).toBeGreaterThan(0);
    expect(charts.comparisons.map((c) => c.chart.id)).toEqual(launch.map((c) => `chart-${c.id}`));
  });

  it('accepts every chart it publishes', async () => {
    for (const [page, charts] of published)
      for (const chart of charts)
        await expect(assertPublished(page, chart)).resolves.toBeUndefined();
  });

  it('fails the build for a chart its page did not publish, naming chart and file', async () => {
    const [chart] = published.get('/models/gpt-5-mini/') ?? [];
    if (!chart) throw new Error('no chart');
    await expect(
      assertPublished('/models/gpt-5-mini/', { ...chart, id: 'chart-missing' }),
    ).rejects.toThrow(
      'Chart "chart-missing" on /models/gpt-5-mini/ is not in /models/gpt-5-mini/charts.json',
    );
    await expect(assertPublished('/about/', chart)).rejects.toThrow(
      `is not in ${chartDataPath('/about/')}`,
    );
  });

  it('fails the build when a figure shows other numbers than its published chart', async () => {
    const [chart] = published.get('/models/gpt-5-mini/') ?? [];
    if (!chart) throw new Error('no chart');
    const altered = {
      ...chart,
      spec: { ...chart.spec, categories: chart.spec.categories.map((c) => `${c}!`) },
    };
    await expect(assertPublished('/models/gpt-5-mini/', altered)).rejects.toThrow(
      'differs from the one in /models/gpt-5-mini/charts.json',
    );
  });
});
