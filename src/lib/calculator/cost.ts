/**
 * What a workload costs on each model: the price maths of the cost calculator. Pure, and fed by
 * compact data (CostModel) that the build makes from the content and ships to the browser, so the
 * build's pre-rendered results and the browser's redraws come from the same functions.
 *
 * A request's tokens: `input` (of which `cachedPercent` % are read from the prompt cache), `output`
 * and, on models that reason, `reasoning` tokens, billed as output. Rates are US dollars per 1M
 * tokens. Nothing is rounded here: money is rounded once, for display (formatCost).
 *
 * Over 300 lines because the data the browser is shipped (CostModel, its tiers at OpenAI and at
 * other providers, the results) is typed here beside the maths that reads it, so one file says
 * what a price is and how it is charged.
 */
import type { ConfidenceLevel, Knowable } from '../../schemas/fact.ts';
import type { Pricing } from '../../schemas/pricing.ts';

/** The tiers a workload can be priced at, in menu order; `standard` is the standard rates. */
export const COST_TIERS = ['standard', 'batch', 'flex', 'priority', 'fast'] as const;
export type CostTierName = (typeof COST_TIERS)[number];

/** The calculator prices 30-day months. */
export const DAYS_PER_MONTH = 30;

/** One rate with where it came from; `derived` when it is a factor applied to a standard rate. */
export interface SourcedRate {
  usdPer1M: number;
  source: string;
  confidence: ConfidenceLevel;
  derived: boolean;
}

/** Input, cached-input and output rates; null where no source states one. */
export interface Rates {
  input: SourcedRate | null;
  cachedInput: SourcedRate | null;
  output: SourcedRate | null;
}

/**
 * A tier's rates, and the source of the tier (null for the standard rates, sourced per rate). A
 * tier is one of OpenAI's (COST_TIERS) or a price list of another provider (lib/calculator/
 * provider-tiers.ts), keyed `<provider>:<list>`.
 */
export interface CostTier {
  /** What the reader reads it as: `Batch API`, `Azure OpenAI / Microsoft Foundry: Data Zone`. */
  label: string;
  rates: Rates;
  source: string | null;
  confidence: ConfidenceLevel;
  /** The multiple of the standard rates, when the source states the tier that way. */
  factor: number | null;
  /** At another provider: what its price list is called, as of when, and when it retired it. */
  provider?: {
    name: string;
    /** The day of the provider check the prices come from. */
    checked: string;
    /** The provider's own retirement day, when it is before the build's. */
    retired: string | null;
    /** The source's remark on the price (a free, rate-limited tier). */
    note?: string;
  };
  /** The provider's own rates for a request whose input is above a threshold. */
  longInput?: {
    aboveInputTokens: number;
    rates: Rates;
    source: string;
    confidence: ConfidenceLevel;
  };
}

/** A surcharge on the whole request when its input is longer than a threshold. */
interface LongContextRule {
  aboveInputTokens: number;
  inputFactor: number;
  cachedInputFactor: number;
  outputFactor: number;
  source: string;
  confidence: ConfidenceLevel;
}

/** What pricing a workload needs of one model, and nothing more (it is shipped to the browser). */
export interface CostModel {
  id: string;
  name: string;
  /** A version of the line, or a model OpenAI names as a replacement for one. */
  kind: 'version' | 'replacement';
  /** For a replacement: the versions it is named for, as of when, in one phrase. */
  replaces: string | null;
  /**
   * The day it shut down, when that day is before the build's: no longer an option, so it is
   * priced as a record (what it cost) but ranked after every model still served.
   */
  shutDown: string | null;
  /** Limits in tokens; null where no source states them. */
  contextWindow: number | null;
  maxInput: number | null;
  maxOutput: number | null;
  /** Reasoning efforts and the default; null when no source says whether the model reasons. */
  reasoning: { efforts: string[]; default: string | null } | null;
  /**
   * The tiers the sources price for this model, by key: OpenAI's (the standard rates are always
   * present), then other providers' price lists.
   */
  tiers: Partial<Record<string, CostTier>>;
  longContext: LongContextRule | null;
}

