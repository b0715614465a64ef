/**
 * Describing prices: the rates of a tier, a tier stated as a multiple of standard, and the rates
 * of each kind of token a model is priced by. Every "per 1M tokens" on the site is written here,
 * so a unit is never dropped or mixed. Pure.
 */
import type { Knowable } from '../../schemas/fact.ts';
import type { Pricing, PriceTier, RateKindName } from '../../schemas/pricing.ts';
import { formatUsd } from '../format.ts';
import type { ProviderRateKindName } from '../../schemas/availability.ts';
import { pricedKinds } from './headline.ts';
import { PROVIDER_RATE_LABELS, RATE_LABELS, TIER_LABELS, TOKEN_KIND_LABELS } from '../labels.ts';

export interface Rate {
  kind: RateKindName;
  usdPer1M: number;
}

/** The unit every token rate is in. */
const PER_MILLION = 'per 1M tokens';

/** `$0.15 per 1M tokens`. */
export function perMillion(usd: number): string {
  return `${formatUsd(usd)} ${PER_MILLION}`;
}

/** `$0.15 per 1M`: the same unit, short, where space is scarce (share cards). */
export function perMillionShort(usd: number): string {
  return `${formatUsd(usd)} per 1M`;
}

/** `$0.075 input / $0.30 output per 1M tokens`. */
export function describeRates(rates: readonly Rate[]): string {
  const parts = rates.map((rate) => `${formatUsd(rate.usdPer1M)} ${RATE_LABELS[rate.kind]}`);
  return `${parts.join(' / ')} ${PER_MILLION}`;
}

/** A provider's rates: `$0.10 input / $0.125 cache write / $0.50 output per 1M tokens`. */
export function describeProviderRates(
  rates: readonly { kind: ProviderRateKindName; usdPer1M: number }[],
): string {
  const parts = rates.map((r) => `${formatUsd(r.usdPer1M)} ${PROVIDER_RATE_LABELS[r.kind]}`);
  return `${parts.join(' / ')} ${PER_MILLION}`;
}

/** Standard rates of one kind of token. */
interface TokenRates {
  input: Knowable<number>;
  cachedInput: Knowable<number>;
  output: Knowable<number>;
}

/**
 * The kinds of token a model's sources price, each with its standard rates: text first (always,
 * known or not), then audio and image where the sources price them.
 */
export function tokenRateRows(
  pricing: Pricing,
): { kind: keyof typeof TOKEN_KIND_LABELS; label: string; rates: TokenRates }[] {
  return pricedKinds(pricing).flatMap((kind) => {
    const rates = kind === 'text' ? pricing : pricing[kind];
    return rates ? [{ kind, label: TOKEN_KIND_LABELS[kind], rates }] : [];
  });
}

/** `$10.00 per 1,000 calls`. */
export function perThousandCalls(usd: number): string {
  return `${formatUsd(usd)} per 1,000 calls`;
}

/** `$0.011 per image`. */
export function perImage(usd: number): string {
  return `${formatUsd(usd)} per image`;
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
