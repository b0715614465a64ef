/**
 * The unit calculator's inputs: which fields a line's calculator shows (only the units its models
 * price), their names (the query string's keys; text tokens keep the text calculator's `input`,
 * `cached` and `output`, so a model page's form lands on either), reading and checking them from
 * an address, and writing them back. Every problem becomes a message for its own field. Pure.
 */
import { parseNumber } from './input.ts';
import { formatTokens } from '../format.ts';
import {
  imagePriceKey,
  TOKEN_KINDS,
  type TokenKind,
  type TokenPart,
  type UnitModel,
  type UnitRequest,
} from './units.ts';

/** Every field a unit calculator can show, in form and address order. */
const UNIT_FIELDS = [
  'input',
  'cached',
  'output',
  'audio-input',
  'audio-cached',
  'audio-output',
  'image-input',
  'image-cached',
  'image-output',
  'images',
  'image-price',
] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

/** The field of each kind's input, cached share and output. */
const TOKEN_FIELDS: Record<TokenKind, Record<TokenPart, UnitField>> = {
  text: { input: 'input', cached: 'cached', output: 'output' },
  audio: { input: 'audio-input', cached: 'audio-cached', output: 'audio-output' },
  image: { input: 'image-input', cached: 'image-cached', output: 'image-output' },
};

/** Reader-facing names of the fields: the form's labels. */
export const UNIT_FIELD_LABELS: Record<UnitField, string> = {
  input: 'Text input tokens per request',
  cached: 'Share of text input from the prompt cache (%)',
  output: 'Text output tokens per request',
  'audio-input': 'Audio input tokens per request',
  'audio-cached': 'Share of audio input from the prompt cache (%)',
  'audio-output': 'Audio output tokens per request',
  'image-input': 'Image input tokens per request',
  'image-cached': 'Share of image input from the prompt cache (%)',
  'image-output': 'Image output tokens per request',
  images: 'Images generated per request',
  'image-price': 'Image size and quality',
};

/** More of any unit in one request than this is taken for a typing slip, not a request. */
const MAX_UNITS_PER_REQUEST = 1_000_000_000;

/** The inputs as text, as a form holds them and an address carries them. */
export type UnitRawInputs = Partial<Record<UnitField, string>>;

/** What the unit calculator needs to read inputs. */
export interface UnitInputContext {
  /** The fields this line's calculator shows, in form order. */
  fields: readonly UnitField[];
  /** Used for a shown field the address leaves out. */
  defaults: UnitRawInputs;
  /** The image sizes and qualities priced here, as `1024x1024 medium`, in menu order. */
  imagePrices: readonly string[];
}

export interface ReadUnitInputs {
  /** What the form shows: the address's text, a priced image size in place of an unknown one. */
  raw: UnitRawInputs;
  /** Null while any number is missing, malformed or out of range, or every quantity is 0. */
  request: UnitRequest | null;
  messages: Partial<Record<UnitField, string>>;
  /** Fields whose text is wrong (a replaced image size is not: the menu shows a valid one). */
  invalid: UnitField[];
}

/**
 * The fields a line's calculator shows: a kind's input, cached share or output where at least one
 * model has a sourced rate for it, and images where one has a price per image. Nothing else: a
 * field no model prices could only ever read "not stated in sources".
 */
export function unitFields(models: readonly UnitModel[]): UnitField[] {
  const key = { input: 'input', cached: 'cachedInput', output: 'output' } as const;
  const shown = new Set<UnitField>();
  for (const kind of TOKEN_KINDS)
    for (const part of ['input', 'cached', 'output'] as const)
      if (models.some((m) => m.rates[kind][key[part]])) shown.add(TOKEN_FIELDS[kind][part]);
  if (models.some((m) => m.perImage.length > 0)) {
    shown.add('images');
    shown.add('image-price');
  }
  return UNIT_FIELDS.filter((f) => shown.has(f));
}

/** Every size and quality any model prices an image at, in the order first listed. */
export function imagePriceOptions(models: readonly UnitModel[]): string[] {
  return [...new Set(models.flatMap((m) => m.perImage.map(imagePriceKey)))];
}

/** The field of a kind's part, for callers that walk kinds. */
export const tokenField = (kind: TokenKind, part: TokenPart): UnitField => TOKEN_FIELDS[kind][part];

const isShare = (field: UnitField) => field.endsWith('cached');

/** Reads and checks the inputs an address carries; shown fields it leaves out take the defaults. */
export function readUnitInputs(params: URLSearchParams, ctx: UnitInputContext): ReadUnitInputs {
  const raw: UnitRawInputs = {};
  const messages: ReadUnitInputs['messages'] = {};
  const invalid: UnitField[] = [];
  const numbers: Partial<Record<UnitField, number>> = {};
  for (const field of ctx.fields) {
    const text = params.get(field) ?? ctx.defaults[field] ?? '';
    raw[field] = text;
    if (field === 'image-price') {
      if (!ctx.imagePrices.includes(text)) {
        raw[field] = ctx.imagePrices[0] ?? '';
        if (text !== '')
          messages[field] = 'The address names no image size and quality priced here.';
      }
      continue;
    }
    const parsed = parseNumber(text, isShare(field) ? 'share' : 'whole');
    const max = isShare(field) ? 100 : MAX_UNITS_PER_REQUEST;
    const problem =
      'problem' in parsed
        ? parsed.problem
        : parsed.value > max
          ? isShare(field)
            ? 'A share cannot be more than 100 %.'
            : `Enter at most ${formatTokens(max)}.`
          : null;
    if (problem) {
      messages[field] = problem;
      invalid.push(field);
    } else if ('value' in parsed) {
      numbers[field] = parsed.value;
      if (parsed.note) messages[field] = parsed.note;
    }
  }
  if (invalid.length > 0) return { raw, request: null, messages, invalid };
  const quantities = ctx.fields.filter((f) => !isShare(f) && f !== 'image-price');
  const first = quantities[0];
  if (first && quantities.every((f) => !numbers[f])) {
    // A request of nothing has no cost to show; "$0" would read as a price.
    messages[first] = 'Enter a quantity above 0 for at least one unit.';
    return { raw, request: null, messages, invalid: [first] };
  }
  const n = (field: UnitField) => numbers[field] ?? 0;
  const tokens = Object.fromEntries(
    TOKEN_KINDS.map((kind) => [
      kind,
      {
        input: n(tokenField(kind, 'input')),
        cachedPercent: n(tokenField(kind, 'cached')),
        output: n(tokenField(kind, 'output')),
      },
    ]),
  ) as UnitRequest['tokens'];
  const images = n('images');
  return {
    raw,
    request: { tokens, images, imagePrice: images > 0 ? (raw['image-price'] ?? null) : null },
    messages,
    invalid,
  };
}

/** The address's query string for these inputs, every shown field in form order. */
export function toUnitQuery(raw: UnitRawInputs, fields: readonly UnitField[]): string {
  return `?${new URLSearchParams(fields.map((f) => [f, raw[f] ?? ''])).toString()}`;
}