/** One request's tokens, how many requests a day, and the tier to price them at. */
export interface Workload {
  inputTokens: number;
  /** Share of the input tokens read from the prompt cache, 0–100. */
  cachedPercent: number;
  outputTokens: number;
  /** Counted (as output) only on models that reason. */
  reasoningTokens: number;
  requestsPerDay: number;
  /** A key of CostModel['tiers']: one of OpenAI's tiers or a provider's price list. */
  tier: string;
}

/** Whether reasoning tokens are billed: the model reasons, has no reasoning step, or unknown. */
export type ReasoningBilling = 'counted' | 'no-reasoning' | 'not-stated';

/** A limit a request can exceed. */
export type LimitName = 'contextWindow' | 'maxInput' | 'maxOutput';

/** A workload's price on one model, or why there is none. */
export type CostResult =
  | {
      status: 'priced';
      /**
       * True when cached tokens were priced at the full input rate because no source states the
       * cached-input rate: the amounts are then the most the request can cost, not its cost.
       */
      upperBound: boolean;
      perRequest: number;
      perDay: number;
      perMonth: number;
      tier: CostTier;
      /** The rates charged, after any long-context surcharge. */
      rates: Rates;
      /** The surcharge, when this request's input is above its threshold. */
      longContext: LongContextRule | null;
      /** The provider's threshold, when its own long-input rates were charged. */
      longInput: number | null;
      reasoning: ReasoningBilling;
    }
  /** The sources give this model no price for the tier. */
  | { status: 'unavailable' }
  /** The tier is priced, but not the input or output rate this request needs. */
  | { status: 'unknown'; missing: 'input' | 'output' }
  /** The request is larger than the model accepts. */
  | { status: 'too-long'; limit: LimitName; tokens: number; max: number };

/** Whether a model reasons, from its sourced efforts: `none` alone is no reasoning step. */
export function reasoningBilling(model: Pick<CostModel, 'reasoning'>): ReasoningBilling {
  if (!model.reasoning) return 'not-stated';
  return model.reasoning.efforts.some((e) => e !== 'none') ? 'counted' : 'no-reasoning';
}

/** Tokens billed at the output rate: output, plus reasoning on a model that reasons. */
function billedOutput(model: Pick<CostModel, 'reasoning'>, workload: Workload): number {
  const reasoning = reasoningBilling(model) === 'counted' ? workload.reasoningTokens : 0;
  return workload.outputTokens + reasoning;
}

/**
 * The first limit of `model` the request exceeds, if any: max input (or, where that is unknown,
 * the context window) for the input, max output for output and reasoning, and the context window
 * for everything together.
 */
export function exceededLimit(
  model: CostModel,
  workload: Workload,
): { limit: LimitName; tokens: number; max: number } | null {
  const input = workload.inputTokens;
  const output = billedOutput(model, workload);
  if (model.maxInput !== null && input > model.maxInput)
    return { limit: 'maxInput', tokens: input, max: model.maxInput };
  if (model.maxOutput !== null && output > model.maxOutput)
    return { limit: 'maxOutput', tokens: output, max: model.maxOutput };
  if (model.contextWindow !== null && input + output > model.contextWindow)
    return { limit: 'contextWindow', tokens: input + output, max: model.contextWindow };
  return null;
}

const scaled = (rate: SourcedRate | null, factor: number): SourcedRate | null =>
  rate && (factor === 1 ? rate : { ...rate, usdPer1M: rate.usdPer1M * factor, derived: true });

