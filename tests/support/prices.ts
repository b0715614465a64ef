/**
 * Prices and limits read from the real content, for tests that work a cost out by hand: a test
 * names the figure it uses (`std('gpt-5-mini', 'input')`) instead of typing it.
 */
import type { CostModel } from '../../src/lib/calculator/cost.ts';
import { toCostModel } from '../../src/lib/calculator/cost-model.ts';
import type { PriceTier } from '../../src/schemas/pricing.ts';
import { loadContent } from './content.ts';

const content = loadContent();

/** A version or replacement model's data, from content. */
function modelData(id: string) {
  const model = content.models.get(id)?.data ?? content.replacements.get(id);
  if (!model) throw new Error(`No model ${id} in content`);
  return model;
}

/** The model's name, as the pages show it. */
export const nameOf = (id: string) => modelData(id).name;

/** The compact cost data the site builds for the model. */
export function costModel(id: string): CostModel {
  const kind = content.models.has(id) ? 'version' : 'replacement';
  return toCostModel(id, kind, null, null, modelData(id));
}

/** A standard rate, USD per 1M tokens. */
export function std(id: string, kind: 'input' | 'cachedInput' | 'output'): number {
  const item = modelData(id).pricing[kind];
  if (!('value' in item)) throw new Error(`${id} has no ${kind} price in content`);
  return item.value;
}

/** One of the model's price tiers. */
export function tierOf(id: string, name: string): PriceTier {
  const tier = modelData(id).pricing.tiers.find((t) => t.tier === name);
  if (!tier) throw new Error(`${id} has no ${name} tier in content`);
  return tier;
}

/** Whether the model has a price tier. */
export const hasTier = (id: string, name: string) =>
  modelData(id).pricing.tiers.some((t) => t.tier === name);

/** A rate a tier lists, USD per 1M tokens. */
export function listed(id: string, name: string, kind: 'input' | 'cached-input' | 'output') {
  const rate = tierOf(id, name).rates?.find((r) => r.kind === kind);
  if (!rate) throw new Error(`${id}'s ${name} tier lists no ${kind} rate`);
  return rate.usdPer1M;
}

/** A tier's multiple of the standard rates. */
export function factor(id: string, name: string): number {
  const f = tierOf(id, name).factor;
  if (f === undefined) throw new Error(`${id}'s ${name} tier has no factor`);
  return f;
}

/** The model's long-context surcharge. */
export function longContext(id: string) {
  const lc = modelData(id).pricing.longContext;
  if (!lc) throw new Error(`${id} has no long-context surcharge in content`);
  return lc.value;
}

/** A limit in tokens. */
export function limit(id: string, key: 'contextWindow' | 'maxInput' | 'maxOutput'): number {
  const item = modelData(id)[key];
  if (!('value' in item)) throw new Error(`${id} has no ${key} in content`);
  return item.value;
}
