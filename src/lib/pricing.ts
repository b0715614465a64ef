/** Describing prices: the rates of a tier, and a tier stated as a multiple of standard. Pure. */
import type { Knowable } from '../schemas/fact.ts';
import type { PriceTier, RateKindName } from '../schemas/pricing.ts';
import { formatUsd } from './format.ts';
import { RATE_LABELS, TIER_LABELS } from './labels.ts';

export interface Rate {
  kind: RateKindName;
  usdPer1M: number;
}

/** `$0.075 input / $0.30 output per 1M tokens`. */
export function describeRates(rates: readonly Rate[]): string {
  const parts = rates.map((rate) => `${formatUsd(rate.usdPer1M)} ${RATE_LABELS[rate.kind]}`);
  return `${parts.join(' / ')} per 1M tokens`;
}

/** `50% of the standard rates`, `2× the standard rates`. */
export function describeFactor(factor: number): string {
  return factor < 1
    ? `${Math.round(factor * 100)}% of the standard rates`
    : `${factor}× the standard rates`;
}

/** What a tier costs, in words: its own rates or its multiple of the standard rates. */
export function describeTier(tier: PriceTier): string {
  if (tier.rates) return describeRates(tier.rates);
  return describeFactor(tier.factor ?? 1);
}

/** `Batch API: $0.075 input / $0.30 output per 1M tokens`. */
export function tierSentence(tier: PriceTier): string {
  return `${TIER_LABELS[tier.tier]}: ${describeTier(tier)}`;
}

interface StandardRates {
  input: Knowable<number>;
  cachedInput: Knowable<number>;
  output: Knowable<number>;
}

const STANDARD_KEY = { input: 'input', 'cached-input': 'cachedInput', output: 'output' } as const;

/**
 * A tier's rate of one kind, in USD per 1M tokens: the rate it lists, or the standard rate times
 * its factor (derived, so callers mark it so). Undefined when neither is known.
 */
export function tierRate(
  tier: PriceTier,
  kind: RateKindName,
  standard: StandardRates,
): { usdPer1M: number; derived: boolean } | undefined {
  if (tier.rates) {
    const rate = tier.rates.find((r) => r.kind === kind);
    return rate && { usdPer1M: rate.usdPer1M, derived: false };
  }
  if (kind === 'training' || tier.factor === undefined) return undefined;
  const base = standard[STANDARD_KEY[kind]];
  return 'value' in base ? { usdPer1M: base.value * tier.factor, derived: true } : undefined;
}