/** The price of `workload` on `model`. */
export function costOf(model: CostModel, workload: Workload): CostResult {
  const tier = model.tiers[workload.tier];
  if (!tier) return { status: 'unavailable' };
  const tooLong = exceededLimit(model, workload);
  if (tooLong) return { status: 'too-long', ...tooLong };
  // The surcharge applies to the whole request once its input is *more than* the threshold. How
  // it combines with a tier is not stated by the sources; the factors are multiplied. It is
  // OpenAI's rule: another provider's price list has its own long-input rates, or none.
  const own =
    tier.longInput && workload.inputTokens > tier.longInput.aboveInputTokens
      ? tier.longInput
      : null;
  const surcharge =
    !tier.provider && model.longContext && workload.inputTokens > model.longContext.aboveInputTokens
      ? model.longContext
      : null;
  const charged = own?.rates ?? tier.rates;
  const rates: Rates = {
    input: scaled(charged.input, surcharge?.inputFactor ?? 1),
    cachedInput: scaled(charged.cachedInput, surcharge?.cachedInputFactor ?? 1),
    output: scaled(charged.output, surcharge?.outputFactor ?? 1),
  };
  if (!rates.input) return { status: 'unknown', missing: 'input' };
  if (!rates.output) return { status: 'unknown', missing: 'output' };
  const cached = (workload.inputTokens * workload.cachedPercent) / 100;
  const fresh = workload.inputTokens - cached;
  // Unknown cached-input rate: price cached tokens at the input rate, and say it is an upper bound.
  const upperBound = cached > 0 && !rates.cachedInput;
  const cachedRate = rates.cachedInput?.usdPer1M ?? rates.input.usdPer1M;
  const perRequest =
    (fresh * rates.input.usdPer1M +
      cached * cachedRate +
      billedOutput(model, workload) * rates.output.usdPer1M) /
    1_000_000;
  const perDay = perRequest * workload.requestsPerDay;
  return {
    status: 'priced',
    upperBound,
    perRequest,
    perDay,
    perMonth: perDay * DAYS_PER_MONTH,
    tier,
    rates,
    longContext: surcharge,
    longInput: own ? own.aboveInputTokens : null,
    reasoning: reasoningBilling(model),
  };
}

/** How a row's cost compares with the selected model's: exact, or a bound when either is one. */
export interface Ratio {
  value: number;
  bound: 'exact' | 'at-most' | 'at-least';
}

/**
 * The day the model stopped being served where the workload's tier is: OpenAI's shutdown for its
 * own tiers, the provider's retirement for its price list; null while it is served.
 */
export function servedUntil(model: CostModel, tier: string): string | null {
  const at = model.tiers[tier]?.provider;
  return at ? at.retired : model.shutDown;
}

export interface RankedRow {
  model: CostModel;
  result: CostResult;
  /** The day it stopped being served at the tier priced (servedUntil), or null. */
  gone: string | null;
  selected: boolean;
  /** Cost ÷ the selected model's cost; null when either is unpriced or both are upper bounds. */
  ratio: Ratio | null;
}

function ratioOf(row: CostResult, base: CostResult): Ratio | null {
  if (row.status !== 'priced' || base.status !== 'priced' || base.perRequest === 0) return null;
  if (row.upperBound && base.upperBound) return null;
  const value = row.perRequest / base.perRequest;
  // A row's bound overstates it: the ratio is at most `value`. A bound under it: at least.
  return { value, bound: row.upperBound ? 'at-most' : base.upperBound ? 'at-least' : 'exact' };
}

/**
 * Every model's price for `workload`, cheapest first (an upper bound sorts by its bound), then
 * the models without a price in their given order, then the models already shut down (priced as a
 * record, never ranked as an option); each with its ratio to the selected model.
 */
export function rankCosts(
  models: readonly CostModel[],
  workload: Workload,
  selectedId: string,
): RankedRow[] {
  const results = models.map((model) => ({
    model,
    result: costOf(model, workload),
    gone: servedUntil(model, workload.tier),
  }));
  const base = results.find((r) => r.model.id === selectedId)?.result;
  const amount = (r: CostResult) => (r.status === 'priced' ? r.perRequest : Infinity);
  return results
    .map((r, order) => ({ ...r, order }))
    .toSorted(
      (a, b) =>
        Number(a.gone !== null) - Number(b.gone !== null) ||
        amount(a.result) - amount(b.result) ||
        a.order - b.order,
    )
    .map(({ model, result, gone }) => ({
      model,
      result,
      gone,
      selected: model.id === selectedId,
      ratio: base ? ratioOf(result, base) : null,
    }));
}

/**
 * Whether the calculator can price a request of text tokens on this model: it needs the text
 * input and output prices and a context window. Models priced only by audio or image tokens, per
 * image or per minute (speech, image, some realtime minis) have no such request to price.
 */
export function pricesTextRequests(data: {
  contextWindow: Knowable<number>;
  pricing: Pricing;
}): boolean {
  const { input, output } = data.pricing;
  return 'value' in input && 'value' in output && 'value' in data.contextWindow;
}
