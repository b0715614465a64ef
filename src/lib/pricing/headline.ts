/**
 * A model's price at a glance: its standard input and output rates, for each kind of token its
 * sources price (text, audio, image). Wherever a page shows a price in a few words (the summary,
 * a replacement's price, the page description, share cards, what changes if you move), it is
 * written from here, so a text rate is never passed off as the price of a model whose work is
 * audio or images: a text-to-speech model's output is $12.00 per 1M audio tokens, not "not stated".
 * Pure; types only from the schemas (the compare page's script runs it).
 */
import type { Knowable } from '../../schemas/fact.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import { formatUsd } from '../format.ts';

export type TokenKind = 'text' | 'audio' | 'image';
/** Which standard rate: the schema's own names. */
export type Direction = 'input' | 'cachedInput' | 'output';

const DIRECTION_NAMES: Record<Direction, string> = {
  input: 'input',
  cachedInput: 'cached input',
  output: 'output',
};

/** One standard rate: a direction, the kind of token, and the sourced value or its unknown. */
export interface HeadlineRate {
  direction: Direction;
  kind: TokenKind;
  rate: Knowable<number>;
}

export interface Headline {
  /**
   * Whether the sources price more than one kind of token for this model. Then every rate names
   * its kind ("audio output"); otherwise the kind is text and goes unsaid, as everywhere else.
   */
  byKind: boolean;
  input: HeadlineRate[];
  output: HeadlineRate[];
}

/** The standard rates a model's price at a glance is read from. */
export type PricedKinds = Pick<Pricing, 'input' | 'cachedInput' | 'output' | 'audio' | 'image'>;

/** The rates of one kind of token, or undefined where the sources do not price that kind. */
function ratesOfKind(pricing: PricedKinds, kind: TokenKind) {
  return kind === 'text' ? pricing : pricing[kind];
}

/** The standard rate of one kind and direction, or undefined where that kind is not priced. */
export function rateOf(
  pricing: PricedKinds,
  kind: TokenKind,
  direction: Direction,
): Knowable<number> | undefined {
  return ratesOfKind(pricing, kind)?.[direction];
}

const KINDS: readonly TokenKind[] = ['text', 'audio', 'image'];

/**
 * The known rates of one direction, one per kind the sources price, text first; where none is
 * known, the text rate, unknown, so the gap is shown rather than dropped.
 */
export function ratesOf(pricing: PricedKinds, direction: Direction): HeadlineRate[] {
  const known = KINDS.flatMap((kind) => {
    const rate = rateOf(pricing, kind, direction);
    return rate && 'value' in rate ? [{ direction, kind, rate }] : [];
  });
  return known.length > 0 ? known : [{ direction, kind: 'text', rate: pricing[direction] }];
}

/** The kinds of token the sources price for this model: text always, then audio and image. */
export function pricedKinds(pricing: PricedKinds): TokenKind[] {
  return KINDS.filter((kind) => ratesOfKind(pricing, kind) !== undefined);
}

/** Whether the sources price more than one kind of token for this model. */
export function pricedByKind(pricing: PricedKinds): boolean {
  return pricedKinds(pricing).length > 1;
}

/** Input and output at a glance. */
export function headline(pricing: PricedKinds): Headline {
  return {
    byKind: pricedByKind(pricing),
    input: ratesOf(pricing, 'input'),
    output: ratesOf(pricing, 'output'),
  };
}

/** `output`, or `audio output` for a model priced by several kinds of token. */
function rateName(rate: Pick<HeadlineRate, 'kind' | 'direction'>, byKind: boolean): string {
  const name = DIRECTION_NAMES[rate.direction];
  return byKind ? `${rate.kind} ${name}` : name;
}

