/**
 * The calculator's price maths against hand-worked cases. Prices are read from the real content,
 * never typed: each expectation is the arithmetic written out on those values, with the figures
 * of the content at the time of writing in a comment. Cases the content does not hold (a tier
 * missing its output rate, an unknown standard price) come from the builders.
 */
import { describe, expect, it } from 'vitest';
import {
  costOf,
  DAYS_PER_MONTH,
  rankCosts,
  type CostResult,
  type Workload,
} from '../../src/lib/calculator/cost.ts';
import { toCostModel } from '../../src/lib/calculator/cost-model.ts';
import { baseReplacement } from '../support/builders.ts';
import {
  costModel as cost,
  factor,
  hasTier,
  limit,
  listed,
  longContext,
  std,
  tierOf,
} from '../support/prices.ts';

const workload = (w: Partial<Workload> = {}): Workload => ({
  inputTokens: 2000,
  cachedPercent: 0,
  outputTokens: 300,
  reasoningTokens: 0,
  requestsPerDay: 100,
  tier: 'standard',
  ...w,
});

/** A model with no standard cached-input price: the content's models all have one. */
const noCachedRate = toCostModel(
  'no-cached-rate',
  'replacement',
  null,
  null,
  baseReplacement({
    pricing: {
      input: { value: 2, source: 'docs' },
      cachedInput: { unknown: 'not-in-sources' },
      output: { value: 12, source: 'docs' },
      tiers: [],
      notes: [],
    },
  }),
);

function priced(result: CostResult) {
  if (result.status !== 'priced') throw new Error(`Expected a price, got ${result.status}`);
  return result;
}

