/**
 * The calculator at other providers: each provider's price lists (Azure's Global, Data Zone,
 * regional; OpenRouter's price) priced from the real content's rows, never typed. Expectations are
 * the arithmetic on the rates the content holds; the figures at the time of writing are in
 * comments. What must never happen: OpenAI's long-context rule applied to another provider's
 * price, one region's price used for another, a model the provider retired ranked as an option.
 */
import { describe, expect, it } from 'vitest';
import {
  costOf,
  rankCosts,
  servedUntil,
  type CostModel,
  type CostResult,
  type Workload,
} from '../../src/lib/calculator/cost.ts';
import { offeredTiers, readInputs, tierMenu, tierName } from '../../src/lib/calculator/input.ts';
import { providerTierKey, providerTiers } from '../../src/lib/calculator/provider-tiers.ts';
import { renderResults, resultsSummary } from '../../src/lib/calculator/table.ts';
import { offeredRows, providerRows } from '../../src/lib/providers/rows.ts';
import { buildCitationIndex } from '../../src/lib/sources/citations.ts';
import { costModel } from '../support/prices.ts';
import { realProviderContent } from '../support/provider-content.ts';

const real = realProviderContent();

/** The cost data of a model with every provider's price lists, as the calculator builds it. */
function withProviders(id: string, day?: string): CostModel {
  const model = costModel(id);
  const file = real.availability.get(id);
  if (!file) throw new Error(`No availability file for ${id}`);
  const views = day
    ? providerRows(file.providers, real.providers, real.openai.get(id), day)
    : (real.models.find((m) => m.id === id)?.rows ?? []);
  return { ...model, tiers: { ...model.tiers, ...providerTiers(offeredRows(views)) } };
}

/** The rates content gives a provider's price list of a model, by kind. */
function listed(id: string, provider: string, tier: string, region?: string) {
  const row = real.availability.get(id)?.providers.find((r) => r.provider === provider);
  const prices = row && 'prices' in row && Array.isArray(row.prices) ? row.prices : [];
  const price = prices.find(
    (p) => p.tier === tier && p.region === region && p.aboveInputTokens === undefined,
  );
  if (!price) throw new Error(`No ${provider} ${tier} price for ${id} in content`);
  return (kind: string) => price.rates.find((r) => r.kind === kind)?.usdPer1M;
}

const workload = (w: Partial<Workload> = {}): Workload => ({
  inputTokens: 2000,
  cachedPercent: 0,
  outputTokens: 300,
  reasoningTokens: 0,
  requestsPerDay: 100,
  tier: 'standard',
  ...w,
});

function priced(result: CostResult) {
  if (result.status !== 'priced') throw new Error(`Expected a price, got ${result.status}`);
  return result;
}

describe('providerTiers: the price lists content gives', () => {
  it('keys each list by provider, tier and region, exactly as content names them', () => {
    const keys = Object.keys(withProviders('gpt-4.1-mini').tiers);
    // Azure lists gpt-4.1-mini's regional prices per region (East US, West Europe, …).
    expect(keys).toContain(providerTierKey('azure', 'regional', 'East US'));
    expect(keys).toContain('azure:regional:east-us');
    expect(keys).toContain('azure:global');
    // OpenAI's tiers stay first, under their own keys.
    expect(keys[0]).toBe('standard');
  });

  it('names a list as the provider does, with its region', () => {
    const models = [withProviders('gpt-4.1-mini')];
    expect(tierName(models, 'azure:regional:east-us')).toBe(
      'Azure OpenAI / Microsoft Foundry: Regional (East US)',
    );
    expect(tierName(models, 'standard')).toBe('Standard');
  });

  it('never prices a third-party listing of another provider as a price to pay', () => {
    const listings = [...real.providers].filter(([, p]) => p.kind === 'catalog').map(([id]) => id);
    for (const id of real.availability.keys())
      for (const key of Object.keys(withProviders(id).tiers))
        expect(listings).not.toContain(key.split(':')[0]);
  });
});

