/** The calculator's reasoning hint names who reasons, and never prints an empty list. */
import { describe, expect, it } from 'vitest';
import { reasoningHint } from '../../src/lib/calculator/hints.ts';
import type { CostModel } from '../../src/lib/calculator/cost.ts';

const model = (name: string, reasoning: CostModel['reasoning']) =>
  ({ name, reasoning }) as CostModel;

describe('reasoningHint', () => {
  it('names the models that reason, with their default effort', () => {
    const hint = reasoningHint([
      model('Thinker', { efforts: ['low', 'high'], default: 'low' }),
      model('Plain', { efforts: ['none'], default: 'none' }),
    ]);
    expect(hint).toContain('counted only for the models that reason: Thinker (default effort: ');
    expect(hint).toContain('Plain has no reasoning step.');
  });

  it('says none do when no source says a model here reasons, with no empty list', () => {
    const hint = reasoningHint([model('Quiet', null), model('Silent', null)]);
    expect(hint).toBe(
      'Billed as output tokens, and counted only for models the sources say reason: none here. ' +
        'For Quiet and Silent the sources do not say, so none are counted.',
    );
    expect(hint).not.toMatch(/: \./);
  });
});