/** The same as a label: `Output`, `Audio output`. */
export function rateLabel(rate: Pick<HeadlineRate, 'kind' | 'direction'>, byKind: boolean): string {
  const name = rateName(rate, byKind);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** `per 1M tokens`, or `per 1M audio tokens` for a model priced by several kinds of token. */
function rateUnit(kind: TokenKind, byKind: boolean): string {
  return byKind ? `per 1M ${kind} tokens` : 'per 1M tokens';
}

/**
 * The known rates in one phrase: `$0.15 input / $0.60 output per 1M tokens`, or for a model priced
 * by several kinds, `$0.60 text input / $12.00 audio output per 1M tokens`; undefined when no rate
 * is known.
 */
export function pricePhrase(pricing: PricedKinds): string | undefined {
  const { byKind, input, output } = headline(pricing);
  return phrase([...input, ...output], byKind);
}

/** Known rates in one phrase, or undefined when none is known. */
function phrase(rates: readonly HeadlineRate[], byKind: boolean): string | undefined {
  const parts = rates.flatMap((r) =>
    'value' in r.rate ? [`${formatUsd(r.rate.value)} ${rateName(r, byKind)}`] : [],
  );
  return parts.length > 0 ? `${parts.join(' / ')} per 1M tokens` : undefined;
}

/** What a model takes and makes, as its content states it (or unknown). */
interface Modalities {
  input: Knowable<readonly string[]>;
  output: Knowable<readonly string[]>;
}

/** The rate that sets a model apart: audio before image before text. */
const lead = (rates: readonly HeadlineRate[]) =>
  rates.find((r) => r.kind === 'audio') ?? rates.find((r) => r.kind === 'image') ?? rates[0];

/**
 * A replacement's price in one short phrase, one rate per direction in a kind of token the
 * reader's model takes or makes: for a text-to-speech model, the replacement's text input and
 * audio output, not its five rates (they are one tap away, in what changes if you move). Among
 * several such kinds, the one that sets the model apart; where the model's modalities are unknown
 * or match none of the known rates, the lead of them all.
 */
export function replacementPricePhrase(to: PricedKinds, uses: Modalities): string | undefined {
  const { byKind, input, output } = headline(to);
  const pick = (rates: readonly HeadlineRate[], used: Modalities['input']) => {
    const known = rates.filter((r) => 'value' in r.rate);
    const usable = 'value' in used ? known.filter((r) => used.value.includes(r.kind)) : known;
    return lead(usable.length > 0 ? usable : known);
  };
  const rates = [pick(input, uses.input), pick(output, uses.output)];
  return phrase(
    rates.filter((r): r is HeadlineRate => r !== undefined),
    byKind,
  );
}

/**
 * One rate per direction, for a place with room for two figures (a share card): the known rate of
 * the kind that sets the model apart, else the text rate.
 */
export function leadRates(pricing: PricedKinds): { byKind: boolean; rates: HeadlineRate[] } {
  const { byKind, input, output } = headline(pricing);
  return {
    byKind,
    rates: [lead(input), lead(output)].filter((r): r is HeadlineRate => r !== undefined),
  };
}

/**
 * One of the rates models are set side by side by: a line's chart series and table columns, a
 * version against its predecessor or its replacement.
 */
export interface RateColumn {
  kind: TokenKind;
  direction: 'input' | 'output';
  /** `Input`, or `Audio output` where the models are priced by several kinds of token. */
  label: string;
  /** `per 1M tokens`, or `per 1M audio tokens` likewise. */
  unit: string;
}

/**
 * The input and output rates models are compared by: text input and output for models priced by
 * text tokens alone; otherwise each kind any of them prices, named, leaving out a rate none of
 * them states (a speech line has no text output to chart).
 */
export function rateColumns(pricings: readonly PricedKinds[]): RateColumn[] {
  const byKind = pricings.some(pricedByKind);
  const directions = ['input', 'output'] as const;
  const columns = KINDS.flatMap((kind) =>
    directions.map((direction) => ({
      kind,
      direction,
      label: rateLabel({ kind, direction }, byKind),
      unit: rateUnit(kind, byKind),
    })),
  ).filter(({ kind, direction }) => {
    if (!byKind) return kind === 'text';
    return pricings.some((p) => {
      const rate = rateOf(p, kind, direction);
      return rate !== undefined && 'value' in rate;
    });
  });
  // Inputs first, then outputs, each in the order text, audio, image.
  return directions.flatMap((direction) => columns.filter((c) => c.direction === direction));
}