describe('costOf: a priced request, worked by hand', () => {
  const lc = longContext('gpt-6-luna');
  const cases: [string, string, Workload, () => number][] = [
    [
      'standard rates, nothing cached',
      'gpt-4o-mini',
      workload({ inputTokens: 1000, outputTokens: 500 }),
      // 1,000 × $0.15 + 500 × $0.60 = 450 → $0.00045
      () => (1000 * std('gpt-4o-mini', 'input') + 500 * std('gpt-4o-mini', 'output')) / 1e6,
    ],
    [
      'half the input cached, reasoning billed as output on a reasoning model',
      'gpt-5-mini',
      workload({ cachedPercent: 50, reasoningTokens: 200 }),
      // 1,000 × $0.25 + 1,000 × $0.025 + (300 + 200) × $2.00 = 1,275 → $0.001275
      () =>
        (1000 * std('gpt-5-mini', 'input') +
          1000 * std('gpt-5-mini', 'cachedInput') +
          500 * std('gpt-5-mini', 'output')) /
        1e6,
    ],
    [
      'no reasoning step: reasoning tokens are not billed',
      'gpt-4.1-mini',
      workload({ cachedPercent: 50, reasoningTokens: 200 }),
      // 1,000 × $0.40 + 1,000 × $0.10 + 300 × $1.60 = 980 → $0.00098
      () =>
        (1000 * std('gpt-4.1-mini', 'input') +
          1000 * std('gpt-4.1-mini', 'cachedInput') +
          300 * std('gpt-4.1-mini', 'output')) /
        1e6,
    ],
    [
      'reasoning not stated in sources: reasoning tokens are not billed',
      'gpt-4o-mini',
      workload({ reasoningTokens: 200 }),
      // 2,000 × $0.15 + 300 × $0.60 = 480 → $0.00048
      () => (2000 * std('gpt-4o-mini', 'input') + 300 * std('gpt-4o-mini', 'output')) / 1e6,
    ],
    [
      'a tier given as its own rates, cached rate included',
      'gpt-5-mini',
      workload({ cachedPercent: 25, tier: 'batch' }),
      // Batch: 1,500 × $0.125 + 500 × $0.0125 + 300 × $1.00 = 493.75 → $0.00049375
      () =>
        (1500 * listed('gpt-5-mini', 'batch', 'input') +
          500 * listed('gpt-5-mini', 'batch', 'cached-input') +
          300 * listed('gpt-5-mini', 'batch', 'output')) /
        1e6,
    ],
    [
      'a tier given as a factor of the standard rates (Batch at 50%)',
      'gpt-6-luna',
      workload({ cachedPercent: 50, reasoningTokens: 100, tier: 'batch' }),
      // 0.5 × (1,000 × $0.10 + 1,000 × $0.01 + 400 × $0.50) = 0.5 × 310 → $0.000155
      () =>
        (factor('gpt-6-luna', 'batch') *
          (1000 * std('gpt-6-luna', 'input') +
            1000 * std('gpt-6-luna', 'cachedInput') +
            400 * std('gpt-6-luna', 'output'))) /
        1e6,
    ],
    [
      'Fast mode at 2× the standard rates',
      'gpt-6.1-terra',
      workload({ tier: 'fast' }),
      // 2 × (2,000 × $1.00 + 300 × $5.00) = 2 × 3,500 → $0.007
      () =>
        (factor('gpt-6.1-terra', 'fast') *
          (2000 * std('gpt-6.1-terra', 'input') + 300 * std('gpt-6.1-terra', 'output'))) /
        1e6,
    ],
    [
      'input above the long-context threshold: the whole request is surcharged',
      'gpt-6-luna',
      workload({ inputTokens: lc.aboveInputTokens + 28000, cachedPercent: 50 }),
      // 300,000 in, half cached: 150,000 × $0.10 × 2 + 150,000 × $0.01 × 2 + 300 × $0.50 × 1.5
      // = 30,000 + 3,000 + 225 = 33,225 → $0.033225
      () => {
        const half = (lc.aboveInputTokens + 28000) / 2;
        return (
          (half * std('gpt-6-luna', 'input') * lc.inputFactor +
            half * std('gpt-6-luna', 'cachedInput') * lc.cachedInputFactor +
            300 * std('gpt-6-luna', 'output') * lc.outputFactor) /
          1e6
        );
      },
    ],
    [
      'input exactly at the threshold: no surcharge (it applies above it)',
      'gpt-6-luna',
      workload({ inputTokens: lc.aboveInputTokens }),
      // 272,000 × $0.10 + 300 × $0.50 = 27,350 → $0.02735
      () =>
        (lc.aboveInputTokens * std('gpt-6-luna', 'input') + 300 * std('gpt-6-luna', 'output')) /
        1e6,
    ],
    [
      'long context under Flex: the two factors multiply',
      'gpt-6.1-terra',
      workload({ inputTokens: lc.aboveInputTokens + 1, tier: 'flex' }),
      // 272,001 × $1.00 × 0.5 × 2 + 300 × $5.00 × 0.5 × 1.5 = 272,001 + 1,125 → $0.273126
      () => {
        const f = factor('gpt-6.1-terra', 'flex');
        const terra = longContext('gpt-6.1-terra');
        return (
          ((terra.aboveInputTokens + 1) * std('gpt-6.1-terra', 'input') * f * terra.inputFactor +
            300 * std('gpt-6.1-terra', 'output') * f * terra.outputFactor) /
          1e6
        );
      },
    ],
  ];

  it.each(cases)('%s (%s)', (_, id, w, expected) => {
    const result = priced(costOf(cost(id), w));
    expect(result.perRequest).toBeCloseTo(expected(), 12);
    expect(result.perDay).toBeCloseTo(expected() * w.requestsPerDay, 10);
    expect(result.perMonth).toBeCloseTo(expected() * w.requestsPerDay * DAYS_PER_MONTH, 9);
    expect(result.upperBound).toBe(false);
  });
});

