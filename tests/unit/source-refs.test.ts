/**
 * The source walker behind every page's footnote numbers, the API's per-version source lists and
 * the validator's "unknown source" errors: every way content names a source is found, in order,
 * with the field that names it.
 */
import { describe, expect, it } from 'vitest';
import { numberSources, sourceIds, sourceRefs } from '../../src/lib/sources/refs.ts';

const entry = {
  released: { value: '2025-08-07', source: 'blog' },
  pricing: {
    input: { value: 0.25, source: 'pricing', corroboratedBy: ['third', 'blog'] },
    tiers: [{ tier: 'batch', rates: [{ usdPer1M: 0.1, source: 'batch-page' }] }],
  },
  notes: { text: 'source is a word here', sources: ['docs', 42] },
  source: 7,
};

describe('source references', () => {
  it('finds each way of naming a source, with the field that names it', () => {
    expect(sourceRefs(entry)).toEqual([
      { id: 'blog', path: ['released', 'source'] },
      { id: 'pricing', path: ['pricing', 'input', 'source'] },
      { id: 'third', path: ['pricing', 'input', 'corroboratedBy', 0] },
      { id: 'blog', path: ['pricing', 'input', 'corroboratedBy', 1] },
      { id: 'batch-page', path: ['pricing', 'tiers', 0, 'rates', 0, 'source'] },
      { id: 'docs', path: ['notes', 'sources', 0] },
    ]);
  });

  it('gives the ids alone in the same order, repeats included', () => {
    expect(sourceIds(entry)).toEqual(['blog', 'pricing', 'third', 'blog', 'batch-page', 'docs']);
  });

  it('numbers unique sources in first-seen order across values', () => {
    const numbers = numberSources([entry, { source: 'later' }, { source: 'pricing' }]);
    expect([...numbers]).toEqual([
      ['blog', 1],
      ['pricing', 2],
      ['third', 3],
      ['batch-page', 4],
      ['docs', 5],
      ['later', 6],
    ]);
  });

  it('finds nothing in plain values', () => {
    expect(sourceRefs(null)).toEqual([]);
    expect(sourceIds('source')).toEqual([]);
    expect(numberSources([1, 'x', undefined]).size).toBe(0);
  });
});
