/**
 * The comparison's pure lib (src/lib/compare/), from builders: each test states the facts it
 * depends on, so no content edit can break or weaken it.
 */
import { describe, expect, it } from 'vitest';
import { sharedBenchmarkChart } from '../../src/lib/compare/chart.ts';
import { compareFile, mergeFiles } from '../../src/lib/compare/files.ts';
import { toCompareModel } from '../../src/lib/compare/model.ts';
import { linePairs } from '../../src/lib/compare/pairs.ts';
import { pairPath } from '../../src/lib/paths.ts';
import { pointDelta, type Row } from '../../src/lib/compare/cells.ts';
import { compareRows } from '../../src/lib/compare/rows.ts';
import {
  candidateIds,
  MAX_NAMES_READ,
  MAX_SELECTED,
  notInCatalog,
  parseSelection,
} from '../../src/lib/compare/selection.ts';
import type { CompareModel } from '../../src/lib/compare/types.ts';
import { comparisonView } from '../../src/lib/compare/view.ts';
import { whatChanged } from '../../src/lib/compare/what-changed.ts';
import { migrationNotes } from '../../src/lib/compare/migration.ts';
import type { Model } from '../../src/schemas/index.ts';
import {
  baseBenchmark,
  baseModel,
  baseReplacement,
  BASE_MODEL,
  SOURCES,
} from '../support/builders.ts';

type Overrides = Parameters<typeof baseModel>[0];

const BENCHMARKS = new Map([
  ['quiz', baseBenchmark({ name: 'Quiz' })],
  ['puzzle', baseBenchmark({ name: 'Puzzle' })],
  ['errors', baseBenchmark({ name: 'Error rate', unit: 'edit-distance', higherIsBetter: false })],
]);
/** The benchmarks as a comparison file carries them. */
const BENCHMARK_DATA = Object.fromEntries(
  [...BENCHMARKS].map(([id, b]) => [
    id,
    { name: b.name, unit: b.unit, higherIsBetter: b.higherIsBetter },
  ]),
);

/** A version of a test line, from the base model with `overrides`. */
const version = (id: string, overrides: Overrides = {}, name = id): CompareModel =>
  toCompareModel(id, baseModel({ name, ...overrides }), null, 'version', 'test-line');

