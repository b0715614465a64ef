/**
 * The unit calculator's compact data of one model (UnitModel), made from its content: which kinds
 * of token it takes and gives out (its sourced modalities), the standard rates of each kind, its
 * prices per image and its limits. The build makes it and ships it to the browser. Pure.
 */
import type { Knowable } from '../../schemas/fact.ts';
import type { ModalityName } from '../../schemas/primitives.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import type { Rates, SourcedRate } from './cost.ts';
import { TOKEN_KINDS, type Modalities, type UnitModel } from './units.ts';

const valueOf = (item: Knowable<number>) => ('value' in item ? item.value : null);

const sourced = (item: Knowable<number>): SourcedRate | null =>
  'value' in item
    ? { usdPer1M: item.value, source: item.source, confidence: item.confidence, derived: false }
    : null;

/** A kind's rates; a kind the content gives no rates for has none stated. */
const ratesOf = (block: Pricing['audio']): Rates => ({
  input: block ? sourced(block.input) : null,
  cachedInput: block ? sourced(block.cachedInput) : null,
  output: block ? sourced(block.output) : null,
});

/** The token kinds among sourced modalities (no model here prices video); null if unknown. */
const kindsOf = (item: Knowable<ModalityName[]>): Modalities | null =>
  'value' in item
    ? {
        kinds: TOKEN_KINDS.filter((kind) => item.value.includes(kind)),
        source: item.source,
        confidence: item.confidence,
      }
    : null;

/** The compact unit-calculator data of one model, from its content. */
export function toUnitModel(
  id: string,
  shutDown: string | null,
  data: {
    name: string;
    contextWindow: Knowable<number>;
    maxInput: Knowable<number>;
    maxOutput: Knowable<number>;
    modalities: { input: Knowable<ModalityName[]>; output: Knowable<ModalityName[]> };
    pricing: Pricing;
  },
): UnitModel {
  const { pricing } = data;
  const perImage = pricing.perImage;
  return {
    id,
    name: data.name,
    shutDown,
    inputs: kindsOf(data.modalities.input),
    outputs: kindsOf(data.modalities.output),
    rates: {
      // Text rates sit at the top of the pricing block; audio and image have blocks of their own.
      text: {
        input: sourced(pricing.input),
        cachedInput: sourced(pricing.cachedInput),
        output: sourced(pricing.output),
      },
      audio: ratesOf(pricing.audio),
      image: ratesOf(pricing.image),
    },
    perImage: perImage
      ? perImage.value.map((p) => ({
          ...p,
          source: perImage.source,
          confidence: perImage.confidence,
        }))
      : [],
    contextWindow: valueOf(data.contextWindow),
    maxInput: valueOf(data.maxInput),
    maxOutput: valueOf(data.maxOutput),
  };
}
