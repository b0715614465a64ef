/**
 * Resolves the evidence path of a strength or best-for claim to the sourced fact behind it,
 * so every claim on a model page shows the number and source that back it.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { ConfidenceLevel, Fact, Knowable } from '../../schemas/fact.ts';
import type { FeatureKey, Model } from '../../schemas/model.ts';
import { formatDate, formatScore, formatTokens } from '../format.ts';
import { FEATURE_LABELS, TIER_LABELS, withSetup, yesNo } from '../labels.ts';
import { describeTier, perMillion } from '../pricing/rates.ts';

/** The fact behind a claim, ready to show. */
interface Evidence {
  label: string;
  display: string;
  source: string;
  confidence: ConfidenceLevel;
  /** The display is the source's own words: show it as a quotation. */
  verbatim?: boolean;
}

export type EvidenceResult = { ok: true; evidence: Evidence } | { ok: false; reason: string };

function fromFact<T>(label: string, item: Knowable<T>, show: (value: T) => string): EvidenceResult {
  if (!('value' in item))
    return { ok: false, reason: `"${label}" is unknown for this model, so it cannot back a claim` };
  const known = item as Fact<T>;
  return {
    ok: true,
    evidence: {
      label,
      display: show(known.value),
      source: known.source,
      confidence: known.confidence,
      ...(known.verbatim ? { verbatim: true } : {}),
    },
  };
}

const tokens = (value: number) => `${formatTokens(value)} tokens`;

/** Every evidence path that does not take an argument. */
const SIMPLE_PATHS: Record<string, (model: Model) => EvidenceResult> = {
  'price.input': (m) => fromFact('Input price', m.pricing.input, perMillion),
  'price.cached-input': (m) => fromFact('Cached input price', m.pricing.cachedInput, perMillion),
  'price.output': (m) => fromFact('Output price', m.pricing.output, perMillion),
  'context-window': (m) => fromFact('Context window', m.contextWindow, tokens),
  'max-input': (m) => fromFact('Max input', m.maxInput, tokens),
  'max-output': (m) => fromFact('Max output', m.maxOutput, tokens),
  'knowledge-cutoff': (m) => fromFact('Knowledge cutoff', m.knowledgeCutoff, formatDate),
  released: (m) => fromFact('Released', m.released, formatDate),
  tools: (m) => fromFact('Built-in tools', m.tools, (list) => list.join(', ')),
};

/** Resolves `path` against `model`; a path that names nothing is an error with a reason. */
export function resolveEvidence(
  model: Model,
  path: string,
  benchmarks: ReadonlyMap<string, Benchmark>,
): EvidenceResult {
  const simple = SIMPLE_PATHS[path];
  if (simple) return simple(model);
  const [kind, rest = ''] = path.split(/:(.*)/s, 2);
  switch (kind) {
    case 'feature': {
      if (!(rest in model.features)) return { ok: false, reason: `No feature "${rest}"` };
      return fromFact(
        FEATURE_LABELS[rest as FeatureKey],
        model.features[rest as FeatureKey],
        yesNo,
      );
    }
    case 'claim': {
      const claim = model.claims[rest];
      return claim
        ? fromFact('What the source says', claim, String)
        : { ok: false, reason: `No claim "${rest}" in claims` };
    }
    case 'tier': {
      const tier = model.pricing.tiers.find((t) => t.tier === rest);
      if (!tier) return { ok: false, reason: `No price tier "${rest}"` };
      return {
        ok: true,
        evidence: {
          label: TIER_LABELS[tier.tier],
          display: describeTier(tier),
          source: tier.source,
          confidence: tier.confidence,
        },
      };
    }
    case 'benchmark': {
      const [id = '', source] = rest.split('@');
      const benchmark = benchmarks.get(id);
      if (!benchmark) return { ok: false, reason: `No benchmark "${id}"` };
      const scores = model.benchmarks.filter(
        (s) => s.benchmark === id && (source === undefined || s.source === source),
      );
      if (scores.length === 0) return { ok: false, reason: `No score for "${rest}" on this model` };
      if (scores.length > 1) {
        return {
          ok: false,
          reason:
            `"${rest}" matches ${scores.length} scores; ` +
            'add @<source> and pick a source with one score',
        };
      }
      const [score] = scores;
      if (!score) return { ok: false, reason: `No score for "${rest}"` };
      return {
        ok: true,
        evidence: {
          label: withSetup(benchmark.name, score.setup),
          display: formatScore(score.score, benchmark.unit),
          source: score.source,
          confidence: score.confidence,
        },
      };
    }
    default:
      return { ok: false, reason: `Unknown evidence path "${path}"` };
  }
}