describe('costOf: what is marked on a price', () => {
  it('marks factor-derived rates as derived, with the rule’s source', () => {
    const result = priced(costOf(cost('gpt-6-luna'), workload({ tier: 'flex' })));
    expect(result.rates.input?.derived).toBe(true);
    expect(result.tier.factor).toBe(factor('gpt-6-luna', 'flex'));
    expect(result.tier.source).toBe(tierOf('gpt-6-luna', 'flex').source);
  });

  it('keeps a listed tier rate as stated, third-party where its source is', () => {
    const result = priced(costOf(cost('gpt-5.4-mini'), workload({ tier: 'priority' })));
    expect(result.rates.input).toMatchObject({
      usdPer1M: listed('gpt-5.4-mini', 'priority', 'input'),
      derived: false,
      confidence: tierOf('gpt-5.4-mini', 'priority').confidence,
      source: tierOf('gpt-5.4-mini', 'priority').source,
    });
  });

  it('names the long-context surcharge when it applied, and only then', () => {
    const { aboveInputTokens } = longContext('gpt-6-luna');
    const above = priced(
      costOf(cost('gpt-6-luna'), workload({ inputTokens: aboveInputTokens + 1 })),
    );
    const at = priced(costOf(cost('gpt-6-luna'), workload({ inputTokens: aboveInputTokens })));
    expect(above.longContext?.aboveInputTokens).toBe(aboveInputTokens);
    expect(above.rates.output?.derived).toBe(true);
    expect(at.longContext).toBeNull();
  });

  it('says whether reasoning tokens were billed', () => {
    const w = workload({ reasoningTokens: 100 });
    expect(priced(costOf(cost('gpt-5-mini'), w)).reasoning).toBe('counted');
    expect(priced(costOf(cost('gpt-4.1-mini'), w)).reasoning).toBe('no-reasoning');
    expect(priced(costOf(cost('gpt-4o-mini'), w)).reasoning).toBe('not-stated');
  });
});

describe('costOf: an unknown cached rate gives an upper bound, never a silent full price', () => {
  it('prices cached tokens at the input rate, as an upper bound (no standard cached rate)', () => {
    // 1,000 × $2.00 + 1,000 × $2.00 (cached, at the input rate) + 300 × $12.00 = 7,600 → at most
    // $0.0076
    const result = priced(costOf(noCachedRate, workload({ cachedPercent: 50 })));
    expect(result.upperBound).toBe(true);
    expect(result.rates.cachedInput).toBeNull();
    expect(result.perRequest).toBeCloseTo((2000 * 2 + 300 * 12) / 1e6, 12);
  });

  it('is exact when nothing is cached', () => {
    expect(priced(costOf(noCachedRate, workload())).upperBound).toBe(false);
  });

  it('does the same for a tier that lists no cached rate', () => {
    // GPT-4o mini's Batch tier lists input and output only: 2,000 × $0.075 + 300 × $0.30
    const result = priced(
      costOf(cost('gpt-4o-mini'), workload({ cachedPercent: 10, tier: 'batch' })),
    );
    expect(result.upperBound).toBe(true);
    expect(result.perRequest).toBeCloseTo(
      (2000 * listed('gpt-4o-mini', 'batch', 'input') +
        300 * listed('gpt-4o-mini', 'batch', 'output')) /
        1e6,
      12,
    );
  });
});

describe('costOf: no price', () => {
  it.each([
    ['gpt-4.1-mini', 'flex'],
    ['gpt-6.1-terra', 'priority'],
    ['gpt-5.6-terra', 'batch'],
    ['gpt-6-luna', 'priority'],
    ['gpt-5-mini', 'fast'],
  ] as const)('%s has no %s price in content: not available', (id, tier) => {
    expect(hasTier(id, tier)).toBe(false);
    expect(costOf(cost(id), workload({ tier }))).toEqual({ status: 'unavailable' });
  });

  it('a tier without the output rate a request needs is not stated, not $0', () => {
    const model = baseReplacement({
      pricing: {
        input: { value: 2, source: 'docs' },
        cachedInput: { value: 0.2, source: 'docs' },
        output: { value: 8, source: 'docs' },
        tiers: [{ tier: 'batch', rates: [{ kind: 'input', usdPer1M: 1 }], source: 'third' }],
        notes: [],
      },
    });
    const result = costOf(
      toCostModel('x', 'replacement', null, null, model),
      workload({ tier: 'batch' }),
    );
    expect(result).toEqual({ status: 'unknown', missing: 'output' });
  });

  it('an unknown standard input price is not stated, not $0', () => {
    const model = baseReplacement({
      pricing: {
        input: { unknown: 'not-in-sources' },
        cachedInput: { unknown: 'not-in-sources' },
        output: { value: 8, source: 'docs' },
        tiers: [],
        notes: [],
      },
    });
    const result = costOf(toCostModel('x', 'replacement', null, null, model), workload());
    expect(result).toEqual({ status: 'unknown', missing: 'input' });
  });

  it.each([
    [
      'input and output above the context window',
      'gpt-4o-mini',
      { inputTokens: limit('gpt-4o-mini', 'contextWindow') - 100, outputTokens: 101 },
      { limit: 'contextWindow', tokens: limit('gpt-4o-mini', 'contextWindow') + 1 },
    ],
    [
      'input above the max input',
      'gpt-5-mini',
      { inputTokens: limit('gpt-5-mini', 'maxInput') + 1 },
      { limit: 'maxInput', tokens: limit('gpt-5-mini', 'maxInput') + 1 },
    ],
    [
      'output and reasoning above the max output',
      'gpt-5-mini',
      { outputTokens: limit('gpt-5-mini', 'maxOutput'), reasoningTokens: 1 },
      { limit: 'maxOutput', tokens: limit('gpt-5-mini', 'maxOutput') + 1 },
    ],
  ] as const)('%s: too long (%s)', (_, id, w, expected) => {
    expect(costOf(cost(id), workload(w))).toMatchObject({ status: 'too-long', ...expected });
  });

  it('reasoning tokens do not count against a model that does not reason', () => {
    const w = workload({ outputTokens: limit('gpt-4.1-mini', 'maxOutput'), reasoningTokens: 500 });
    expect(costOf(cost('gpt-4.1-mini'), w).status).toBe('priced');
  });
});

