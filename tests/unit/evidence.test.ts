/** Every strength and best-for claim shows the sourced fact behind it, named for a reader. */
import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../../src/lib/sources/evidence.ts';
import { BASE_MODEL, baseBenchmark, baseModel } from '../support/builders.ts';

const benchmarks = new Map([['quiz', baseBenchmark({ name: 'Quiz', measures: 'Questions.' })]]);

const model = baseModel({
  benchmarks: [
    { benchmark: 'quiz', score: 91.1, effort: 'not-stated', setup: 'no tools', source: 'blog' },
    { benchmark: 'quiz', score: 81.6, effort: 'not-stated', source: 'third', confidence: 'medium' },
  ],
  features: { ...BASE_MODEL.features, fineTuning: { value: false, source: 'docs' } },
  claims: {
    speed: { value: 'It is fast.', source: 'blog', verbatim: true },
  },
  pricing: {
    ...BASE_MODEL.pricing,
    tiers: [
      {
        tier: 'batch',
        rates: [
          { kind: 'input', usdPer1M: 0.125 },
          { kind: 'output', usdPer1M: 1 },
        ],
        source: 'third',
        confidence: 'medium',
      },
      { tier: 'flex', factor: 0.5, source: 'docs' },
    ],
  },
});

describe('resolveEvidence', () => {
  it.each([
    ['price.input', 'Input price', '$1.00 per 1M tokens', 'docs'],
    ['context-window', 'Context window', '100,000 tokens', 'docs'],
    ['benchmark:quiz@blog', 'Quiz (no tools)', '91.1%', 'blog'],
    ['tier:batch', 'Batch API', '$0.125 input / $1.00 output per 1M tokens', 'third'],
    ['tier:flex', 'Flex processing', '50% of the standard rates', 'docs'],
    ['feature:fineTuning', 'Fine-tuning', 'No', 'docs'],
  ])('%s shows %s = %s from %s', (path, label, display, source) => {
    expect(resolveEvidence(model, path, benchmarks)).toMatchObject({
      ok: true,
      evidence: { label, display, source },
    });
  });

  it('marks a vendor’s own words as a quotation', () => {
    expect(resolveEvidence(model, 'claim:speed', benchmarks)).toEqual({
      ok: true,
      evidence: {
        label: 'What the source says',
        display: 'It is fast.',
        source: 'blog',
        confidence: 'high',
        verbatim: true,
      },
    });
  });

  it.each([
    ['benchmark:quiz', 'matches 2 scores'],
    ['benchmark:quiz@docs', 'No score'],
    ['benchmark:nope', 'No benchmark'],
    ['claim:nope', 'No claim'],
    ['feature:nope', 'No feature'],
    ['tier:priority', 'No price tier'],
    ['feature:streaming', 'unknown for this model'],
    ['price.everything', 'Unknown evidence path'],
  ])('%s is rejected: %s', (path, reason) => {
    expect(resolveEvidence(model, path, benchmarks)).toEqual({
      ok: false,
      reason: expect.stringContaining(reason),
    });
  });
});
