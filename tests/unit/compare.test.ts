import { describe, expect, it } from 'vitest';
import {
  compareRows,
  parseSelection,
  pointDelta,
  whatChanged,
  type CompareModel,
  type Row,
} from '../../src/lib/compare.ts';
import { compareData } from '../support/compare.ts';

const data = compareData();
const pick = (...ids: string[]) =>
  ids.map((id) => {
    const m = data.models.find((x) => x.id === id);
    if (!m) throw new Error(id);
    return m;
  });
const row = (rows: Row[], id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('fact rows: direction of better, ratio against the first column', () => {
  const rows = compareRows(pick('gpt-4o-mini', 'gpt-5-mini'), data);
  it.each([
    // row, cells shown, best columns, delta of the second column
    ['price:input', ['$0.15', '$0.25'], [0], '1.7× higher'],
    ['price:output', ['$0.60', '$2.00'], [0], '3.3× higher'],
    ['contextWindow', ['128,000', '400,000'], [1], '3.1× larger'],
    ['maxOutput', ['16,384', '128,000'], [1], '7.8× larger'],
    ['knowledgeCutoff', ['Oct 1, 2023', 'May 31, 2024'], [1], undefined],
    ['released', ['Jul 18, 2024', 'Aug 7, 2025'], [], undefined],
    ['feature:fineTuning', ['Yes', 'No'], [], undefined],
  ])('%s', (id, shown, best, delta) => {
    const r = row(rows, id);
    expect(r.cells.map((c) => c?.display)).toEqual(shown);
    expect(r.best).toEqual(best);
    expect(r.cells[1]?.delta).toBe(delta);
  });

  it('shows "—" (null) where a version has no value, and keeps the row', () => {
    const r = row(rows, 'maxInput');
    expect(r.cells.map((c) => c?.display ?? null)).toEqual([null, '272,000']);
    expect(r.best).toEqual([]);
  });

  it('lists every price tier either version has', () => {
    expect(rows.filter((r) => r.id.startsWith('tier:')).map((r) => r.label)).toEqual(
      expect.arrayContaining([
        'Batch API: input',
        'Fine-tuning training: training',
        'Flex processing: cached input',
      ]),
    );
  });

  it('keeps each value’s source and third-party mark', () => {
    const batch = row(rows, 'tier:batch:input');
    expect(batch.cells.map((c) => [c?.source, c?.thirdParty])).toEqual([
      ['litellm', true],
      ['batch-table', true],
    ]);
  });

  it('marks rows that are the same in every column', () => {
    expect(row(rows, 'inputModalities').same).toBe(true);
    expect(row(rows, 'price:input').same).toBe(false);
  });
});

describe('benchmark rows', () => {
  it('compares scores from the same run, with the point difference', () => {
    const rows = compareRows(pick('gpt-4o-mini', 'gpt-4.1-mini'), data);
    const swe = row(rows, 'benchmark:swe-bench-verified');
    expect(swe.cells.map((c) => c?.display)).toEqual(['8.7%', '23.6%']);
    expect(swe.cells[1]?.delta).toBe('+14.9 pts');
    expect(swe.best).toEqual([1]);
    expect(swe.note).toBeUndefined();
  });

  it('says why scores are not comparable instead of ranking them', () => {
    const rows = compareRows(pick('gpt-5-mini', 'gpt-5.4-mini'), data);
    const osworld = row(rows, 'benchmark:osworld-verified');
    expect(osworld.cells.map((c) => c?.display)).toEqual(['42.0% · high', '72.1% · xhigh']);
    expect(osworld.best).toEqual([]);
    expect(osworld.cells[1]?.delta).toBeUndefined();
    expect(osworld.note).toContain('different reasoning efforts (high vs xhigh)');
  });

  it('says scores from different posts are not the same measurement', () => {
    const rows = compareRows(pick('gpt-4o-mini', 'gpt-4.1-mini'), data);
    const mmmu = row(rows, 'benchmark:mmmu');
    expect(mmmu.note).toBe('Not directly comparable: reported in different posts.');
    expect(mmmu.best).toEqual([]);
  });

  it('prefers the run both versions share when one version has several', () => {
    const rows = compareRows(pick('gpt-5-mini', 'gpt-5.4-mini'), data);
    const gpqa = row(rows, 'benchmark:gpqa-diamond');
    expect(gpqa.cells.map((c) => c?.source)).toEqual(['54m-blog', '54m-blog']);
  });

  it('treats lower-is-better benchmarks the right way round', () => {
    const rows = compareRows(pick('gpt-5-mini', 'gpt-5.4-mini'), data);
    const omni = rows.find((r) => r.id.startsWith('benchmark:omnidocbench'));
    expect(omni?.label).toContain('lower is better');
    expect(omni?.note).toContain('different reasoning efforts');
  });

  it('lists every benchmark any selected version has, with "—" for the others', () => {
    const rows = compareRows(pick('gpt-4o-mini', 'gpt-5.4-mini'), data);
    expect(row(rows, 'benchmark:mmlu').cells.map((c) => c?.display ?? null)).toEqual([
      '82.0%',
      null,
    ]);
    expect(row(rows, 'benchmark:swe-bench-pro').cells.map((c) => c?.display ?? null)).toEqual([
      null,
      '54.4% · xhigh',
    ]);
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

describe('parseSelection', () => {
  const known = data.models.map((m) => m.id);
  it.each([
    [['gpt-4o-mini,gpt-5-mini'], ['gpt-4o-mini', 'gpt-5-mini'], []],
    [['gpt-4o-mini', 'gpt-5-mini'], ['gpt-4o-mini', 'gpt-5-mini'], []],
    [
      ['gpt-4o-mini,gpt-9-mini,gpt-5-mini'],
      ['gpt-4o-mini', 'gpt-5-mini'],
      ['“gpt-9-mini” is not a version in this catalog.'],
    ],
    [
      ['gpt-4o-mini,gpt-4o-mini,gpt-5-mini'],
      ['gpt-4o-mini', 'gpt-5-mini'],
      ['“gpt-4o-mini” is listed more than once; it is shown once.'],
    ],
    [['gpt-4o-mini'], ['gpt-4o-mini'], ['Choose at least 2 versions to compare.']],
    [[], [], ['Choose at least 2 versions to compare.']],
    [
      ['gpt-4o-mini,gpt-4.1-mini,gpt-5-mini,gpt-5.4-mini'],
      ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-5-mini', 'gpt-5.4-mini'],
      [],
    ],
  ])('%j → %j', (values, ids, errors) => {
    expect(parseSelection(values, known)).toEqual({ ids, errors });
  });
  it('caps the selection at four', () => {
    const result = parseSelection([[...known, 'gpt-4o-mini'].join(',')], [...known, 'extra-1']);
    expect(result.ids).toHaveLength(4);
  });
});

describe('what changed', () => {
  const [a, b] = pick('gpt-4o-mini', 'gpt-4.1-mini') as [CompareModel, CompareModel];
  it('reads from older to newer whatever the column order, from the data', () => {
    const lines = whatChanged(b, a, data);
    expect(lines[0]).toBe(
      'Price per 1M tokens: input $0.15 → $0.40 (2.7× higher); output $0.60 → $1.60 (2.7× higher).',
    );
    expect(lines).toContain('Context window 128,000 tokens → 1,047,576 tokens (8.2× larger).');
    expect(lines.at(-1)).toMatch(
      /^Benchmarks measured on both in the same run: GPT-4.1 mini does better on \d+ and worse on \d+ of \d+\.$/,
    );
  });
  it('names capabilities gained and lost', () => {
    const [c, d] = pick('gpt-4.1-mini', 'gpt-5-mini') as [CompareModel, CompareModel];
    const lines = whatChanged(c, d, data);
    expect(lines).toContain(
      'GPT-5 mini adds reasoning effort settings: minimal, low, medium, high (default medium).',
    );
    expect(lines).toContain('GPT-5 mini drops fine-tuning.');
  });
  it('says so when no benchmark run measured both', () => {
    const [c, d] = pick('gpt-5-mini', 'gpt-5.4-mini') as [CompareModel, CompareModel];
    expect(whatChanged(c, d, data).at(-1)).toBe(
      'No benchmark was measured on both in the same run, so scores are listed but not compared.',
    );
  });
});

describe('pre-rendered pairs', () => {
  it('are each version with the next and with the latest, older first, without repeats', async () => {
    const { canonicalPairs, pairPath } = await import('../../src/lib/compare.ts');
    expect(canonicalPairs(data.models)).toEqual([
      ['gpt-4o-mini', 'gpt-4.1-mini'],
      ['gpt-4o-mini', 'gpt-5.4-mini'],
      ['gpt-4.1-mini', 'gpt-5-mini'],
      ['gpt-4.1-mini', 'gpt-5.4-mini'],
      ['gpt-5-mini', 'gpt-5.4-mini'],
    ]);
    expect(pairPath('gpt-4o-mini', 'gpt-5-mini')).toBe('/compare/gpt-4o-mini-vs-gpt-5-mini/');
  });
  it('grow linearly with the line, not as N²', async () => {
    const { canonicalPairs } = await import('../../src/lib/compare.ts');
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `m${i}` }));
    expect(canonicalPairs(many).length).toBeLessThan(2 * many.length);
  });
});

describe('shared benchmark chart', () => {
  it('charts only same-run, percent benchmarks every selected version has', async () => {
    const { sharedBenchmarkChart } = await import('../../src/lib/compare.ts');
    const models = pick('gpt-4o-mini', 'gpt-4.1-mini');
    const spec = sharedBenchmarkChart(models, compareRows(models, data), data.benchmarks);
    expect(spec?.series.map((s) => s.name)).toEqual(['GPT-4o mini', 'GPT-4.1 mini']);
    expect(spec?.categories).toContain('SWE-bench Verified');
    expect(spec?.categories).not.toContain('MMMU');
    expect(
      sharedBenchmarkChart(
        pick('gpt-5-mini', 'gpt-5.4-mini'),
        compareRows(pick('gpt-5-mini', 'gpt-5.4-mini'), data),
        data.benchmarks,
      ),
    ).toBeUndefined();
  });
});
