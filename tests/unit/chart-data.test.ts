import { describe, expect, it } from 'vitest';
import {
  barCount,
  comparisonChart,
  niceMax,
  notChartedReason,
  priceChart,
  scoreCharts,
  scoreLabel,
} from '../../src/lib/charts/data.ts';
import { crossVersionBenchmarks, crossVersionChart } from '../../src/lib/charts/cross-version.ts';
import { membersOf } from '../../src/lib/lineage/members.ts';
import { ComparisonSchema } from '../../src/schemas/comparison.ts';
import { loadContent, modelEntry } from '../support/content.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';
import { baseBenchmark, entry } from '../support/builders.ts';

const content = loadContent();
const line = content.lines.get('gpt-mini');
if (!line) throw new Error('line missing');
const members = membersOf(line, [...content.models.values()]);
const title = (id: string) => content.sources.get(id)?.title ?? id;

describe.each([...content.models.values()].map((m) => [m.id, m.data] as const))(
  'score charts of %s',
  (_id, model) => {
    const groups = scoreCharts(model.name, model.benchmarks, content.benchmarks, title);

    it('chart every percent, higher-is-better score once, 0–100 with 25-point gridlines', () => {
      const chartable = model.benchmarks.filter((s) => {
        const b = content.benchmarks.get(s.benchmark);
        return b && notChartedReason(b) === undefined;
      });
      expect(groups.reduce((n, g) => n + (g.spec ? barCount(g.spec) : 0), 0)).toBe(
        chartable.length,
      );
      expect(groups.flatMap((g) => g.spec?.series[0]?.values ?? []).sort()).toEqual(
        chartable.map((s) => s.score).sort(),
      );
      // A model with a chartable score has a chart, and one without has none (not an empty one):
      // so the axis check below runs on every chart there should be.
      const specs = groups.flatMap((g) => (g.spec ? [g.spec] : []));
      expect(specs.length > 0).toBe(chartable.length > 0);
      expect(specs.map((spec) => spec.axis)).toEqual(
        specs.map(() => ({ min: 0, max: 100, step: 25, unit: 'percent' })),
      );
    });

    it('give every bar its score’s source, for selecting a bar', () => {
      // Each bar as [score, source], against the model's chartable scores: a bar with another
      // score's source, or a missing one, fails whether or not the model has any chart.
      const bars = groups.flatMap((g) => {
        const first = g.spec?.series[0];
        return first ? first.values.map((value, i) => [value, first.sources[i]]) : [];
      });
      const chartable = model.benchmarks.filter((s) => {
        const b = content.benchmarks.get(s.benchmark);
        return b && notChartedReason(b) === undefined;
      });
      expect(bars.sort()).toEqual(chartable.map((s) => [s.score, s.source]).sort());
    });

    it('give every bar a distinct label that shows any stated effort', () => {
      const repeated = groups.filter(
        (g) => g.spec && new Set(g.spec.categories).size !== g.spec.categories.length,
      );
      expect(repeated.map((g) => g.spec?.categories)).toEqual([]);
      const wrong = model.benchmarks.flatMap((s) => {
        const b = content.benchmarks.get(s.benchmark);
        if (!b) return [`${s.benchmark}: not in benchmarks.yaml`];
        const label = scoreLabel(s, b);
        const stated = s.effort !== 'not-applicable' && s.effort !== 'not-stated';
        return (stated ? label.includes(`· ${s.effort}`) : !label.includes('·')) ? [] : [label];
      });
      expect(wrong).toEqual([]);
    });
  },
);

describe('what is left out of a 0–100 chart, and why', () => {
  it.each([
    ['factscore-hallucination', 'lower is better'],
    ['omnidocbench-1.5', 'lower is better'],
    ['swe-lancer-ic-diamond', 'dollars'],
    ['mmlu', undefined],
  ])('%s → %s', (id, reason) => {
    const b = content.benchmarks.get(id);
    if (!b) throw new Error(id);
    const actual = notChartedReason(b);
    if (reason === undefined) expect(actual).toBeUndefined();
    else expect(actual).toContain(reason);
  });
});

describe('the GPT-4o mini launch comparison', () => {
  const { tree } = loadContentTree(CONTENT_DIR);
  const raw = tree.comparisons.find((c) => c.id === 'gpt-4o-mini-launch');
  const comparison = ComparisonSchema.parse(raw?.data);
  const names = comparison.columns.map((c) => c);
  const spec = comparisonChart(comparison, names, content.benchmarks);

  it('has one series per model in the source’s order and one group per benchmark', () => {
    expect(spec.series.map((s) => s.name)).toEqual(comparison.columns);
    expect(spec.categories).toHaveLength(comparison.rows.length);
  });

  it('keeps "not applicable" as missing (n/a), never zero', () => {
    const gpt35 = spec.series[comparison.columns.indexOf('gpt-3.5-turbo')];
    expect(gpt35?.values.filter((v) => v === null)).toHaveLength(2);
    expect(gpt35?.values).not.toContain(0);
    expect(spec.nullLabel).toBe('n/a');
    expect(barCount(spec)).toBe(comparison.rows.length * comparison.columns.length - 2);
  });
});

