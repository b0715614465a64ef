/** The compact form of a version or of a replacement model, as a comparison reads it. Pure. */
import type { Knowable } from '../../schemas/fact.ts';
import { leastSure } from '../sources/confidence.ts';
import { FEATURE_KEYS } from '../labels.ts';
import { tierRate } from '../pricing/rates.ts';
import type { ComparableSpecs, CompareModel, FactValue, Sourced } from './types.ts';

/** The text of the reasoning row; also what "what changed" compares. */
export const NO_REASONING = 'No reasoning step';

function sourced<T extends FactValue>(item: Knowable<T>): Sourced<T> {
  return 'value' in item
    ? { value: item.value, source: item.source, confidence: item.confidence }
    : null;
}

function reasoningFact(reasoning: ComparableSpecs['reasoning']): Sourced<string> {
  if (!('value' in reasoning)) return null;
  const { efforts, default: byDefault } = reasoning.value;
  const text =
    efforts.length === 0
      ? NO_REASONING
      : efforts.join(', ') + (byDefault ? ` (default ${byDefault})` : '');
  return { value: text, source: reasoning.source, confidence: reasoning.confidence };
}

/**
 * The compact form of one version, or of a replacement model (`kind`), listed in picker `group`.
 * `status` is a version's API status as of the day its data was checked (written by the query
 * module from its lifecycle); replacements have no Status row.
 */
export function toCompareModel(
  id: string,
  model: ComparableSpecs,
  status: Sourced<string>,
  kind: CompareModel['kind'],
  group: string,
): CompareModel {
  const facts: Record<string, Sourced<FactValue>> = {
    released: sourced(model.released),
    contextWindow: sourced(model.contextWindow),
    maxInput: sourced(model.maxInput),
    maxOutput: sourced(model.maxOutput),
    knowledgeCutoff: sourced(model.knowledgeCutoff),
    inputModalities: sourced(model.modalities.input),
    outputModalities: sourced(model.modalities.output),
    reasoning: reasoningFact(model.reasoning),
    tools: model.tools ? sourced(model.tools) : null,
    'price:input': sourced(model.pricing.input),
    'price:cached-input': sourced(model.pricing.cachedInput),
    'price:output': sourced(model.pricing.output),
  };
  for (const kind of ['audio', 'image'] as const) {
    const rates = model.pricing[kind];
    if (!rates) continue;
    facts[`price:${kind}:input`] = sourced(rates.input);
    facts[`price:${kind}:cached-input`] = sourced(rates.cachedInput);
    facts[`price:${kind}:output`] = sourced(rates.output);
  }
  const webSearch = model.pricing.toolCalls?.find((fee) => fee.value.tool === 'web-search');
  if (webSearch)
    facts['price:web-search'] = {
      value: webSearch.value.usdPer1000Calls,
      source: webSearch.source,
      confidence: webSearch.confidence,
    };
  if (kind === 'version') facts['status'] = status;
  for (const key of FEATURE_KEYS) facts[`feature:${key}`] = sourced(model.features[key]);
  for (const tier of model.pricing.tiers) {
    for (const rateKind of ['input', 'cached-input', 'output', 'training'] as const) {
      const rate = tierRate(tier, rateKind, model.pricing);
      if (!rate) continue;
      facts[`tier:${tier.tier}:${rateKind}`] = {
        value: rate.usdPer1M,
        source: tier.source,
        // A rate worked out from a stated factor is derived, so it is marked like third-party data.
        confidence: rate.derived ? leastSure([tier.confidence, 'medium']) : tier.confidence,
      };
    }
  }
  return {
    id,
    name: model.name,
    kind,
    group,
    released: 'value' in model.released ? model.released.value : null,
    facts,
    scores: (model.benchmarks ?? []).map((s) => ({
      benchmark: s.benchmark,
      setup: s.setup ?? null,
      effort: s.effort,
      score: s.score,
      source: s.source,
      confidence: s.confidence,
    })),
  };
}

/** Release order; a model no source dates is taken as the newest (replacements are newer). */
const releaseKey = (m: CompareModel) => m.released ?? '9999';

/** The models oldest first: the order "what changed" walks them in. */
export function byRelease<T extends CompareModel>(models: readonly T[]): T[] {
  return models.toSorted((a, b) => {
    const [x, y] = [releaseKey(a), releaseKey(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
