/**
 * The calculator's compact data of one model (CostModel), made from its content: limits, whether
 * it reasons, and the rates of every tier the calculator prices, each with the source it cites (a
 * derived tier rate cites the standard rate it comes from). The build makes it and ships it to the
 * browser. Pure.
 */
import type { Knowable } from '../../schemas/fact.ts';
import type { Pricing, TierKindName } from '../../schemas/pricing.ts';
import { tierLabel } from '../labels.ts';
import { tierRate } from '../pricing/rates.ts';
import {
  COST_TIERS,
  type CostModel,
  type CostTierName,
  type Rates,
  type SourcedRate,
} from './cost.ts';

const valueOf = (item: Knowable<number>) => ('value' in item ? item.value : null);

/** The compact calculator data of one model, from its content. */
export function toCostModel(
  id: string,
  kind: CostModel['kind'],
  replaces: string | null,
  shutDown: string | null,
  data: {
    name: string;
    contextWindow: Knowable<number>;
    maxInput: Knowable<number>;
    maxOutput: Knowable<number>;
    reasoning: Knowable<{ efforts: string[]; default: string | null }>;
    pricing: Pricing;
  },
): CostModel {
  const { pricing } = data;
  const standardRate = (item: Pricing['input']): SourcedRate | null =>
    'value' in item
      ? {
          usdPer1M: item.value,
          source: item.source,
          confidence: item.confidence,
          derived: false,
        }
      : null;
  const standard: Rates = {
    input: standardRate(pricing.input),
    cachedInput: standardRate(pricing.cachedInput),
    output: standardRate(pricing.output),
  };
  const STANDARD_KEY = { input: 'input', 'cached-input': 'cachedInput', output: 'output' } as const;
  const tiers: CostModel['tiers'] = {
    standard: {
      label: tierLabel('standard'),
      rates: standard,
      source: null,
      confidence: 'high',
      factor: null,
    },
  };
  for (const tier of pricing.tiers) {
    if (!isCostTier(tier.tier)) continue;
    const { confidence } = tier;
    // A listed rate cites the tier's source; a derived one cites the standard rate it comes
    // from (the tier's own source, the rule, is cited beside it).
    const rate = (kind: 'input' | 'cached-input' | 'output'): SourcedRate | null => {
      const found = tierRate(tier, kind, pricing);
      const base = standard[STANDARD_KEY[kind]];
      if (!found) return null;
      return found.derived && base
        ? { ...base, usdPer1M: found.usdPer1M, derived: true }
        : { ...found, source: tier.source, confidence };
    };
    tiers[tier.tier] = {
      label: tierLabel(tier.tier),
      rates: { input: rate('input'), cachedInput: rate('cached-input'), output: rate('output') },
      source: tier.source,
      confidence,
      factor: tier.factor ?? null,
    };
  }
  const lc = pricing.longContext;
  return {
    id,
    name: data.name,
    kind,
    replaces,
    shutDown,
    contextWindow: valueOf(data.contextWindow),
    maxInput: valueOf(data.maxInput),
    maxOutput: valueOf(data.maxOutput),
    reasoning: 'value' in data.reasoning ? data.reasoning.value : null,
    tiers,
    longContext: lc ? { ...lc.value, source: lc.source, confidence: lc.confidence } : null,
  };
}

/** True for a tier the calculator prices (not fine-tuned inference or training). */
function isCostTier(tier: TierKindName | string): tier is CostTierName {
  return (COST_TIERS as readonly string[]).includes(tier);
}
