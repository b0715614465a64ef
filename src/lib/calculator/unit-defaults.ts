/**
 * The request a unit calculator opens with. These quantities are this site's assumptions, not
 * figures from any source, and the page says so and writes them out. Pure.
 */
import type { UnitField, UnitRawInputs } from './unit-input.ts';
import { takes, type TokenKind, type TokenPart, type UnitModel } from './units.ts';

/**
 * The assumed quantity of each unit, used where the model the calculator opens on takes the unit
 * and a source prices it. Image input tokens and image output tokens are 0: a generated image is
 * counted once, per image, where a price per image exists.
 */
const ASSUMED_QUANTITIES: Record<Exclude<UnitField, 'image-price'>, number> = {
  input: 1000,
  cached: 0,
  output: 500,
  'audio-input': 10000,
  'audio-cached': 0,
  'audio-output': 2000,
  'image-input': 0,
  'image-cached': 0,
  'image-output': 0,
  images: 1,
};

/** The kind and part of each quantity field (images are an output of the image kind). */
const UNIT_OF: Record<Exclude<UnitField, 'image-price'>, [TokenKind, TokenPart]> = {
  input: ['text', 'input'],
  cached: ['text', 'cached'],
  output: ['text', 'output'],
  'audio-input': ['audio', 'input'],
  'audio-cached': ['audio', 'cached'],
  'audio-output': ['audio', 'output'],
  'image-input': ['image', 'input'],
  'image-cached': ['image', 'cached'],
  'image-output': ['image', 'output'],
  images: ['image', 'output'],
};

const RATE = { input: 'input', cached: 'cachedInput', output: 'output' } as const;

/** Whether `model` takes the field's unit and a source prices it for `model`. */
function pricedFor(model: UnitModel, field: Exclude<UnitField, 'image-price'>): boolean {
  const [kind, part] = UNIT_OF[field];
  const list = part === 'output' ? model.outputs : model.inputs;
  if (!takes(list, kind)) return false;
  if (field === 'images') return model.perImage.length > 0;
  return model.rates[kind][RATE[part]] !== null;
}

/**
 * The defaults: each shown field at its assumed quantity where `model` takes and prices the unit,
 * else 0, so the opening request is one `model` can be priced for; the first image size priced.
 */
export function unitDefaults(
  model: UnitModel,
  fields: readonly UnitField[],
  imagePrices: readonly string[],
): UnitRawInputs {
  return Object.fromEntries(
    fields.map((field) =>
      field === 'image-price'
        ? [field, imagePrices[0] ?? '']
        : [field, String(pricedFor(model, field) ? ASSUMED_QUANTITIES[field] : 0)],
    ),
  );
}
