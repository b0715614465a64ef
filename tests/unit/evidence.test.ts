import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../../src/lib/evidence.ts';
import { loadContent, modelEntry } from '../support/content.ts';

const content = loadContent();

describe('every strength and best-for claim', () => {
  const claims = [...content.models.values()].flatMap((m) =>
    [...m.data.strengths, ...m.data.bestFor].map(
      (c) => [m.id, c.text, c.evidence, m.data] as const,
    ),
  );
  it.each(claims)('%s: "%s" is backed by %s', (_id, _text, evidence, model) => {
    const result = resolveEvidence(model, evidence, content.benchmarks);
    expect(result.ok).toBe(true);
    if (result.ok) expect(content.sources.has(result.evidence.source)).toBe(true);
  });
});

describe('resolveEvidence', () => {
  const model = modelEntry(content, 'gpt-5-mini').data;
  it.each([
    ['price.input', 'Input price', '$0.25 per 1M tokens', '5dev-blog'],
    ['context-window', 'Context window', '400,000 tokens', '5m-docs'],
    ['benchmark:aime-2025', 'AIME 2025', '91.1%', '5dev-blog'],
    ['benchmark:gpqa-diamond@54m-blog', 'GPQA Diamond', '81.6%', '54m-blog'],
    [
      'tier:Batch API',
      'Batch API',
      '$0.125 input / $0.0125 cached input / $1.00 output per 1M tokens',
      'batch-table',
    ],
    ['feature:fineTuning', 'fineTuning', 'No', '5m-docs'],
  ])('%s shows %s = %s from %s', (path, label, display, source) => {
    expect(resolveEvidence(model, path, content.benchmarks)).toMatchObject({
      ok: true,
      evidence: { label, display, source },
    });
  });

  it.each([
    ['benchmark:gpqa-diamond', 'matches 2 scores'],
    ['benchmark:mmlu', 'No score'],
    ['benchmark:nope', 'No benchmark'],
    ['claim:nope', 'No claim'],
    ['feature:nope', 'No feature'],
    ['tier:Nope', 'No price tier'],
    ['feature:streaming', 'unknown for this model'],
    ['price.everything', 'Unknown evidence path'],
  ])('%s is rejected: %s', (path, reason) => {
    const result = resolveEvidence(model, path, content.benchmarks);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