describe('costOf at a provider: worked by hand', () => {
  it("prices Azure's Data Zone at its own rates, not the Global ones", () => {
    const model = withProviders('gpt-4o-mini');
    const rate = listed('gpt-4o-mini', 'azure', 'data-zone');
    const r = priced(costOf(model, workload({ tier: 'azure:data-zone' })));
    // 2,000 × $0.165 + 300 × $0.66, per 1M tokens.
    expect(r.perRequest).toBeCloseTo((2000 * rate('input')! + 300 * rate('output')!) / 1e6, 12);
    const global = priced(costOf(model, workload({ tier: 'azure:global' })));
    expect(r.perRequest).toBeGreaterThan(global.perRequest);
  });

  it('says "at most" for cached tokens where the list states no cached-input rate', () => {
    const r = priced(
      costOf(
        withProviders('gpt-4o-mini'),
        workload({ tier: 'azure:data-zone', cachedPercent: 50 }),
      ),
    );
    expect(r.upperBound).toBe(true);
  });

  it("charges the provider's own long-input rates above its threshold, not OpenAI's rule", () => {
    const model = withProviders('gpt-6-luna');
    const big = workload({ tier: 'azure:global', inputTokens: 300_000 });
    const r = priced(costOf(model, big));
    expect(r.longContext).toBeNull();
    expect(r.longInput).toBe(272_000);
    // Azure's price above 272,000 input tokens: $0.20 input, $0.75 output.
    const above = real.availability
      .get('gpt-6-luna')
      ?.providers.find((p) => p.provider === 'azure');
    const prices = above && 'prices' in above && Array.isArray(above.prices) ? above.prices : [];
    const long = prices.find((p) => p.aboveInputTokens !== undefined);
    const rate = (kind: string) => long?.rates.find((x) => x.kind === kind)?.usdPer1M ?? NaN;
    expect(r.perRequest).toBeCloseTo((300_000 * rate('input') + 300 * rate('output')) / 1e6, 12);
    // OpenAI's own price of the same request does carry its surcharge.
    expect(priced(costOf(model, { ...big, tier: 'standard' })).longContext).not.toBeNull();
  });

  it('refuses a region the model has no price for instead of borrowing another', () => {
    // gpt-4o-mini's regional price names no region; gpt-4.1-mini's name theirs.
    const r = costOf(withProviders('gpt-4o-mini'), workload({ tier: 'azure:regional:east-us' }));
    expect(r.status).toBe('unavailable');
  });
});

describe('ranking at a provider', () => {
  it("ranks a model the provider retired after those it serves, by the provider's date", () => {
    // After Azure's 2027-02-09 for gpt-5-mini and before its 2027-04-14 for gpt-4o-mini.
    const day = '2027-03-01';
    const models = ['gpt-5-mini', 'gpt-4o-mini'].map((id) => withProviders(id, day));
    const rows = rankCosts(models, workload({ tier: 'azure:global' }), 'gpt-4o-mini');
    expect(rows.map((r) => r.model.id)).toEqual(['gpt-4o-mini', 'gpt-5-mini']);
    expect(rows[1]?.gone).toBe('2027-02-09');
    expect(servedUntil(models[1]!, 'azure:global')).toBeNull();
  });

  it('says where a model was retired in the results', () => {
    const day = '2027-03-01';
    const models = ['gpt-5-mini', 'gpt-4o-mini'].map((id) => withProviders(id, day));
    const w = workload({ tier: 'azure:global' });
    const view = {
      rows: rankCosts(models, w, 'gpt-5-mini'),
      workload: w,
      asOf: '2026-12-06',
      cite: buildCitationIndex(
        models.map((m) => m.tiers),
        real.sources,
      ),
    };
    const html = String(renderResults(view));
    expect(html).toContain('Retired on Azure OpenAI / Microsoft Foundry Feb 9, 2027');
    expect(html).toContain('at Azure OpenAI / Microsoft Foundry: Global rates');
    expect(resultsSummary(view)).toContain('GPT-5 mini retired there Feb 9, 2027');
  });
});

describe('the tier menu and the address', () => {
  const models = ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-5-mini', 'gpt-5.4-mini'].map((id) =>
    withProviders(id),
  );

  it("groups OpenAI's tiers first, then one group per provider", () => {
    const menu = tierMenu(models);
    expect(menu[0]?.label).toBe("OpenAI's API");
    expect(menu[0]?.options[0]).toEqual({ value: 'standard', label: 'Standard' });
    const azure = menu.find((g) => g.label === 'Azure OpenAI / Microsoft Foundry');
    expect(azure?.options.map((o) => o.label)).toContain(
      'Azure OpenAI / Microsoft Foundry: Data Zone',
    );
    expect(offeredTiers(models)).toEqual(menu.flatMap((g) => g.options.map((o) => o.value)));
  });

  it('reads a provider list from the address, and refuses one nobody offers', () => {
    const ctx = {
      models,
      defaults: {
        model: 'gpt-5.4-mini',
        tier: 'standard',
        input: '2000',
        cached: '0',
        output: '300',
        reasoning: '0',
        requests: '100',
      },
      maxTokens: 1_000_000,
    };
    expect(readInputs(new URLSearchParams('tier=azure:data-zone'), ctx).workload?.tier).toBe(
      'azure:data-zone',
    );
    const bad = readInputs(new URLSearchParams('tier=azure:moon'), ctx);
    expect(bad.workload?.tier).toBe('standard');
    expect(bad.messages.tier).toMatch(/no price tier offered here/);
  });
});
