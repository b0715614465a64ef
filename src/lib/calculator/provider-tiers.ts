/**
 * A model's prices at the providers that serve it besides OpenAI (Azure's Global, Data Zone and
 * regional deployments, OpenRouter's price, …) as tiers the calculator can price, keyed
 * `<provider>:<tier>` or `<provider>:<tier>:<region>`. A key is only ever matched exactly: a price
 * the source gives for one region is never applied to another, nor a regionless one to a region.
 * Each rate cites the provider's price source with its confidence. OpenAI's long-context surcharge
 * is OpenAI's rule and never applies here; the provider's own price for long inputs does. Pure.
 */
import { PROVIDER_TIER_LABELS } from '../labels.ts';
import type { OfferedView } from '../providers/rows.ts';
import type { CostTier, Rates } from './cost.ts';

type Price = Extract<OfferedView['row']['prices'], readonly unknown[]>[number];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The calculator's key of one provider price list: `azure:data-zone`, `azure:regional:east-us`. */
export function providerTierKey(provider: string, tier: string, region?: string): string {
  return [provider, tier, ...(region ? [slug(region)] : [])].join(':');
}

/** `Data Zone (US)`, `Regional`; null for a provider's one price with no region. */
function listOf(price: Price): string | null {
  const region = price.region ? ` (${price.region})` : '';
  if (price.tier === 'standard') return price.region ?? null;
  return `${PROVIDER_TIER_LABELS[price.tier]}${region}`;
}

function ratesOf(price: Price): Rates {
  const rate = (kind: 'input' | 'cached-input' | 'output') => {
    const found = price.rates.find((r) => r.kind === kind);
    return found
      ? {
          usdPer1M: found.usdPer1M,
          source: price.source,
          confidence: price.confidence,
          derived: false,
        }
      : null;
  };
  return { input: rate('input'), cachedInput: rate('cached-input'), output: rate('output') };
}

/**
 * The price lists of every provider that offers the model itself (a third-party listing of
 * another's offer is not a price to pay), as calculator tiers. A price for inputs above a
 * threshold joins the price list it belongs to instead of making one of its own.
 */
export function providerTiers(views: readonly OfferedView[]): Record<string, CostTier> {
  const tiers: Record<string, CostTier> = {};
  for (const view of views) {
    const { prices, checked } = view.row;
    if (!Array.isArray(prices)) continue;
    const { standing } = view;
    const retired =
      standing.offer === 'offered' && standing.phase === 'retired'
        ? (standing.retirement ?? null)
        : null;
    const name = view.provider.data.name;
    for (const price of prices.filter((p) => p.aboveInputTokens === undefined)) {
      const list = listOf(price);
      tiers[providerTierKey(view.provider.id, price.tier, price.region)] = {
        label: list ? `${name}: ${list}` : name,
        rates: ratesOf(price),
        source: price.source,
        confidence: price.confidence,
        factor: null,
        provider: {
          name,
          checked,
          retired,
          ...(price.note ? { note: price.note } : {}),
        },
      };
    }
    for (const price of prices.filter((p) => p.aboveInputTokens !== undefined)) {
      const tier = tiers[providerTierKey(view.provider.id, price.tier, price.region)];
      if (!tier || price.aboveInputTokens === undefined)
        throw new Error(
          `${view.provider.id}: a price above ${price.aboveInputTokens} input tokens for ` +
            `"${price.tier}" has no price list of its own to belong to`,
        );
      tier.longInput = {
        aboveInputTokens: price.aboveInputTokens,
        rates: ratesOf(price),
        source: price.source,
        confidence: price.confidence,
      };
    }
  }
  return tiers;
}