describe('price history', () => {
  const spec = priceChart('GPT mini', members);
  it('has input and output for every version, oldest first, from the content', () => {
    expect(spec.categories.map((c) => c.split(' (')[0])).toEqual(members.map((m) => m.data.name));
    expect(spec.series.map((s) => s.name)).toEqual(['Input', 'Output']);
    expect(spec.series[0]?.values).toEqual(
      members.map((m) => ('value' in m.data.pricing.input ? m.data.pricing.input.value : null)),
    );
    expect(spec.series[1]?.values).toEqual(
      members.map((m) => ('value' in m.data.pricing.output ? m.data.pricing.output.value : null)),
    );
  });
  it('gives each price bar its price’s source', () => {
    expect(spec.series[0]?.sources).toEqual(
      members.map((m) => ('source' in m.data.pricing.input ? m.data.pricing.input.source : null)),
    );
  });
  it('puts every price inside the axis', () => {
    const prices = spec.series.flatMap((s) => s.values.filter((v) => v !== null));
    expect(prices.length).toBeGreaterThan(0);
    expect(prices.filter((v) => v > spec.axis.max)).toEqual([]);
  });
});

describe.each([
  [4.5, 5],
  [1.6, 2],
  [0.6, 1],
  [0.75, 1],
  [2.1, 2.5],
  [0, 1],
  [12, 20],
])('niceMax(%s)', (value, expected) => {
  it(`is ${expected}`, () => expect(niceMax(value)).toBe(expected));
});

describe('benchmarks across versions', () => {
  // Three versions built here, so the rules are tested whatever the content holds.
  const benchmarks = new Map([
    ['quiz', baseBenchmark({ name: 'Quiz', measures: 'Questions.' })],
    [
      'errors',
      baseBenchmark({
        name: 'Errors',
        measures: 'Mistakes.',
        category: 'factuality',
        higherIsBetter: false,
      }),
    ],
  ]);
  const score = (benchmark: string, value: number, source: string, effort: string) => ({
    benchmark,
    score: value,
    source,
    effort,
  });
  const noReasoning = { value: { efforts: [], default: null }, source: 'docs' };
  const reasoning = {
    value: { efforts: ['low', 'high', 'xhigh'], default: 'low' },
    source: 'docs',
  };
  const versions = [
    entry('a', {
      reasoning: noReasoning,
      benchmarks: [
        score('quiz', 40, 'post-1', 'not-applicable'),
        score('errors', 9, 'post-1', 'not-applicable'),
      ],
    }),
    entry('b', {
      reasoning,
      benchmarks: [
        score('quiz', 60, 'post-1', 'not-stated'),
        score('quiz', 70, 'post-2', 'high'),
        score('errors', 5, 'post-2', 'high'),
      ],
    }),
    entry('c', {
      reasoning,
      benchmarks: [score('quiz', 80, 'post-2', 'xhigh'), score('errors', 3, 'post-3', 'xhigh')],
    }),
  ];
  const { comparable, notComparable } = crossVersionBenchmarks(versions, benchmarks);

  it('puts side by side scores one post reports without naming different efforts', () => {
    expect(
      comparable.map((g) => [
        g.benchmarkId,
        g.source,
        g.scores.map((s) => s.model.id),
        g.effortText,
      ]),
    ).toEqual([['quiz', 'post-1', ['a', 'b'], 'no reasoning step / not stated']]);
  });

  it('never puts side by side two different named efforts, even from one post', () => {
    // b (high) and c (xhigh) share post-2 for the quiz; they must not become one group.
    expect(comparable.length).toBeGreaterThan(0);
    const mixed = comparable.filter((g) => {
      const ids = g.scores.map((s) => s.model.id);
      return ids.includes('b') && ids.includes('c');
    });
    expect(mixed).toEqual([]);
  });

  it('says why the rest are not charted', () => {
    expect(notComparable.map((g) => [g.benchmarkId, g.reasons])).toEqual([
      ['errors', ['reported in different posts or runs', 'run at different reasoning efforts']],
    ]);
  });

  it('charts each comparable group with one series per version that has a score', () => {
    const spec = crossVersionChart('Test', comparable, versions);
    expect(spec.categories).toEqual(['Quiz']);
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([
      ['Test mini', [40]],
      ['Test mini', [60]],
    ]);
    expect(barCount(spec)).toBe(2);
  });
});

describe('chart specs are plain JSON', () => {
  it('survive a JSON round trip unchanged', () => {
    const model = modelEntry(content, 'gpt-5-mini').data;
    const specs = scoreCharts(model.name, model.benchmarks, content.benchmarks, title).flatMap(
      (g) => (g.spec ? [g.spec] : []),
    );
    expect(specs.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(specs))).toEqual(specs);
  });
});