describe('rankCosts', () => {
  const ids = [
    'gpt-4o-mini',
    'gpt-4.1-mini',
    'gpt-5-mini',
    'gpt-5.4-mini',
    'gpt-6-luna',
    'gpt-6.1-terra',
    'gpt-5.6-terra',
  ];
  const models = ids.map(cost);

  it('puts the cheapest first and models without a price last, in their given order', () => {
    const w = workload({ tier: 'flex' });
    const rows = rankCosts(models, w, 'gpt-5-mini');
    const amounts = rows.map((r) => (r.result.status === 'priced' ? r.result.perRequest : null));
    const priced = amounts.filter((a): a is number => a !== null);
    expect(priced).toEqual(priced.toSorted((a, b) => a - b));
    expect(amounts.slice(priced.length).every((a) => a === null)).toBe(true);
    // Without Flex prices in content, in the order given.
    const without = ids.filter((id) => !hasTier(id, 'flex'));
    expect(rows.slice(priced.length).map((r) => r.model.id)).toEqual(without);
  });

  it('gives each row its cost as a multiple of the selected model’s', () => {
    const w = workload();
    const rows = rankCosts(models, w, 'gpt-5-mini');
    const luna = rows.find((r) => r.model.id === 'gpt-6-luna');
    const selected = rows.find((r) => r.selected);
    expect(selected?.model.id).toBe('gpt-5-mini');
    expect(selected?.ratio).toEqual({ value: 1, bound: 'exact' });
    // (2,000 × $0.10 + 300 × $0.50) ÷ (2,000 × $0.25 + 300 × $2.00) = 350 ÷ 1,100
    expect(luna?.ratio?.value).toBeCloseTo(
      (2000 * std('gpt-6-luna', 'input') + 300 * std('gpt-6-luna', 'output')) /
        (2000 * std('gpt-5-mini', 'input') + 300 * std('gpt-5-mini', 'output')),
      12,
    );
  });

  it('says "at most" for an upper bound, "at least" against one, and nothing for two', () => {
    const w = workload({ cachedPercent: 50 });
    const withBound = [...models, noCachedRate];
    const against5 = rankCosts(withBound, w, 'gpt-5-mini');
    expect(against5.find((r) => r.model.id === noCachedRate.id)?.ratio?.bound).toBe('at-most');
    const againstBound = rankCosts(withBound, w, noCachedRate.id);
    expect(againstBound.find((r) => r.model.id === 'gpt-5-mini')?.ratio?.bound).toBe('at-least');
    expect(againstBound.find((r) => r.selected)?.ratio).toBeNull();
  });

  it('gives no ratios when the selected model has no price', () => {
    const rows = rankCosts(models, workload({ tier: 'flex' }), 'gpt-4.1-mini');
    expect(rows.every((r) => r.ratio === null)).toBe(true);
  });
});
