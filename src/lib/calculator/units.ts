/**
 * Pricing one request unit by unit: text, audio and image tokens (input, cached input, output),
 * each at its own rate in its own unit, and generated images at a price per image by size and
 * quality. Each unit is a line of its own with its own rate and source; the request's total is the
 * sum of the lines' dollar amounts, never of their rates (an audio rate is never added to a text
 * rate). A unit entered without a sourced rate is "not stated in sources" and makes the total a
 * lower bound, never a silent zero; a unit the model does not take at all (by its sourced
 * modalities) leaves the request without a total on that model.
 *
 * Pure, and fed by compact data (UnitModel) that the build also ships to the browser, so the
 * build's pre-rendered results and the browser's redraws come from the same functions. Only the
 * calculators of lines whose models price more than text tokens load it.
 */
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import type { LimitName, Rates, SourcedRate } from './cost.ts';

/** The kinds of token a rate can be for, in the order the calculator lists them. */
export const TOKEN_KINDS = ['text', 'audio', 'image'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** Which part of a kind's tokens a line prices. */
export type TokenPart = 'input' | 'cached' | 'output';

/** One line of a request: tokens of one kind and part, or generated images. */
export type UnitName = `${TokenKind}-${TokenPart}` | 'images';

/** A price per generated image, for one size and quality, with its source. */
export interface ImagePrice {
  size: string;
  quality: 'low' | 'medium' | 'high';
  usd: number;
  source: string;
  confidence: ConfidenceLevel;
}

/** The token kinds of a model's sourced modalities (in or out), with their source. */
export interface Modalities {
  kinds: TokenKind[];
  source: string;
  confidence: ConfidenceLevel;
}

/** What pricing a request by unit needs of one model, and no more (it ships to the browser). */
export interface UnitModel {
  id: string;
  name: string;
  /** The day it shut down, if before the build's: priced as a record, never ranked as an option. */
  shutDown: string | null;
  /** For a model named as a replacement: the versions it is named for, as of when. */
  replaces?: string;
  /** The kinds it takes in and gives out, from its sourced modalities; null where unknown. */
  inputs: Modalities | null;
  outputs: Modalities | null;
  /** Standard rates per 1M tokens of each kind; a rate is null where no source states it. */
  rates: Record<TokenKind, Rates>;
  /** Prices per generated image; empty when no source gives any. */
  perImage: ImagePrice[];
  /** Limits in tokens (every kind counted together); null where no source states them. */
  contextWindow: number | null;
  maxInput: number | null;
  maxOutput: number | null;
}

/** One request, in the units a line's calculator offers (0 for a unit it does not offer). */
export interface UnitRequest {
  /** Per kind: input tokens, the share of them from the prompt cache (0–100), output tokens. */
  tokens: Record<TokenKind, { input: number; cachedPercent: number; output: number }>;
  images: number;
  /** The size and quality the images are priced at, as `1024x1024 medium`; null with no images. */
  imagePrice: string | null;
}

/** One line of a request's cost on one model. */
export type UnitLine = {
  unit: UnitName;
  /** Tokens, or images; a cached share can make it fractional. */
  quantity: number;
} & (
  | { status: 'priced'; rate: SourcedRate | ImagePrice; amount: number }
  /** The model takes this unit, but no source states its rate. */
  | { status: 'not-stated' }
  /**
   * The model's sourced modalities do not include this unit. `listed` is a rate a source gives
   * for it all the same (a conflict the page shows), which is not applied.
   */
  | { status: 'not-taken'; listed: SourcedRate | null }
);

/** The request's total on one model: the sum of its lines' dollar amounts, or why there is none. */
type UnitTotal =
  | { status: 'exact'; amount: number }
  /** Some lines are not stated in sources: the sum of the others is the least it can cost. */
  | { status: 'at-least'; amount: number; missing: number }
  /** No line of the request has a sourced rate. */
  | { status: 'unknown' }
  /** The request has a unit the model does not take. */
  | { status: 'not-taken' }
  /** The request is larger than the model accepts. */
  | { status: 'too-long'; limit: LimitName; tokens: number; max: number };

export interface UnitCost {
  model: UnitModel;
  lines: UnitLine[];
  total: UnitTotal;
}

/** The key of a per-image price, as the form's menu and the address carry it. */
export const imagePriceKey = (p: Pick<ImagePrice, 'size' | 'quality'>) => `${p.size} ${p.quality}`;

/** Whether the model takes this kind in (or gives it out); unknown modalities are no refusal. */
export const takes = (list: Modalities | null, kind: TokenKind) =>
  list === null || list.kinds.includes(kind);

/** The lines of a kind's tokens, each part with a quantity above zero. */
function tokenLines(model: UnitModel, kind: TokenKind, request: UnitRequest): UnitLine[] {
  const { input, cachedPercent, output } = request.tokens[kind];
  const cached = (input * cachedPercent) / 100;
  const rates = model.rates[kind];
  const parts: [TokenPart, number, SourcedRate | null, boolean][] = [
    ['input', input - cached, rates.input, takes(model.inputs, kind)],
    ['cached', cached, rates.cachedInput, takes(model.inputs, kind)],
    ['output', output, rates.output, takes(model.outputs, kind)],
  ];
  return parts
    .filter(([, quantity]) => quantity > 0)
    .map(([part, quantity, rate, taken]): UnitLine => {
      const unit: UnitName = `${kind}-${part}`;
      if (!taken) return { unit, quantity, status: 'not-taken', listed: rate };
      if (!rate) return { unit, quantity, status: 'not-stated' };
      return { unit, quantity, status: 'priced', rate, amount: (quantity * rate.usdPer1M) / 1e6 };
    });
}

/** The line of generated images, when the request has any. */
function imageLine(model: UnitModel, request: UnitRequest): UnitLine[] {
  const quantity = request.images;
  if (quantity <= 0) return [];
  const unit = 'images';
  if (!takes(model.outputs, 'image'))
    return [{ unit, quantity, status: 'not-taken', listed: null }];
  const rate = model.perImage.find((p) => imagePriceKey(p) === request.imagePrice);
  if (!rate) return [{ unit, quantity, status: 'not-stated' }];
  return [{ unit, quantity, status: 'priced', rate, amount: quantity * rate.usd }];
}

/** The first limit the request's tokens exceed (every kind counted together), if any. */
function exceeded(model: UnitModel, request: UnitRequest) {
  const all = TOKEN_KINDS.map((kind) => request.tokens[kind]);
  const input = all.reduce((sum, t) => sum + t.input, 0);
  const output = all.reduce((sum, t) => sum + t.output, 0);
  const checks: [LimitName, number, number | null][] = [
    ['maxInput', input, model.maxInput],
    ['maxOutput', output, model.maxOutput],
    ['contextWindow', input + output, model.contextWindow],
  ];
  const over = checks.find(([, tokens, max]) => max !== null && tokens > max);
  return over ? { limit: over[0], tokens: over[1], max: over[2] as number } : null;
}

/** The request's cost on one model, line by line, and its total. */
export function unitCostOf(model: UnitModel, request: UnitRequest): UnitCost {
  const lines = [
    ...TOKEN_KINDS.flatMap((kind) => tokenLines(model, kind, request)),
    ...imageLine(model, request),
  ];
  // A unit the model does not take at all says more than a limit the request exceeds.
  if (lines.some((l) => l.status === 'not-taken'))
    return { model, lines, total: { status: 'not-taken' } };
  const tooLong = exceeded(model, request);
  if (tooLong) return { model, lines, total: { status: 'too-long', ...tooLong } };
  const priced = lines.flatMap((l) => (l.status === 'priced' ? [l.amount] : []));
  const missing = lines.length - priced.length;
  // A sum of amounts in dollars, each already in its own unit's rate: never a sum of rates.
  const amount = priced.reduce((sum, a) => sum + a, 0);
  if (priced.length === 0) return { model, lines, total: { status: 'unknown' } };
  return {
    model,
    lines,
    total: missing > 0 ? { status: 'at-least', amount, missing } : { status: 'exact', amount },
  };
}

/**
 * Every model's cost of the request: exact totals cheapest first, then lower bounds by their
 * bound, then the models without a total in their given order; the models already shut down come
 * after every model still served, in the same order (a record, never an option).
 */
export function rankUnitCosts(models: readonly UnitModel[], request: UnitRequest): UnitCost[] {
  const RANK: Partial<Record<UnitTotal['status'], number>> = { exact: 0, 'at-least': 1 };
  const rank = (t: UnitTotal) => RANK[t.status] ?? 2;
  const amount = (t: UnitTotal) => ('amount' in t ? t.amount : 0);
  return models
    .map((model, order) => ({ cost: unitCostOf(model, request), order }))
    .toSorted(
      (a, b) =>
        Number(a.cost.model.shutDown !== null) - Number(b.cost.model.shutDown !== null) ||
        rank(a.cost.total) - rank(b.cost.total) ||
        amount(a.cost.total) - amount(b.cost.total) ||
        a.order - b.order,
    )
    .map(({ cost }) => cost);
}

/**
 * Whether a model's content prices a unit besides text tokens: a sourced audio or image token
 * rate, or a price per image. Such a line's calculator prices every unit on its own line.
 */
export function pricesOtherUnits(pricing: Pricing): boolean {
  const sourced = (rates: Pricing['audio']) =>
    !!rates && [rates.input, rates.cachedInput, rates.output].some((r) => 'value' in r);
  return sourced(pricing.audio) || sourced(pricing.image) || !!pricing.perImage;
}