const fact = <T>(value: T, source = 'docs', confidence?: 'medium' | 'low') => ({
  value,
  source,
  ...(confidence ? { confidence } : {}),
});
const pricing = (input: number, output = BASE_MODEL.pricing.output.value, extra = {}) => ({
  ...BASE_MODEL.pricing,
  input: fact(input),
  output: fact(output),
  ...extra,
});
const score = (benchmark: string, value: number, source = 'blog', effort = 'not-stated') => ({
  benchmark,
  score: value,
  effort,
  source,
});
const rowOf = (rows: Row[], id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const shown = (row: Row) => row.cells.map((c) => c?.display ?? null);

describe('fact rows: which value is better, and the ratio against the first column', () => {
  const a = version('a', { pricing: pricing(1, 4) });
  const b = version('b', {
    pricing: pricing(2.5, 2),
    contextWindow: fact(400000),
    knowledgeCutoff: fact('2025-01-01'),
    maxInput: fact(300000),
    released: fact('2025-06-01', 'blog'),
  });
  const rows = compareRows([a, b], BENCHMARK_DATA);

  it.each([
    // row, cells shown, columns marked best, the word, the second column against the first
    ['price:input', ['$1.00', '$2.50'], [0], 'cheaper', '2.5× higher'],
    ['price:output', ['$4.00', '$2.00'], [1], 'cheaper', '2× lower'],
    ['contextWindow', ['100,000', '400,000'], [1], 'larger', '4× larger'],
    ['knowledgeCutoff', ['Jun 1, 2024', 'Jan 1, 2025'], [1], 'newer', undefined],
  ])('%s', (id, cells, best, word, delta) => {
    const row = rowOf(rows, id);
    expect(shown(row)).toEqual(cells);
    expect(row.best).toEqual(best);
    expect(row.betterWord).toBe(word);
    expect(row.cells[1]?.delta).toBe(delta);
  });

  it('marks nothing better on a row without a direction', () => {
    expect(rowOf(rows, 'released').best).toEqual([]);
  });

  it('shows "—" (null) where a model has no value, keeps the row, and marks nothing', () => {
    const row = rowOf(rows, 'maxInput');
    expect(shown(row)).toEqual([null, '300,000']);
    expect(row.best).toEqual([]);
  });

  it('leaves out a row no model has a value for', () => {
    expect(rows.find((r) => r.id === 'tools')).toBeUndefined();
  });

  it('marks rows that read the same in every column', () => {
    expect(rowOf(rows, 'inputModalities').same).toBe(true);
    expect(rowOf(rows, 'price:input').same).toBe(false);
  });

  it('lists the price tiers of either model, marking derived and third-party rates', () => {
    const tiered = version('t', {
      pricing: pricing(1, 4, {
        tiers: [
          { tier: 'batch', factor: 0.5, source: 'docs' },
          { tier: 'flex', rates: [{ kind: 'input', usdPer1M: 0.4 }], source: 'third' },
        ],
      }),
    });
    const tierRows = compareRows([a, tiered], BENCHMARK_DATA).filter((r) =>
      r.id.startsWith('tier:'),
    );
    expect(tierRows.map((r) => r.label)).toEqual([
      'Batch API: input',
      'Batch API: cached input',
      'Batch API: output',
      'Flex processing: input',
    ]);
    expect(tierRows.map((r) => [shown(r), r.cells[1]?.confidence])).toEqual([
      [[null, '$0.50'], 'medium'],
      [[null, '$0.25'], 'medium'],
      [[null, '$2.00'], 'medium'],
      [[null, '$0.40'], 'high'],
    ]);
  });

  it('keeps each value’s source and confidence', () => {
    const third = version('c', { contextWindow: fact(128000, 'third', 'medium') });
    const lone = version('d', { contextWindow: fact(128000, 'third', 'low') });
    const row = rowOf(compareRows([a, third, lone], BENCHMARK_DATA), 'contextWindow');
    expect(row.cells.map((c) => [c?.source, c?.confidence])).toEqual([
      ['docs', 'high'],
      ['third', 'medium'],
      ['third', 'low'],
    ]);
  });
});

describe('benchmark rows', () => {
  it('compares scores of one run, with the point difference and the higher marked', () => {
    const rows = compareRows(
      [
        version('a', { benchmarks: [score('quiz', 8.7)] }),
        version('b', { benchmarks: [score('quiz', 23.6)] }),
      ],
      BENCHMARK_DATA,
    );
    const quiz = rowOf(rows, 'benchmark:quiz');
    expect(shown(quiz)).toEqual(['8.7%', '23.6%']);
    expect(quiz.cells[1]?.delta).toBe('+14.9 pts');
    expect(quiz.best).toEqual([1]);
    expect(quiz.betterWord).toBe('higher');
    expect(quiz.note).toBeUndefined();
  });

  it.each([
    // error rates in column order, and the column holding the lower one
    [[0.3, 0.1], [1]],
    [[0.1, 0.3], [0]],
    [[0.2, 0.05, 0.4], [1]],
  ])('marks the lower score best where lower is better: %j', (values, best) => {
    const models = values.map((v, i) => version(`m${i}`, { benchmarks: [score('errors', v)] }));
    const row = rowOf(compareRows(models, BENCHMARK_DATA), 'benchmark:errors');
    expect(row.label).toBe('Error rate — lower is better');
    expect(row.best).toEqual(best);
    expect(row.betterWord).toBe('lower');
  });

  it('says why scores are not comparable, instead of ranking them', () => {
    const rows = compareRows(
      [
        version('a', { benchmarks: [score('quiz', 42, 'blog', 'high')] }),
        version('b', { benchmarks: [score('quiz', 72.1, 'blog', 'xhigh')] }),
        version('c', { benchmarks: [score('quiz', 50, 'docs', 'high')] }),
      ],
      BENCHMARK_DATA,
    );
    const quiz = rowOf(rows, 'benchmark:quiz');
    expect(shown(quiz)).toEqual(['42.0% · high', '72.1% · xhigh', '50.0% · high']);
    expect(quiz.best).toEqual([]);
    expect(quiz.cells[1]?.delta).toBeUndefined();
    expect(quiz.note).toBe(
      'Not directly comparable: reported in different posts; ' +
        'run at different reasoning efforts (high vs xhigh vs high).',
    );
  });

  it('prefers the run the models share when one has several', () => {
    const rows = compareRows(
      [
        version('a', { benchmarks: [score('quiz', 40, 'docs'), score('quiz', 41, 'blog')] }),
        version('b', { benchmarks: [score('quiz', 50, 'blog')] }),
      ],
      BENCHMARK_DATA,
    );
    expect(rowOf(rows, 'benchmark:quiz').cells.map((c) => c?.source)).toEqual(['blog', 'blog']);
  });

  it('lists every benchmark any model has, with "—" for the others', () => {
    const rows = compareRows(
      [
        version('a', { benchmarks: [score('quiz', 82)] }),
        version('b', { benchmarks: [score('puzzle', 54.4)] }),
      ],
      BENCHMARK_DATA,
    );
    expect(shown(rowOf(rows, 'benchmark:quiz'))).toEqual(['82.0%', null]);
    expect(shown(rowOf(rows, 'benchmark:puzzle'))).toEqual([null, '54.4%']);
  });
});

describe.each([
  [82, 87.5, '+5.5 pts'],
  [65, 40.2, '−24.8 pts'],
  [70, 70, '±0 pts'],
  [8.7, 23.6, '+14.9 pts'],
])('pointDelta(%s, %s)', (a, b, expected) => {
  it(`is ${expected}`, () => expect(pointDelta(a, b)).toBe(expected));
});

describe('reading a selection from the address', () => {
  const known = new Set(['a', 'b', 'c', 'd', 'e']);
  const isKnown = (id: string) => known.has(id);
  it.each([
    [['a,b'], ['a', 'b'], []],
    [['a', 'b'], ['a', 'b'], []],
    [['a,nine,b'], ['a', 'b'], [notInCatalog('nine')]],
    [['a,a,b'], ['a', 'b'], ['“a” is listed more than once; it is shown once.']],
    [['a,../x'], ['a'], [notInCatalog('../x'), 'Choose at least 2 to compare.']],
    [['a'], ['a'], ['Choose at least 2 to compare.']],
    [[], [], ['Choose at least 2 to compare.']],
    [['a,b,c,d,e'], ['a', 'b', 'c', 'd'], ['At most 4 can be compared; showing the first 4.']],
  ])('%j → %j', (values, ids, errors) => {
    expect(parseSelection(values, isKnown)).toEqual({ ids, errors });
  });

  it('never asks about ids after the first four known ones, so a reader fetches no more', () => {
    const asked: string[] = [];
    parseSelection(['a,b,c,d,e,f,g'], (id) => (asked.push(id), known.has(id)));
    expect(asked).toEqual(['a', 'b', 'c', 'd']);
    expect(MAX_SELECTED).toBe(4);
  });

  it('looks up only distinct ids that could be model ids', () => {
    expect(
      candidateIds(['a, b,a', 'gpt-4.1-mini', '<script>', '../x', '', 'é', 'x'.repeat(65)]),
    ).toEqual(['a', 'b', 'gpt-4.1-mini']);
  });

  it(`reads the first ${MAX_NAMES_READ} names of a long list, and says so`, () => {
    const names = Array.from({ length: 5000 }, (_, i) => `m${i}`);
    expect(candidateIds([names.join(',')])).toEqual(names.slice(0, MAX_NAMES_READ));
    const asked: string[] = [];
    const { ids, errors } = parseSelection([names.join(',')], (id) => (asked.push(id), false));
    expect(ids).toEqual([]);
    expect(asked).toEqual(names.slice(0, MAX_NAMES_READ));
    expect(errors).toEqual([
      ...names.slice(0, MAX_NAMES_READ).map(notInCatalog),
      `The address lists 5000 names; only the first ${MAX_NAMES_READ} were read.`,
      'Choose at least 2 to compare.',
    ]);
  });

  it('quotes a very long name cut short, so a message stays one line', () => {
    const long = 'x'.repeat(10_000);
    expect(notInCatalog(long)).toBe(`“${'x'.repeat(40)}…” is not in this catalog.`);
    expect(parseSelection([`${long},${long}`], () => false).errors[1]).toBe(
      `“${'x'.repeat(40)}…” is listed more than once; it is shown once.`,
    );
  });
});

describe('what changed', () => {
  const older = version('old', { pricing: pricing(1, 4) }, 'Old mini');
  const newer = version(
    'new',
    {
      released: fact('2025-06-01', 'blog'),
      pricing: pricing(2.5, 2),
      contextWindow: fact(400000),
      knowledgeCutoff: fact('2025-01-01'),
    },
    'New mini',
  );

  it('reads from older to newer whatever the column order, each change in words', () => {
    const changed = whatChanged([newer, older], BENCHMARK_DATA);
    expect(changed.heading).toBe('What changed from Old mini to New mini');
    expect(changed.path).toBeUndefined();
    expect(changed.items).toEqual(
      expect.arrayContaining([
        'Input price per 1M tokens: $1.00 → $2.50 (2.5× higher).',
        'Output price per 1M tokens: $4.00 → $2.00 (2× lower).',
        'Context window: 100,000 tokens → 400,000 tokens (4× larger).',
        'Max output unchanged at 10,000 tokens.',
        'Knowledge cutoff: Jun 1, 2024 → Jan 1, 2025 (later).',
      ]),
    );
  });

  it('shows every step of a longer path, so no value in the middle is hidden', () => {
    const middle = version(
      'mid',
      { released: fact('2025-03-01', 'blog'), contextWindow: fact(1000000) },
      'Mid mini',
    );
    const changed = whatChanged([older, newer, middle], BENCHMARK_DATA);
    expect(changed.heading).toBe('What changed from Old mini to New mini, step by step');
    expect(changed.path).toBe('Old mini → Mid mini → New mini');
    expect(changed.items).toContain(
      'Context window: 100,000 tokens (Old mini) → 1,000,000 tokens (Mid mini, 10× larger) → ' +
        '400,000 tokens (New mini, 2.5× smaller).',
    );
  });

  it('names each kind of token where a model is priced by several, and follows each', () => {
    const audio = (output: number) => ({
      input: { unknown: 'not-in-sources' },
      cachedInput: { unknown: 'not-in-sources' },
      output: fact(output),
    });
    const speech = version('speech', { pricing: pricing(1, 4, { audio: audio(12) }) }, 'Speech');
    const voice = version(
      'voice',
      { released: fact('2025-06-01', 'blog'), pricing: pricing(1, 4, { audio: audio(20) }) },
      'Voice',
    );
    expect(whatChanged([speech, voice], BENCHMARK_DATA).items).toEqual(
      expect.arrayContaining([
        'Text input price per 1M text tokens unchanged at $1.00.',
        'Audio output price per 1M audio tokens: $12.00 → $20.00 (1.7× higher).',
      ]),
    );
    const rows = compareRows([speech, voice], BENCHMARK_DATA);
    expect(rowOf(rows, 'price:input').label).toBe('Text tokens: input');
    expect(rowOf(rows, 'price:audio:output').label).toBe('Audio tokens: output');
    // A selection priced by text tokens alone keeps the plain names.
    expect(rowOf(compareRows([older, newer], BENCHMARK_DATA), 'price:input').label).toBe('Input');
  });

  it('writes "—" for a value no source gives, with no ratio across it', () => {
    const unknown = version(
      'u',
      { released: fact('2025-06-01', 'blog'), contextWindow: { unknown: 'not-in-sources' } },
      'Unknown mini',
    );
    expect(whatChanged([older, unknown], BENCHMARK_DATA).items).toContain(
      'Context window: 100,000 tokens → —.',
    );
  });

  it('names capabilities gained and dropped, and a reasoning step gained', () => {
    const features = (fineTuning: boolean, batchApi: boolean) => ({
      ...BASE_MODEL.features,
      fineTuning: fact(fineTuning),
      batchApi: fact(batchApi),
    });
    const before = version('x', {
      features: features(true, false),
      reasoning: fact({ efforts: [], default: null }),
    });
    const after = version(
      'y',
      {
        released: fact('2025-06-01', 'blog'),
        features: features(false, true),
        reasoning: fact({ efforts: ['low', 'high'], default: 'low' }),
      },
      'Y mini',
    );
    expect(whatChanged([before, after], BENCHMARK_DATA).items).toContain(
      'Y mini adds batch API; adds reasoning effort settings: low, high (default low); ' +
        'drops fine-tuning.',
    );
  });

  it('counts benchmark movement per step, and says when no run measured both', () => {
    const a = version('a', { benchmarks: [score('quiz', 40), score('puzzle', 60)] }, 'A');
    const b = version(
      'b',
      {
        released: fact('2025-06-01', 'blog'),
        benchmarks: [score('quiz', 50), score('puzzle', 55)],
      },
      'B',
    );
    const c = version('c', { released: fact('2025-09-01', 'blog') }, 'C');
    expect(whatChanged([a, b], BENCHMARK_DATA).items.at(-1)).toBe(
      'Benchmarks measured on both in the same run: B does better on 1 and worse on 1 of 2.',
    );
    expect(whatChanged([a, b, c], BENCHMARK_DATA).items.slice(-2)).toEqual([
      'A → B, benchmarks measured on both in the same run: B does better on 1 and worse on 1 of 2.',
      'B → C: no benchmark was measured on both in the same run.',
    ]);
  });
});

describe('a version and the model OpenAI lists as its replacement', () => {
  const from: Model = baseModel({
    name: 'Old mini',
    features: { ...BASE_MODEL.features, fineTuning: fact(true) },
    reasoning: fact({ efforts: [], default: null }),
  });
  const replacement = baseReplacement({
    features: { ...BASE_MODEL.features, fineTuning: fact(false, 'third', 'medium') },
    notes: [{ value: 'Plan the move early.', source: 'blog' }],
  });
  const oldFile = compareFile(
    toCompareModel('old', from, null, 'version', 'test-line'),
    BENCHMARKS,
    SOURCES,
    { from: 'old', to: 'terra', notes: migrationNotes(from, replacement) },
  );
  const terraFile = compareFile(
    toCompareModel('terra', replacement, null, 'replacement', 'replacements'),
    BENCHMARKS,
    SOURCES,
  );
  const files = [oldFile, terraFile];

  it('carries the migration notes migration.ts writes, numbered before the table', () => {
    const view = comparisonView(mergeFiles(files), ['old', 'terra']);
    expect(view.migrations.map((m) => [m.from.id, m.to.id])).toEqual([['old', 'terra']]);
    expect(view.migrations[0]?.notes.map((n) => n.text)).toEqual([
      'Test Terra cannot be fine-tuned, which Old mini supports.',
      expect.stringContaining('Test Terra reasons by default (default effort: medium)'),
      'Plan the move early.',
    ]);
    // The first note cites the third-party source first, so it is footnote 1.
    expect([...view.index.numbers.keys()].slice(0, 2)).toEqual(['third', 'docs']);
  });

  it('applies in either column order, and never without both models', () => {
    const view = comparisonView(mergeFiles(files), ['terra', 'old']);
    expect(view.migrations).toHaveLength(1);
    const other = compareFile(version('other'), BENCHMARKS, SOURCES);
    const lone = comparisonView(mergeFiles([oldFile, other]), ['old', 'other']);
    expect(lone.migrations).toEqual([]);
  });
});

const BASE_SOURCE = SOURCES.get('docs') ?? baseSourceMissing();
function baseSourceMissing(): never {
  throw new Error('The builders have no "docs" source');
}

describe('comparison files', () => {
  it('carry only the sources and benchmarks the model uses', () => {
    const model = version('a', { benchmarks: [score('quiz', 50, 'blog')] });
    const file = compareFile(model, BENCHMARKS, SOURCES);
    expect(Object.keys(file.sources).sort()).toEqual(['blog', 'docs']);
    expect(file.sources['blog']).toEqual(SOURCES.get('blog'));
    expect(Object.keys(file.benchmarks)).toEqual(['quiz']);
  });

  it('refuse a source the catalog does not have', () => {
    const model = version('a', { benchmarks: [score('quiz', 50, 'blog')] });
    expect(() => compareFile(model, BENCHMARKS, new Map())).toThrow(
      /^a cites source "\w+", which is not in the catalog$/,
    );
  });

  it('stay the same size however large the catalog around them', () => {
    const model = version('a', { benchmarks: [score('quiz', 50, 'blog')] });
    const other = { ...BASE_SOURCE, title: 'Another page' };
    const many = new Map([
      ...SOURCES,
      ...Array.from({ length: 5000 }, (_, i) => [`s${i}`, other] as const),
    ]);
    const size = (sources: typeof SOURCES) =>
      JSON.stringify(compareFile(model, BENCHMARKS, sources)).length;
    expect(size(many)).toBe(size(SOURCES));
  });
});

describe('pre-rendered pairs', () => {
  it('are every pair of a line, older first, each once', () => {
    expect(linePairs([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ]);
    expect(pairPath('a', 'b')).toBe('/compare/a-vs-b/');
  });

  it('grow with each line, never with the catalog as a whole', () => {
    const line = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
    const lines = Array.from({ length: 500 }, (_, i) => line(10, `l${i}-`));
    const total = lines.reduce((sum, l) => sum + linePairs(l).length, 0);
    expect(total).toBe(500 * 45);
  });
});

describe('shared benchmark chart', () => {
  it('charts only same-run percentage scores every model has, higher being better', () => {
    const models = [
      version(
        'a',
        { benchmarks: [score('quiz', 40), score('errors', 0.2), score('puzzle', 10, 'docs')] },
        'A',
      ),
      version(
        'b',
        { benchmarks: [score('quiz', 50), score('errors', 0.1), score('puzzle', 20)] },
        'B',
      ),
    ];
    const spec = sharedBenchmarkChart(models, compareRows(models, BENCHMARK_DATA), BENCHMARK_DATA);
    expect(spec?.series.map((s) => s.name)).toEqual(['A', 'B']);
    expect(spec?.categories).toEqual(['Quiz']);
    const apart = [version('a', { benchmarks: [score('puzzle', 10, 'docs')] }), version('b')];
    expect(sharedBenchmarkChart(apart, compareRows(apart, BENCHMARK_DATA), BENCHMARK_DATA)).toBe(
      undefined,
    );
  });
});
